// One "undo" toast for the whole app: the last deletion can be taken back. A failure shown in the
// toast is an ErrorNote (with "Sao chép chi tiết lỗi") and stays until she closes it, so she has time to copy it.
import { Button, Group, Notification } from '@mantine/core';
import { createContext, useCallback, useMemo, useContext, useRef, useState, type ReactNode } from 'react';
import { ErrorNote } from './ErrorNote';

interface Offer { message: string; undo?: () => void | Promise<void>; color?: string; error?: unknown }
interface UndoApi {
  offer: (message: string, undo?: () => void | Promise<void>) => void;
  notify: (message: string, color?: string) => void;
  /** Shows a failure (the error itself, or its Vietnamese message) as an error note. */
  fail: (error: unknown) => void;
}
const Ctx = createContext<UndoApi>({ offer: () => {}, notify: () => {}, fail: () => {} });

export function UndoProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Offer | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = useCallback((o: Offer) => {
    setCurrent(o);
    clearTimeout(timer.current);
    if (o.error === undefined) timer.current = setTimeout(() => setCurrent(null), o.undo ? 10_000 : 6_000);
  }, []);
  const offer = useCallback((message: string, undo?: () => void | Promise<void>) => show({ message, undo }), [show]);
  const notify = useCallback((message: string, color = 'green') => show({ message, color }), [show]);
  const fail = useCallback((error: unknown) => show({ message: '', color: 'red', error }), [show]);
  // Stable, so a toast appearing does not re-render every row list that reads this context.
  const api = useMemo(() => ({ offer, notify, fail }), [offer, notify, fail]);
  return (
    <Ctx.Provider value={api}>
      {children}
      {current && (
        <Notification
          data-testid="toast"
          color={current.color ?? 'gray'}
          onClose={() => setCurrent(null)}
          closeButtonProps={{ 'aria-label': 'Đóng' }}
          style={{ position: 'fixed', bottom: 16, right: 16, zIndex: 1000, maxWidth: 480, whiteSpace: 'pre-line' }}
        >
          {current.error !== undefined ? <ErrorNote error={current.error} testId="toast-error" /> : <Group justify="space-between" wrap="nowrap">
            <span>{current.message}</span>
            {current.undo && (
              <Button size="xs" variant="light" style={{ flexShrink: 0 }} onClick={async () => { await current.undo?.(); setCurrent(null); }}>
                Hoàn tác
              </Button>
            )}
          </Group>}
        </Notification>
      )}
    </Ctx.Provider>
  );
}

export const useUndo = () => useContext(Ctx);

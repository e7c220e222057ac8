// One "undo" toast for the whole app: the last deletion can be taken back.
import { Button, Group, Notification } from '@mantine/core';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

interface Offer { message: string; undo?: () => void | Promise<void>; color?: string }
const Ctx = createContext<{ offer: (message: string, undo?: () => void | Promise<void>) => void; notify: (message: string, color?: string) => void }>({
  offer: () => {}, notify: () => {},
});

export function UndoProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Offer | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = useCallback((o: Offer) => {
    setCurrent(o);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCurrent(null), o.undo ? 10_000 : 6_000);
  }, []);
  const offer = useCallback((message: string, undo?: () => void | Promise<void>) => show({ message, undo }), [show]);
  const notify = useCallback((message: string, color = 'green') => show({ message, color }), [show]);
  return (
    <Ctx.Provider value={{ offer, notify }}>
      {children}
      {current && (
        <Notification
          data-testid="toast"
          color={current.color ?? 'gray'}
          onClose={() => setCurrent(null)}
          closeButtonProps={{ 'aria-label': 'Đóng' }}
          style={{ position: 'fixed', bottom: 16, right: 16, zIndex: 1000, maxWidth: 480, whiteSpace: 'pre-line' }}
        >
          <Group justify="space-between" wrap="nowrap">
            <span>{current.message}</span>
            {current.undo && (
              <Button size="xs" variant="light" style={{ flexShrink: 0 }} onClick={async () => { await current.undo?.(); setCurrent(null); }}>
                Hoàn tác
              </Button>
            )}
          </Group>
        </Notification>
      )}
    </Ctx.Provider>
  );
}

export const useUndo = () => useContext(Ctx);

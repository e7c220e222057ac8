// The rows removed in the open editor (findings, recommendations, members…), each of which can be
// brought back, not only the last: "Đã xóa (3)" beside the save badge lists them with "Hoàn tác".
// Bringing one back saves first (so the removal is on disk), asks the core to restore the row, then
// puts it back where it was in the record.
import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { api, ApiFailure, unwrap } from '../api';
import { ErrorNote } from './ErrorNote';

export type ParentKind = 'inspection' | 'campaign' | 'team' | 'unit';
type Rec = Record<string, unknown>;
interface Row { id: string }

export interface RemovedRow {
  row: Row;
  /** The record's array the row was in ("findings", "members"…). */
  collection: string;
  itemLabel: string;
  /** Neighbours in the list it was removed from, to put it back at its place. */
  prevId: string | null;
  nextId: string | null;
}

interface Ctx {
  push: (r: RemovedRow) => void;
  removed: RemovedRow[];
  restore: (r: RemovedRow) => Promise<void>;
  error: unknown;
}
const RemovedCtx = createContext<Ctx | null>(null);
export const useRemovedRows = () => useContext(RemovedCtx);

/** Puts `row` back into `rows` after prevId, else before nextId, else at the end. */
export function insertBack<T extends Row>(rows: T[], row: T, prevId: string | null, nextId: string | null): T[] {
  if (rows.some((r) => r.id === row.id)) return rows;
  const after = prevId ? rows.findIndex((r) => r.id === prevId) : -1;
  if (after >= 0) return [...rows.slice(0, after + 1), row, ...rows.slice(after + 1)];
  const before = nextId ? rows.findIndex((r) => r.id === nextId) : -1;
  if (before >= 0) return [...rows.slice(0, before), row, ...rows.slice(before)];
  return prevId === null && nextId !== null ? [row, ...rows] : [...rows, row];
}

export function RemovedRowsProvider<T>({ parentKind, parentId, flush, edit, children }: {
  parentKind: ParentKind; parentId: string; flush: () => Promise<void>;
  edit: (fn: (rec: T) => T) => void; children: ReactNode;
}) {
  const [removed, setRemoved] = useState<RemovedRow[]>([]);
  const [error, setError] = useState<unknown>(null);
  const push = useCallback((r: RemovedRow) => setRemoved((list) => [r, ...list]), []);
  const restore = useCallback(async (r: RemovedRow) => {
    setError(null);
    try {
      await flush();
      try {
        await unwrap(api().rows.restore({ parentKind, parentId, ids: [r.row.id] }));
      } catch (e) {
        // A row removed before it was ever saved is not in the database: putting it back is enough.
        if (!(e instanceof ApiFailure && e.code === 'NOT_FOUND')) throw e;
      }
      edit((rec) => {
        const o = rec as unknown as Rec;
        return { ...o, [r.collection]: insertBack((o[r.collection] as Row[]) ?? [], r.row, r.prevId, r.nextId) } as unknown as T;
      });
      setRemoved((list) => list.filter((x) => x !== r));
    } catch (e) {
      setError(e);
    }
  }, [flush, edit, parentKind, parentId]);
  // The same value from one keystroke to the next: every row list of the editor reads this context,
  // and a new object would re-render all of them (those in closed panels too) on each letter typed.
  const value = useMemo(() => ({ push, removed, restore, error }), [push, removed, restore, error]);
  return <RemovedCtx.Provider value={value}>{children}</RemovedCtx.Provider>;
}

/** What a removed row said, to recognise it in the list. */
function preview(r: RemovedRow): string {
  const o = r.row as unknown as Rec;
  const text = ['text', 'content', 'fullName', 'name', 'addressedTo'].map((k) => o[k]).find((v) => typeof v === 'string' && v.trim()) as string | undefined;
  const t = text?.trim().replace(/\s+/g, ' ') ?? '';
  const cap = r.itemLabel.charAt(0).toLocaleUpperCase('vi') + r.itemLabel.slice(1);
  return t ? `${cap}: ${t.length > 70 ? `${t.slice(0, 70)}…` : t}` : `${cap} (để trống)`;
}

export function RemovedRowsButton() {
  const ctx = useRemovedRows();
  const [opened, setOpened] = useState(false);
  if (!ctx || ctx.removed.length === 0) return null;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={460} shadow="md" trapFocus transitionProps={{ duration: 0 }}>
      <Popover.Target>
        <Button size="xs" variant="light" color="gray" onClick={() => setOpened((o) => !o)} data-testid="removed-rows">
          Đã xóa ({ctx.removed.length})
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} data-testid="removed-rows-list">
          <Text size="xs" c="dimmed">Các dòng đã xóa khi mở hồ sơ này; bấm "Hoàn tác" để đưa lại đúng chỗ cũ.</Text>
          {ctx.removed.map((r) => (
            <Group key={r.row.id} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" lineClamp={2}>{preview(r)}</Text>
              <Button size="xs" variant="light" style={{ flexShrink: 0 }} aria-label={`Hoàn tác: ${preview(r)}`} onClick={() => void ctx.restore(r)}>
                Hoàn tác
              </Button>
            </Group>
          ))}
          <ErrorNote error={ctx.error} testId="removed-rows-error" />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

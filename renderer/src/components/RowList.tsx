// Ordered rows of a record (members, attendees, findings, recommendations): add, move, remove.
// In an editor with a removed-rows list (RemovedRows.tsx) every removal can be undone from there;
// elsewhere the toast offers to undo the last one. "Thêm …" puts the cursor in the new row, and the
// ↑ ↓ ✕ buttons stay out of the Tab order (Alt+↑, Alt+↓, Alt+Delete inside a row do the same), so Tab
// goes from a row's last field to the next row's first.
//
// Typing in one row re-renders that row only: each row is a memoised component whose callbacks are
// stable (they act by row id on the latest rows), so a keystroke in a finding does not re-render,
// and re-measure, every other auto-sizing text box of the inspection. A caller that wants this passes
// a stable `render` (useCallback); an inline one still works, it only re-renders every row.
import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { memo, startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useRemovedRows } from './RemovedRows';
import { useUndo } from './Undo';

interface Props<T extends { id: string }> {
  rows: T[];
  onChange: (rows: T[]) => void;
  render: (row: T, update: (patch: Partial<T>) => void, index: number) => ReactNode;
  newRow: () => T;
  addLabel: string;
  itemLabel: string;
  /** The record's array these rows live in, for the removed-rows list ("findings", "members"…). */
  collection?: string;
  empty?: string;
  testId?: string;
  /** Why a row cannot be removed (records still use it), shown on its disabled ✕; undefined: it can. */
  removeBlocked?: (row: T) => string | undefined;
}

/**
 * Rows drawn with the tab itself; the others follow at once in a React transition, which yields to
 * her input between rows. At 1366×768 no more than three rows of recommendations are in sight, and
 * fifteen rows of a dozen inputs each took 140 ms to draw in one go (`npm run bench -- --ui-only`).
 */
const FIRST_ROWS = 4;

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]):not([readonly]), textarea:not([disabled])';

export function RowList<T extends { id: string }>({ rows, onChange, render, newRow, addLabel, itemLabel, collection, empty, testId, removeBlocked }: Props<T>) {
  const undo = useUndo();
  const removedRows = useRemovedRows();
  const box = useRef<HTMLDivElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [allDrawn, setAllDrawn] = useState(rows.length <= FIRST_ROWS);
  useEffect(() => { if (!allDrawn) startTransition(() => setAllDrawn(true)); }, [allDrawn]);
  const drawn = allDrawn ? rows : rows.slice(0, FIRST_ROWS);
  useLayoutEffect(() => {
    if (!focusId || !rows.some((r) => r.id === focusId)) return;
    const el = box.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(focusId)}"] [data-row-body] :is(${FOCUSABLE})`);
    el?.focus();
    setFocusId(null);
  }, [rows, focusId]);
  // The row callbacks below are created once and read the latest rows from here, so a memoised row
  // keeps the same callbacks from one keystroke to the next.
  const latest = useRef({ rows, onChange, undo, removedRows, collection, itemLabel, removeBlocked });
  latest.current = { rows, onChange, undo, removedRows, collection, itemLabel, removeBlocked };
  const update = useCallback((id: string, patch: Partial<T>) => {
    const { rows: cur, onChange: change } = latest.current;
    change(cur.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  }, []);
  const move = useCallback((id: string, d: number) => {
    const { rows: cur, onChange: change } = latest.current;
    const i = cur.findIndex((r) => r.id === id);
    if (i < 0 || i + d < 0 || i + d >= cur.length) return;
    const next = [...cur];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x);
    change(next);
  }, []);
  const remove = useCallback((id: string) => {
    const { rows: cur, onChange: change, undo: u, removedRows: rr, collection: col, itemLabel: label, removeBlocked: blocked } = latest.current;
    const i = cur.findIndex((r) => r.id === id);
    if (i < 0 || blocked?.(cur[i])) return;
    const removed = cur[i];
    const next = cur.filter((_, k) => k !== i);
    change(next);
    if (rr && col) {
      rr.push({ row: removed, collection: col, itemLabel: label, prevId: cur[i - 1]?.id ?? null, nextId: cur[i + 1]?.id ?? null });
    } else {
      u.offer(`Đã xóa ${label}.`, () => change([...next.slice(0, i), removed, ...next.slice(i)]));
    }
  }, []);
  const add = () => {
    const row = newRow();
    onChange([...rows, row]);
    setFocusId(row.id);
  };
  return (
    <Stack gap="xs" data-testid={testId} ref={box}>
      {rows.length === 0 && empty && <Text c="dimmed" size="sm">{empty}</Text>}
      {drawn.map((row, i) => (
        <RowItem<T> key={row.id} row={row} index={i} last={i === rows.length - 1} render={render} update={update} move={move} remove={remove}
          itemLabel={itemLabel} blocked={removeBlocked?.(row)} testId={testId ? `${testId}-row` : undefined} />
      ))}
      <Group><Button variant="light" size="xs" onClick={add}>{addLabel}</Button></Group>
    </Stack>
  );
}

interface ItemProps<T extends { id: string }> {
  row: T;
  index: number;
  last: boolean;
  render: Props<T>['render'];
  update: (id: string, patch: Partial<T>) => void;
  move: (id: string, d: number) => void;
  remove: (id: string) => void;
  itemLabel: string;
  /** Why this row cannot be removed (records use it), or undefined. */
  blocked?: string;
  testId?: string;
}

function RowItemImpl<T extends { id: string }>({ row, index, last, render, update, move, remove, itemLabel, blocked, testId }: ItemProps<T>) {
  const id = row.id;
  const updateRow = useCallback((patch: Partial<T>) => update(id, patch), [update, id]);
  const keys = (e: KeyboardEvent) => {
    if (!e.altKey) return;
    if (e.key === 'ArrowUp') { e.preventDefault(); move(id, -1); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); move(id, 1); }
    else if (e.key === 'Delete') { e.preventDefault(); remove(id); }
  };
  return (
    <Paper withBorder p="xs" data-testid={testId} data-row-id={id} onKeyDown={keys}>
      <Group align="flex-start" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600} w={24} pt={6}>{index + 1}.</Text>
        <div style={{ flex: 1 }} data-row-body>{render(row, updateRow, index)}</div>
        <Group gap={2} wrap="nowrap">
          <ActionIcon variant="subtle" tabIndex={-1} aria-label="Chuyển lên" title="Chuyển lên (Alt+↑)" disabled={index === 0} onClick={() => move(id, -1)}>↑</ActionIcon>
          <ActionIcon variant="subtle" tabIndex={-1} aria-label="Chuyển xuống" title="Chuyển xuống (Alt+↓)" disabled={last} onClick={() => move(id, 1)}>↓</ActionIcon>
          <RemoveButton itemLabel={itemLabel} blocked={blocked} onClick={() => remove(id)} />
        </Group>
      </Group>
    </Paper>
  );
}

/** memo() loses the type parameter; this cast gives it back. */
const RowItem = memo(RowItemImpl) as typeof RowItemImpl;

function RemoveButton({ itemLabel, blocked, onClick }: { itemLabel: string; blocked?: string; onClick: () => void }) {
  if (!blocked) {
    return <ActionIcon variant="subtle" tabIndex={-1} color="red" aria-label={`Xóa ${itemLabel}`} title={`Xóa ${itemLabel} (Alt+Delete)`} onClick={onClick}>✕</ActionIcon>;
  }
  // A disabled button gets no pointer events: the tooltip hangs on a wrapper so she still reads why.
  return (
    <Tooltip label={blocked} multiline w={300}>
      <span data-testid="remove-blocked">
        <ActionIcon variant="subtle" tabIndex={-1} color="red" aria-label={`Không xóa được ${itemLabel}: ${blocked}`} disabled>✕</ActionIcon>
      </span>
    </Tooltip>
  );
}

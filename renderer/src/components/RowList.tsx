// Ordered rows of a record (members, attendees, findings, recommendations): add, move, remove.
// In an editor with a removed-rows list (RemovedRows.tsx) every removal can be undone from there;
// elsewhere the toast offers to undo the last one. "Thêm …" puts the cursor in the new row, and the
// ↑ ↓ ✕ buttons stay out of the Tab order (Alt+↑, Alt+↓, Alt+Delete inside a row do the same), so Tab
// goes from a row's last field to the next row's first.
import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]):not([readonly]), textarea:not([disabled])';

export function RowList<T extends { id: string }>({ rows, onChange, render, newRow, addLabel, itemLabel, collection, empty, testId, removeBlocked }: Props<T>) {
  const undo = useUndo();
  const removedRows = useRemovedRows();
  const box = useRef<HTMLDivElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (!focusId || !rows.some((r) => r.id === focusId)) return;
    const el = box.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(focusId)}"] [data-row-body] :is(${FOCUSABLE})`);
    el?.focus();
    setFocusId(null);
  }, [rows, focusId]);
  const update = (i: number) => (patch: Partial<T>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const move = (i: number, d: number) => {
    if (i + d < 0 || i + d >= rows.length) return;
    const next = [...rows];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x);
    onChange(next);
  };
  const remove = (i: number) => {
    if (removeBlocked?.(rows[i])) return;
    const removed = rows[i];
    const next = rows.filter((_, k) => k !== i);
    onChange(next);
    if (removedRows && collection) {
      removedRows.push({ row: removed, collection, itemLabel, prevId: rows[i - 1]?.id ?? null, nextId: rows[i + 1]?.id ?? null });
    } else {
      undo.offer(`Đã xóa ${itemLabel}.`, () => onChange([...next.slice(0, i), removed, ...next.slice(i)]));
    }
  };
  const add = () => {
    const row = newRow();
    onChange([...rows, row]);
    setFocusId(row.id);
  };
  const keys = (i: number) => (e: KeyboardEvent) => {
    if (!e.altKey) return;
    if (e.key === 'ArrowUp') { e.preventDefault(); move(i, -1); }
    else if (e.key === 'ArrowDown') { e.preventDefault(); move(i, 1); }
    else if (e.key === 'Delete') { e.preventDefault(); remove(i); }
  };
  return (
    <Stack gap="xs" data-testid={testId} ref={box}>
      {rows.length === 0 && empty && <Text c="dimmed" size="sm">{empty}</Text>}
      {rows.map((row, i) => (
        <Paper key={row.id} withBorder p="xs" data-testid={testId ? `${testId}-row` : undefined} data-row-id={row.id} onKeyDown={keys(i)}>
          <Group align="flex-start" wrap="nowrap" gap="xs">
            <Text size="sm" fw={600} w={24} pt={6}>{i + 1}.</Text>
            <div style={{ flex: 1 }} data-row-body>{render(row, update(i), i)}</div>
            <Group gap={2} wrap="nowrap">
              <ActionIcon variant="subtle" tabIndex={-1} aria-label="Chuyển lên" title="Chuyển lên (Alt+↑)" disabled={i === 0} onClick={() => move(i, -1)}>↑</ActionIcon>
              <ActionIcon variant="subtle" tabIndex={-1} aria-label="Chuyển xuống" title="Chuyển xuống (Alt+↓)" disabled={i === rows.length - 1} onClick={() => move(i, 1)}>↓</ActionIcon>
              <RemoveButton itemLabel={itemLabel} blocked={removeBlocked?.(row)} onClick={() => remove(i)} />
            </Group>
          </Group>
        </Paper>
      ))}
      <Group><Button variant="light" size="xs" onClick={add}>{addLabel}</Button></Group>
    </Stack>
  );
}

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

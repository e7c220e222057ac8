// Ordered rows of a record (members, attendees, findings, recommendations): add, move, remove.
// A removed row can be brought back from the toast until the next removal.
import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useUndo } from './Undo';

interface Props<T extends { id: string }> {
  rows: T[];
  onChange: (rows: T[]) => void;
  render: (row: T, update: (patch: Partial<T>) => void, index: number) => ReactNode;
  newRow: () => T;
  addLabel: string;
  itemLabel: string;
  empty?: string;
  testId?: string;
}

export function RowList<T extends { id: string }>({ rows, onChange, render, newRow, addLabel, itemLabel, empty, testId }: Props<T>) {
  const undo = useUndo();
  const update = (i: number) => (patch: Partial<T>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const move = (i: number, d: number) => {
    const next = [...rows];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x);
    onChange(next);
  };
  const remove = (i: number) => {
    const removed = rows[i];
    const next = rows.filter((_, k) => k !== i);
    onChange(next);
    undo.offer(`Đã xóa ${itemLabel}.`, () => onChange([...next.slice(0, i), removed, ...next.slice(i)]));
  };
  return (
    <Stack gap="xs" data-testid={testId}>
      {rows.length === 0 && empty && <Text c="dimmed" size="sm">{empty}</Text>}
      {rows.map((row, i) => (
        <Paper key={row.id} withBorder p="xs" data-testid={testId ? `${testId}-row` : undefined}>
          <Group align="flex-start" wrap="nowrap" gap="xs">
            <Text size="sm" fw={600} w={24} pt={6}>{i + 1}.</Text>
            <div style={{ flex: 1 }}>{render(row, update(i), i)}</div>
            <Group gap={2} wrap="nowrap">
              <ActionIcon variant="subtle" aria-label="Chuyển lên" disabled={i === 0} onClick={() => move(i, -1)}>↑</ActionIcon>
              <ActionIcon variant="subtle" aria-label="Chuyển xuống" disabled={i === rows.length - 1} onClick={() => move(i, 1)}>↓</ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={`Xóa ${itemLabel}`} onClick={() => remove(i)}>✕</ActionIcon>
            </Group>
          </Group>
        </Paper>
      ))}
      <Group><Button variant="light" size="xs" onClick={() => onChange([...rows, newRow()])}>{addLabel}</Button></Group>
    </Stack>
  );
}

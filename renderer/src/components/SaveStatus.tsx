import { Badge, Tooltip } from '@mantine/core';
import type { SaveState } from '../hooks/useAutosave';
import { ErrorNote } from './ErrorNote';

const LABEL = { saved: 'Đã lưu', dirty: 'Chưa lưu…', saving: 'Đang lưu…', error: 'Lỗi khi lưu' } as const;
const COLOR = { saved: 'green', dirty: 'yellow', saving: 'blue', error: 'red' } as const;

export function SaveStatus({ state }: { state: SaveState }) {
  const badge = (
    <Badge color={COLOR[state.status]} variant="light" data-testid="save-status" data-status={state.status}>
      {LABEL[state.status]}
    </Badge>
  );
  return state.message ? <Tooltip label={state.message} multiline w={360}>{badge}</Tooltip> : badge;
}

/** A refused or failed save, in full, where she is typing (the badge's tooltip alone is easy to miss). */
export function SaveError({ state }: { state: SaveState }) {
  return state.status === 'error' ? <ErrorNote error={state.message} title="Chưa lưu được" testId="save-error" /> : null;
}

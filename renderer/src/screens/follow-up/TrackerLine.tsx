// One line of the tracker: where the recommendation was made, what it says (cut), its due date and
// status as text, and its stored status and result, edited in place. The result shows as text until
// she opens it: an auto-sizing textarea per line is what made the list slow.
import { Badge, Button, Group, NativeSelect, Text, Textarea, UnstyledButton } from '@mantine/core';
import { memo, useEffect, useRef, useState } from 'react';
import { FOLLOW_STATUS_LABELS, deadlineText, type FollowStatus } from '../../../../shared/follow-up/status';
import { trackerFacts, type TrackerRowState } from '../../../../shared/follow-up/tracker';
import { STATUS_OPTIONS } from '../../../../shared/followup';
import type { RecommendationStatus } from '../../../../shared/records';
import { isoToDisplay } from '../../../../shared/vi/dates';
import { Cell } from '../../components/VirtualRows';
import { go } from '../../router';

export const STATUS_COLOR: Record<FollowStatus, string> = {
  overdue: 'red', due_soon: 'orange', not_accepted: 'grape', reported: 'blue', not_due: 'gray', no_due_date: 'gray', done: 'green',
};

export type SaveLine = (row: TrackerRowState, status: RecommendationStatus, note: string) => Promise<void>;

export const lineLabel = (row: TrackerRowState) => `kiến nghị số ${row.number} của ${row.unitName}`;

export function StatusBadges({ row }: { row: TrackerRowState }) {
  const s = row.state;
  return (
    <Group gap={4} mt={4}>
      <Badge color={STATUS_COLOR[s.status]} variant="light" data-testid="followup-status">{FOLLOW_STATUS_LABELS[s.status]}</Badge>
      {s.inProgress && s.status !== 'done' && <Badge color="cyan" variant="outline">Đang thực hiện</Badge>}
    </Group>
  );
}

export function PlaceholderLine({ index, onNeed }: { index: number; onNeed: (index: number) => void }) {
  useEffect(() => onNeed(index), [index, onNeed]);
  // As tall as a line is estimated, so the list does not jump when the page arrives.
  return <Cell><Text size="sm" c="dimmed" mih={80}>Đang tải…</Text></Cell>;
}

// Memoised: the screen re-renders on every count, view or save state; a line only when its row does.
export const TrackerLine = memo(function TrackerLine({ row, showYear, onSave, onOpen }: { row: TrackerRowState; showYear: boolean; onSave: SaveLine; onOpen: (row: TrackerRowState) => void }) {
  const [note, setNote] = useState(row.statusNote);
  const [editing, setEditing] = useState(false);
  useEffect(() => { if (!editing) setNote(row.statusNote); }, [row.statusNote, editing]);
  // The note is saved a moment after typing stops, when the field is left, and if the line goes
  // away (a filter, another screen, scrolled out of view) with something still unsaved.
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; note: string } | null>(null);
  const latest = useRef({ row, onSave });
  latest.current = { row, onSave };
  const flush = () => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    void latest.current.onSave(latest.current.row, latest.current.row.storedStatus, p.note);
  };
  useEffect(() => flush, []); // eslint-disable-line react-hooks/exhaustive-deps
  const typeNote = (v: string) => {
    setNote(v);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { note: v, timer: setTimeout(flush, 800) };
  };
  // A new status is saved at once, with the note as typed so far.
  const changeStatus = (v: string) => {
    if (!v || v === row.storedStatus) return;
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    void onSave(row, v as RecommendationStatus, note);
  };
  const deadline = deadlineText(trackerFacts(row));
  const label = lineLabel(row);
  return (
    <>
      <Cell>
        <Button variant="subtle" size="compact-sm" px={4} onClick={() => go(`/inspections/${row.inspectionId}`)} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} h="auto">
          {row.unitName || '(chưa chọn đơn vị)'}
        </Button>
        <Text size="xs" c="dimmed" px={4}>Kiến nghị số {row.number}{showYear ? ` · ${row.year}` : ''}{row.teamNumber ? ` · Đoàn ${row.teamNumber}` : ''}</Text>
      </Cell>
      <Cell>
        <UnstyledButton onClick={() => onOpen(row)} aria-label={`Chi tiết ${label}`} style={{ textAlign: 'left' }}>
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{row.content}</Text>
        </UnstyledButton>
      </Cell>
      <Cell>
        <Text size="sm">{deadline || <Text span c="dimmed" size="sm">Chưa ghi thời hạn</Text>}</Text>
        <StatusBadges row={row} />
        {row.reportDeadline && <Text size="xs" c="dimmed" mt={4}>Báo cáo kết quả trước {isoToDisplay(row.reportDeadline)}{row.reportTo ? ` về ${row.reportTo}` : ''}</Text>}
      </Cell>
      <Cell>
        <NativeSelect aria-label={`Trạng thái ${label}`} data={STATUS_OPTIONS} value={row.storedStatus} onChange={(e) => changeStatus(e.currentTarget.value)} />
        <Button variant="subtle" size="compact-xs" mt={4} onClick={() => onOpen(row)}>Lịch sử, gia hạn…</Button>
      </Cell>
      <Cell>
        {editing ? (
          <Textarea aria-label={`Kết quả khắc phục ${label}`} autosize minRows={2} maxRows={6} autoFocus
            placeholder="ví dụ: Báo cáo số …" value={note} onChange={(e) => typeNote(e.currentTarget.value)}
            onBlur={() => { flush(); setEditing(false); }} />
        ) : (
          <UnstyledButton aria-label={`Kết quả khắc phục ${label}`} data-testid="followup-note" onClick={() => setEditing(true)}
            style={{ width: '100%', minHeight: 36, padding: '6px 8px', background: 'var(--mantine-color-body)', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, fontSize: 14, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {note || <Text span c="dimmed" size="sm">Bấm để ghi kết quả…</Text>}
          </UnstyledButton>
        )}
      </Cell>
    </>
  );
});

// The side panel of one recommendation: its whole text, due date and status, its stored status and
// result, an extension of its deadline (new day and reason), and its history, oldest first.
import { Button, Divider, Drawer, Group, NativeSelect, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { useEffect, useState } from 'react';
import { deadlineText } from '../../../../shared/follow-up/status';
import { trackerFacts, type TrackerRowState } from '../../../../shared/follow-up/tracker';
import type { HistoryLine } from '../../../../shared/follow-up/history';
import { STATUS_OPTIONS } from '../../../../shared/followup';
import type { RecommendationStatus } from '../../../../shared/records';
import { isoToDisplay } from '../../../../shared/vi/dates';
import { api, unwrap } from '../../api';
import { emitChange } from '../../changes';
import { DateField } from '../../components/DateField';
import { ErrorNote } from '../../components/ErrorNote';
import { lineLabel, StatusBadges, type SaveLine } from './TrackerLine';

const when = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

interface Props {
  row: TrackerRowState | null;
  today: string;
  onClose: () => void;
  onSave: SaveLine;
  onExtended: (row: TrackerRowState, newDeadline: string) => void;
}

export function TrackerDrawer({ row, today, onClose, onSave, onExtended }: Props) {
  const [detail, setDetail] = useState<{ content: string; history: HistoryLine[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState('');
  const [newDeadline, setNewDeadline] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [decided, setDecided] = useState<string | null>(today);
  const [extendError, setExtendError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = row?.recommendationId ?? null;

  const load = async (recommendationId: string) => {
    try {
      setDetail(await unwrap(api().followUp.detail({ recommendationId })));
      setError(null);
    } catch (e) {
      setError(e);
    }
  };
  useEffect(() => {
    setDetail(null);
    setNewDeadline(null);
    setReason('');
    setDecided(today);
    setExtendError(null);
    if (id) void load(id);
  }, [id]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => { setNote(row?.statusNote ?? ''); }, [id, row?.statusNote]);

  const save = async (status: RecommendationStatus, statusNote: string) => {
    if (!row) return;
    await onSave(row, status, statusNote);
    await load(row.recommendationId);
  };
  const extend = async () => {
    if (!row) return;
    if (!newDeadline) { setExtendError('Hạn mới: chưa có ngày. Gõ ngày theo dạng ngày/tháng/năm, ví dụ 31/03/2024.'); return; }
    if (!decided) { setExtendError('Ngày quyết định gia hạn: chưa có ngày.'); return; }
    setBusy(true);
    try {
      await unwrap(api().followUp.extend({ recommendationId: row.recommendationId, newDeadline, reason, decidedDate: decided }));
      emitChange();
      onExtended(row, newDeadline);
      setNewDeadline(null);
      setReason('');
      setExtendError(null);
      await load(row.recommendationId);
    } catch (e) {
      setExtendError(e); // what she typed stays in the fields
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer opened={row !== null} onClose={onClose} position="right" size="lg" title={row ? `Kiến nghị số ${row.number} – ${row.unitName || '(chưa chọn đơn vị)'} (${row.year})` : ''}>
      {row && (
        <Stack gap="sm" data-testid="followup-drawer">
          <ErrorNote error={error} />
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{detail?.content ?? row.content}</Text>
          <div>
            <Text size="sm"><b>Thời hạn:</b> {deadlineText(trackerFacts(row)) || 'Chưa ghi thời hạn'}</Text>
            <StatusBadges row={row} />
          </div>
          <Group align="flex-end">
            <NativeSelect label="Trạng thái" aria-label={`Trạng thái ${lineLabel(row)} (bảng bên)`} data={STATUS_OPTIONS} value={row.storedStatus}
              onChange={(e) => void save(e.currentTarget.value as RecommendationStatus, note)} w={200} />
          </Group>
          <Textarea label="Kết quả khắc phục" autosize minRows={2} maxRows={8} value={note} onChange={(e) => setNote(e.currentTarget.value)}
            onBlur={() => { if (note !== row.statusNote) void save(row.storedStatus, note); }} />

          <Divider label="Gia hạn" labelPosition="left" />
          <Group align="flex-start">
            <DateField label="Hạn mới" value={newDeadline} onChange={setNewDeadline} testId="extend-deadline" />
            <DateField label="Ngày quyết định" value={decided} onChange={setDecided} testId="extend-decided" />
          </Group>
          <Textarea label="Lý do gia hạn" autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group><Button onClick={() => void extend()} loading={busy}>Gia hạn</Button></Group>
          <ErrorNote error={extendError} title="Chưa gia hạn được" />

          <Divider label="Lịch sử" labelPosition="left" />
          {detail && detail.history.length === 0 && <Text size="sm" c="dimmed">Chưa có thay đổi nào được ghi.</Text>}
          {detail && detail.history.length > 0 && (
            <Timeline bulletSize={12} lineWidth={2} data-testid="followup-history">
              {detail.history.map((h) => (
                <Timeline.Item key={h.id} title={<Text size="sm" fw={600}>{h.label}</Text>}>
                  <Text size="sm">{h.text}</Text>
                  {h.reason && <Text size="sm" c="dimmed">Lý do: {h.reason}</Text>}
                  <Text size="xs" c="dimmed">{when(h.createdAt)}</Text>
                </Timeline.Item>
              ))}
            </Timeline>
          )}
          {row.reportDeadline && <Text size="xs" c="dimmed">Báo cáo kết quả trước {isoToDisplay(row.reportDeadline)}{row.reportTo ? ` về ${row.reportTo}` : ''}</Text>}
        </Stack>
      )}
    </Drawer>
  );
}

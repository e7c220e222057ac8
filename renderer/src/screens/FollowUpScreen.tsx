// Months after the inspections, the secretary goes through every recommendation of the campaign:
// what is overdue, what is due soon, what each unit has reported it did. Status and result are
// saved as she changes them, one recommendation at a time.
import { Alert, Badge, Button, Group, SegmentedControl, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  FILTER_LABELS, STATUS_OPTIONS, URGENCY_LABELS, deadlineLabel, flagOf, inFilter, localToday, sortByUrgency, summarize, urgencyOf,
  type FollowUpFilter, type FollowUpRow, type Urgency,
} from '../../../shared/followup';
import type { RecommendationStatus } from '../../../shared/records';
import { isoToDisplay } from '../../../shared/vi/dates';
import { formatCount } from '../../../shared/vi/numbers';
import { api, unwrap } from '../api';
import { useLookups } from '../data';
import { go } from '../router';
import { SaveStatus } from '../components/SaveStatus';
import { SavedFileNote } from '../components/SavedFileNote';
import type { SavedFile } from '../../../shared/documents/types';
import type { SaveState } from '../hooks/useAutosave';
import { useLoad } from '../hooks/useLoad';
import { emitChange } from '../changes';

const URGENCY_COLOR: Record<Urgency, string> = { overdue: 'red', due_soon: 'orange', pending: 'gray', done: 'green' };

export function FollowUpScreen() {
  const { campaigns } = useLookups();
  const [campaignId, setCampaignId] = useState<string | null | undefined>(undefined);
  // Until she picks one, the most recent campaign: that is the one being followed up.
  const chosen = campaignId === undefined ? campaigns[0]?.id ?? null : campaignId;
  const { data, error, setData } = useLoad(() => unwrap(api().followUp.list(chosen ? { campaignId: chosen } : {})), [chosen]);
  const [filter, setFilter] = useState<FollowUpFilter>('unfinished');
  // A line she has just changed stays on screen until she changes the view: marking one done must
  // not make it vanish before she types what the unit reported.
  const [keep, setKeep] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setKeep(new Set()), [filter, chosen]);
  const [save, setSave] = useState<SaveState>({ status: 'saved' });
  const [exported, setExported] = useState<SavedFile | null>(null);
  const [exporting, setExporting] = useState(false);
  const today = localToday();
  // Same for the order: most urgent first when the view opens, then lines stay where they are.
  const order = useRef<{ view: string; rank: Map<string, number> } | null>(null);
  const rows = useMemo(() => {
    const sorted = sortByUrgency(data ?? [], today);
    const view = `${chosen}|${filter}`;
    const o = order.current;
    if (!o || o.view !== view || o.rank.size !== sorted.length || sorted.some((r) => !o.rank.has(r.recommendation.id))) {
      order.current = { view, rank: new Map(sorted.map((r, k) => [r.recommendation.id, k])) };
    }
    const rank = order.current!.rank;
    return sorted.sort((a, b) => rank.get(a.recommendation.id)! - rank.get(b.recommendation.id)!);
  }, [data, today, chosen, filter]);
  const s = summarize(rows, today);
  const shown = rows.filter((r) => keep.has(r.recommendation.id) || inFilter(r, filter, today));
  const counts: Record<FollowUpFilter, number> = { unfinished: s.total - s.done, overdue: s.overdue, done: s.done, all: s.total };

  const saveRow = async (row: FollowUpRow, status: RecommendationStatus, statusNote: string) => {
    setSave({ status: 'saving' });
    setKeep((k) => new Set(k).add(row.recommendation.id));
    try {
      await unwrap(api().followUp.setStatus({ inspectionId: row.inspectionId, recommendationId: row.recommendation.id, status, statusNote }));
      emitChange();
      setData((list) => list && list.map((r) => (r.recommendation.id === row.recommendation.id ? { ...r, recommendation: { ...r.recommendation, status, statusNote } } : r)));
      setSave({ status: 'saved' });
    } catch (e) {
      setSave({ status: 'error', message: (e as Error).message });
    }
  };

  const exportList = async () => {
    setExporting(true);
    try {
      const f = await unwrap(api().followUp.saveList({ ...(chosen ? { campaignId: chosen } : {}), today, filter }));
      if (f.path) setExported(f);
    } catch (e) {
      setSave({ status: 'error', message: (e as Error).message });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Theo dõi kiến nghị</Title>
        <Group>
          <SaveStatus state={save} />
          <Button variant="default" size="xs" onClick={exportList} loading={exporting} disabled={!data?.length}>Xuất danh sách (.docx)</Button>
        </Group>
      </Group>
      {exported && <SavedFileNote file={exported} onClose={() => setExported(null)} />}
      {save.status === 'error' && <Alert color="red" title="Chưa lưu được">{save.message}</Alert>}
      {error && <Alert color="red">{error}</Alert>}
      <Group align="flex-end">
        <Select label="Đợt kiểm tra" w={420} clearable placeholder="Tất cả các đợt"
          data={campaigns.map((c) => ({ value: c.id, label: `${c.year} – ${c.plan.number || c.title}` }))}
          value={chosen} onChange={(v) => setCampaignId(v)} />
        <SegmentedControl value={filter} onChange={(v) => setFilter(v as FollowUpFilter)}
          data={(Object.keys(FILTER_LABELS) as FollowUpFilter[]).map((f) => ({ value: f, label: `${FILTER_LABELS[f]} (${counts[f]})` }))} />
      </Group>
      {data && (
        <Text size="sm" data-testid="followup-summary">
          Đến ngày {isoToDisplay(today)}: {formatCount(s.total)} kiến nghị; {formatCount(s.done)} đã hoàn thành,{' '}
          {formatCount(s.inProgress)} đang thực hiện, {formatCount(s.open)} chưa thực hiện; {formatCount(s.overdue)} quá hạn,{' '}
          {formatCount(s.dueSoon)} sắp đến hạn (trong 7 ngày).
        </Text>
      )}
      <Table striped verticalSpacing="xs" data-testid="followup-list" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>Đơn vị được kiểm tra</Table.Th>
            <Table.Th>Nội dung kiến nghị</Table.Th>
            <Table.Th w={150}>Thời hạn</Table.Th>
            <Table.Th w={170}>Trạng thái</Table.Th>
            <Table.Th w={260}>Kết quả khắc phục</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row) => <FollowUpLine key={row.recommendation.id} row={row} today={today} showYear={!chosen} onSave={saveRow} />)}
        </Table.Tbody>
      </Table>
      {data && shown.length === 0 && (
        <Text c="dimmed">
          {rows.length === 0 ? 'Chưa có kiến nghị nào trong đợt này. Kiến nghị được ghi ở mục "5. Kiến nghị của Đoàn" của từng cuộc kiểm tra.' : 'Không có kiến nghị nào ở mục này.'}
        </Text>
      )}
    </Stack>
  );
}

function FollowUpLine({ row, today, showYear, onSave }: { row: FollowUpRow; today: string; showYear: boolean; onSave: (row: FollowUpRow, status: RecommendationStatus, note: string) => Promise<void> }) {
  const r = row.recommendation;
  const [note, setNote] = useState(r.statusNote);
  // The note is saved a moment after typing stops, when the field is left, and if the line goes
  // away (a filter, another screen) with something still unsaved.
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; note: string } | null>(null);
  const latest = useRef({ row, onSave });
  latest.current = { row, onSave };
  const flush = () => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    void latest.current.onSave(latest.current.row, latest.current.row.recommendation.status, p.note);
  };
  useEffect(() => flush, []); // eslint-disable-line react-hooks/exhaustive-deps
  const typeNote = (v: string) => {
    setNote(v);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { note: v, timer: setTimeout(flush, 800) };
  };
  // A new status is saved at once, with the note as typed so far.
  const changeStatus = (v: string | null) => {
    if (!v || v === r.status) return;
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    void onSave(row, v as RecommendationStatus, note);
  };
  const u = urgencyOf(r, today);
  const deadline = deadlineLabel(r);
  const flag = flagOf(r, today);
  return (
    <Table.Tr data-testid="followup-row" data-urgency={u}>
      <Table.Td>
        <Button variant="subtle" size="compact-sm" px={4} onClick={() => go(`/inspections/${row.inspectionId}`)} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} h="auto">
          {row.unitName || '(chưa chọn đơn vị)'}
        </Button>
        <Text size="xs" c="dimmed" px={4}>Kiến nghị số {row.number}{showYear ? ` · ${row.year}` : ''}{row.teamNumber ? ` · Đoàn ${row.teamNumber}` : ''}</Text>
      </Table.Td>
      <Table.Td><Text size="sm" style={{ whiteSpace: 'pre-line' }}>{r.content}</Text></Table.Td>
      <Table.Td>
        <Text size="sm">{deadline || <Text span c="dimmed" size="sm">Chưa ghi thời hạn</Text>}</Text>
        {flag && <Badge color={URGENCY_COLOR[flag]} variant="light" mt={4}>{URGENCY_LABELS[flag]}</Badge>}
        {r.reportDeadline && <Text size="xs" c="dimmed" mt={4}>Báo cáo kết quả trước {isoToDisplay(r.reportDeadline)}{r.reportTo ? ` về ${r.reportTo}` : ''}</Text>}
      </Table.Td>
      <Table.Td>
        <Select aria-label={`Trạng thái kiến nghị số ${row.number} của ${row.unitName}`} data={STATUS_OPTIONS} value={r.status} allowDeselect={false}
          onChange={changeStatus} />
      </Table.Td>
      <Table.Td>
        <Textarea aria-label={`Kết quả khắc phục kiến nghị số ${row.number} của ${row.unitName}`} autosize minRows={1} maxRows={6}
          placeholder="ví dụ: Báo cáo số …" value={note} onChange={(e) => typeNote(e.currentTarget.value)} onBlur={flush} />
      </Table.Td>
    </Table.Tr>
  );
}

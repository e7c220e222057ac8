// Months after the inspections, the secretary goes through every recommendation of the campaign:
// what is overdue, what is due soon, what each unit has reported it did. Status and result are
// saved as she changes them, one recommendation at a time.
import { Badge, Button, Group, NativeSelect, SegmentedControl, Select, Stack, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import { ErrorNote } from '../components/ErrorNote';
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
import { Cell, VirtualRows } from '../components/VirtualRows';
import { SavedFileNote } from '../components/SavedFileNote';
import type { SavedFile } from '../../../shared/documents/types';
import type { SaveState } from '../hooks/useAutosave';
import { useLoad } from '../hooks/useLoad';
import { emitChange } from '../changes';

/** The Select's value for every campaign at once, a choice like any other (as on the inspections list). */
const ALL = 'all';
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
      {save.status === 'error' && <ErrorNote error={save.message} title="Chưa lưu được" />}
      <ErrorNote error={error} />
      <Group align="flex-end">
        <Select label="Đợt kiểm tra" w={420} allowDeselect={false}
          data={[{ value: ALL, label: 'Tất cả các đợt' }, ...campaigns.map((c) => ({ value: c.id, label: `${c.year} – ${c.plan.number || c.title}` }))]}
          value={chosen ?? ALL} onChange={(v) => v && setCampaignId(v === ALL ? null : v)} />
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
      <VirtualRows rows={shown} rowKey={(row) => row.recommendation.id} columns={COLUMNS} headers={HEADERS} estimate={88}
        testId="followup-list" rowTestId="followup-row" rowProps={(row) => ({ 'data-urgency': urgencyOf(row, today) })}
        render={(row) => <FollowUpLine row={row} today={today} showYear={!chosen} onSave={saveRow} />} />
      {data && shown.length === 0 && (
        <Text c="dimmed">
          {rows.length === 0 ? 'Chưa có kiến nghị nào trong đợt này. Kiến nghị được ghi ở mục "5. Kiến nghị của Đoàn" của từng cuộc kiểm tra.' : 'Không có kiến nghị nào ở mục này.'}
        </Text>
      )}
    </Stack>
  );
}

const COLUMNS = '190px minmax(0, 1fr) 150px 170px 260px';
const HEADERS = ['Đơn vị được kiểm tra', 'Nội dung kiến nghị', 'Thời hạn', 'Trạng thái', 'Kết quả khắc phục'];

type SaveRow = (row: FollowUpRow, status: RecommendationStatus, note: string) => Promise<void>;

function FollowUpLine({ row, today, showYear, onSave }: { row: FollowUpRow; today: string; showYear: boolean; onSave: SaveRow }) {
  const r = row.recommendation;
  const [note, setNote] = useState(r.statusNote);
  const [editing, setEditing] = useState(false);
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
    void latest.current.onSave(latest.current.row, latest.current.row.recommendation.status, p.note);
  };
  useEffect(() => flush, []); // eslint-disable-line react-hooks/exhaustive-deps
  const typeNote = (v: string) => {
    setNote(v);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { note: v, timer: setTimeout(flush, 800) };
  };
  // A new status is saved at once, with the note as typed so far.
  const changeStatus = (v: string) => {
    if (!v || v === r.status) return;
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    void onSave(row, v as RecommendationStatus, note);
  };
  const deadline = deadlineLabel(row);
  const flag = flagOf(row, today);
  const label = `kiến nghị số ${row.number} của ${row.unitName}`;
  return (
    <>
      <Cell>
        <Button variant="subtle" size="compact-sm" px={4} onClick={() => go(`/inspections/${row.inspectionId}`)} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} h="auto">
          {row.unitName || '(chưa chọn đơn vị)'}
        </Button>
        <Text size="xs" c="dimmed" px={4}>Kiến nghị số {row.number}{showYear ? ` · ${row.year}` : ''}{row.teamNumber ? ` · Đoàn ${row.teamNumber}` : ''}</Text>
      </Cell>
      <Cell><Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{r.content}</Text></Cell>
      <Cell>
        <Text size="sm">{deadline || <Text span c="dimmed" size="sm">Chưa ghi thời hạn</Text>}</Text>
        {flag && <Badge color={URGENCY_COLOR[flag]} variant="light" mt={4}>{URGENCY_LABELS[flag]}</Badge>}
        {r.reportDeadline && <Text size="xs" c="dimmed" mt={4}>Báo cáo kết quả trước {isoToDisplay(r.reportDeadline)}{r.reportTo ? ` về ${r.reportTo}` : ''}</Text>}
      </Cell>
      <Cell>
        <NativeSelect aria-label={`Trạng thái ${label}`} data={STATUS_OPTIONS} value={r.status} onChange={(e) => changeStatus(e.currentTarget.value)} />
      </Cell>
      <Cell>
        {editing ? (
          <Textarea aria-label={`Kết quả khắc phục ${label}`} autosize minRows={2} maxRows={6} autoFocus
            placeholder="ví dụ: Báo cáo số …" value={note} onChange={(e) => typeNote(e.currentTarget.value)}
            onBlur={() => { flush(); setEditing(false); }} />
        ) : (
          // Shown as text until she opens it: an auto-sizing textarea per line is what made the list slow.
          <UnstyledButton aria-label={`Kết quả khắc phục ${label}`} data-testid="followup-note" onClick={() => setEditing(true)}
            style={{ width: '100%', minHeight: 36, padding: '6px 8px', background: 'var(--mantine-color-body)', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, fontSize: 14, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {note || <Text span c="dimmed" size="sm">Bấm để ghi kết quả…</Text>}
          </UnstyledButton>
        )}
      </Cell>
    </>
  );
}

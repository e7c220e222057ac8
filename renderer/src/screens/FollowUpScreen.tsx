// The tracker (Theo dõi kiến nghị): every recommendation across inspections, teams and campaigns,
// months after the inspections. Filters, search and order are applied by the core, which sends one
// page of lean lines at a time (`followUp.query`), so the screen opens at once with ten years of
// records. Status and result are edited in place; the side panel holds the history and extensions.
import { Button, Chip, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { TRACKER_VIEW_LABELS, TRACKER_VIEWS, type TrackerRowState, type TrackerView } from '../../../shared/follow-up/tracker';
import { localToday } from '../../../shared/followup';
import type { RecommendationStatus } from '../../../shared/records';
import { isoToDisplay } from '../../../shared/vi/dates';
import { formatCount } from '../../../shared/vi/numbers';
import type { SavedFile } from '../../../shared/documents/types';
import { api, unwrap } from '../api';
import { emitChange } from '../changes';
import { useLookups } from '../data';
import { ErrorNote } from '../components/ErrorNote';
import { SaveStatus } from '../components/SaveStatus';
import { SavedFileNote } from '../components/SavedFileNote';
import { VirtualRows } from '../components/VirtualRows';
import type { SaveState } from '../hooks/useAutosave';
import { TrackerDrawer } from './follow-up/TrackerDrawer';
import { TrackerFilters, type FilterState } from './follow-up/TrackerFilters';
import { PlaceholderLine, TrackerLine } from './follow-up/TrackerLine';
import { useTracker } from './follow-up/useTracker';

const SOON_KEY = 'bienban.followUp.dueSoonDays';
const storedSoonDays = () => {
  const n = Number(globalThis.localStorage?.getItem(SOON_KEY));
  return Number.isInteger(n) && n >= 0 && n <= 365 && globalThis.localStorage?.getItem(SOON_KEY) !== null ? n : 7;
};
/** The order the views are offered in (every status is a view too). */
const VIEWS: TrackerView[] = ['unfinished', 'overdue', 'due_soon', 'reported', 'not_accepted', 'not_due', 'no_due_date', 'done', 'all'];
/** The views the Word export knows. */
const EXPORTABLE = new Set<TrackerView>(['unfinished', 'overdue', 'done', 'all']);

/** Typing in the search box re-asks the core after a short pause, not on every key. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => { const t = setTimeout(() => setV(value), ms); return () => clearTimeout(t); }, [value, ms]);
  return v;
}

export function FollowUpScreen() {
  const { campaigns } = useLookups();
  const today = localToday();
  const [f, setF] = useState<FilterState | null>(null);
  // Until she picks one, the most recent campaign: that is the one being followed up.
  const filters: FilterState = f ?? {
    campaignId: campaigns[0]?.id ?? null, teamId: null, unitId: null, areaName: null, dueFrom: null, dueTo: null, search: '', sort: 'urgency', dueSoonDays: storedSoonDays(),
  };
  const set = (change: Partial<FilterState>) => {
    if (change.dueSoonDays !== undefined) globalThis.localStorage?.setItem(SOON_KEY, String(change.dueSoonDays));
    setF({ ...filters, ...change });
  };
  const [view, setView] = useState<TrackerView>('unfinished');
  const search = useDebounced(filters.search, 150);
  const ask = useMemo(() => ({
    today, dueSoonDays: filters.dueSoonDays, sort: filters.sort,
    filters: {
      view,
      ...(filters.campaignId ? { campaignId: filters.campaignId } : {}),
      ...(filters.teamId ? { teamId: filters.teamId } : {}),
      ...(filters.unitId ? { unitId: filters.unitId } : {}),
      ...(filters.areaName ? { areaName: filters.areaName } : {}),
      ...(filters.dueFrom ? { dueFrom: filters.dueFrom } : {}),
      ...(filters.dueTo ? { dueTo: filters.dueTo } : {}),
      ...(search.trim() ? { search } : {}),
    },
  }), [today, view, search, filters.dueSoonDays, filters.sort, filters.campaignId, filters.teamId, filters.unitId, filters.areaName, filters.dueFrom, filters.dueTo]);
  const t = useTracker(ask);
  const [save, setSave] = useState<SaveState>({ status: 'saved' });
  const [exported, setExported] = useState<SavedFile | null>(null);
  const [exporting, setExporting] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const open = t.rows.find((r) => r?.recommendationId === openId) ?? null;

  const saveLine = useCallback(async (row: TrackerRowState, status: RecommendationStatus, statusNote: string) => {
    setSave({ status: 'saving' });
    try {
      await unwrap(api().followUp.setStatus({ inspectionId: row.inspectionId, recommendationId: row.recommendationId, status, statusNote }));
      emitChange();
      t.patch(row.recommendationId, () => ({ storedStatus: status, statusNote }));
      void t.recount();
      setSave({ status: 'saved' });
    } catch (e) {
      setSave({ status: 'error', message: (e as Error).message });
    }
  }, [t.patch, t.recount]); // eslint-disable-line react-hooks/exhaustive-deps

  const exportList = async () => {
    setExporting(true);
    try {
      const exportView = EXPORTABLE.has(view) ? (view as 'unfinished' | 'overdue' | 'done' | 'all') : 'unfinished';
      const file = await unwrap(api().followUp.saveList({ ...(filters.campaignId ? { campaignId: filters.campaignId } : {}), today, filter: exportView }));
      if (file.path) setExported(file);
    } catch (e) {
      setSave({ status: 'error', message: (e as Error).message });
    } finally {
      setExporting(false);
    }
  };

  const c = t.counts;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>Theo dõi kiến nghị</Title>
        <Group>
          <SaveStatus state={save} />
          <Button variant="default" size="xs" onClick={exportList} loading={exporting} disabled={!c?.all}>Xuất danh sách (.docx)</Button>
        </Group>
      </Group>
      {exported && <SavedFileNote file={exported} onClose={() => setExported(null)} />}
      {save.status === 'error' && <ErrorNote error={save.message} title="Chưa lưu được" />}
      <ErrorNote error={t.error} />
      <TrackerFilters f={filters} set={set} />
      <Chip.Group value={view} onChange={(v) => setView(v as TrackerView)}>
        <Group gap={6} data-testid="followup-views">
          {VIEWS.filter((v) => TRACKER_VIEWS.includes(v)).map((v) => (
            <Chip key={v} value={v} size="xs">{`${TRACKER_VIEW_LABELS[v]} (${formatCount(c?.[v] ?? 0)})`}</Chip>
          ))}
        </Group>
      </Chip.Group>
      {c && (
        <Text size="sm" data-testid="followup-summary">
          Đến ngày {isoToDisplay(today)}: {formatCount(c.all)} kiến nghị; {formatCount(c.done)} đã hoàn thành,{' '}
          {formatCount(t.inProgress)} đang thực hiện; {formatCount(c.overdue)} quá hạn, {formatCount(c.due_soon)} sắp đến hạn
          (trong {filters.dueSoonDays} ngày), {formatCount(c.reported)} chờ đánh giá, {formatCount(c.not_accepted)} chưa được chấp nhận.
        </Text>
      )}
      <VirtualRows rows={t.rows} rowKey={(row, index) => row?.recommendationId ?? `loading-${index}`} columns={COLUMNS} headers={HEADERS} estimate={96}
        height="calc(100vh - 330px)" testId="followup-list" rowTestId="followup-row"
        rowProps={(row) => (row ? { 'data-status': row.state.status, 'data-urgency': urgency(row) } : { 'data-status': 'loading' })}
        render={(row, index) => (row
          ? <TrackerLine row={row} showYear={!filters.campaignId} onSave={saveLine} onOpen={(r) => setOpenId(r.recommendationId)} />
          : <PlaceholderLine index={index} onNeed={t.need} />)} />
      {t.loaded && t.total === 0 && (
        <Text c="dimmed">
          {c?.all === 0 && !search.trim() ? 'Chưa có kiến nghị nào ở đây. Kiến nghị được ghi ở mục "5. Kiến nghị của Đoàn" của từng cuộc kiểm tra.' : 'Không có kiến nghị nào khớp với các điều kiện đã chọn.'}
        </Text>
      )}
      <TrackerDrawer row={open} today={today} onClose={() => setOpenId(null)} onSave={saveLine}
        onExtended={(row, newDeadline) => { t.patch(row.recommendationId, () => ({ extendedTo: newDeadline })); void t.recount(); }} />
    </Stack>
  );
}

/** The older four-way grouping, kept on each line for the checks and the benches that read it. */
const urgency = (row: TrackerRowState) => (row.state.status === 'done' ? 'done' : row.state.status === 'overdue' || row.state.status === 'due_soon' ? row.state.status : 'pending');

const COLUMNS = '180px minmax(0, 1fr) 190px 170px 230px';
const HEADERS = ['Đơn vị được kiểm tra', 'Nội dung kiến nghị', 'Thời hạn, tình trạng', 'Trạng thái', 'Kết quả khắc phục'];

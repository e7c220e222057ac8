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
import { PrintListButton } from '../components/PrintListButton';
import { VirtualRows } from '../components/VirtualRows';
import type { SaveState } from '../hooks/useAutosave';
import { TrackerDrawer } from './follow-up/TrackerDrawer';
import { TrackerFilters, type FilterState } from './follow-up/TrackerFilters';
import { PlaceholderLine, TrackerLine } from './follow-up/TrackerLine';
import { useTracker } from './follow-up/useTracker';
import { parseTrackerQuery, type TrackerUrlState } from './follow-up/trackerUrl';
import { useTrackerAddress } from './follow-up/useTrackerAddress';

/** The order the views are offered in (every status is a view too). */
const VIEWS: TrackerView[] = ['unfinished', 'overdue', 'due_soon', 'reported', 'not_accepted', 'not_due', 'no_due_date', 'done', 'all'];

/** Typing in the search box re-asks the core after a short pause, not on every key. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => { const t = setTimeout(() => setV(value), ms); return () => clearTimeout(t); }, [value, ms]);
  return v;
}

/** `query`: the filters in the address (follow-up/trackerUrl.ts), e.g. from a dashboard line. */
export function FollowUpScreen({ query = '' }: { query?: string }) {
  const { campaigns } = useLookups();
  const today = localToday();
  // What she chose (or the address named) over the defaults; until she picks a campaign, the most
  // recent one: that is the one being followed up.
  const [over, setOver] = useState<Partial<FilterState>>(() => chosenIn(parseTrackerQuery(query)));
  const [view, setView] = useState<TrackerView>(() => parseTrackerQuery(query).view ?? 'unfinished');
  // The "sắp đến hạn" days are a setting kept with the data (shared with the dashboard). Until she
  // changes them here, the list is asked without them and the core uses the settings' (and says which):
  // no round trip for the settings before the first page.
  const [days, setDays] = useState<number | null>(null);
  const filters: FilterState = {
    campaignId: campaigns[0]?.id ?? null, teamId: null, unitId: null, areaName: null, dueFrom: null, dueTo: null, search: '', sort: 'urgency', dueSoonDays: days,
    ...over,
  };
  const set = ({ dueSoonDays, ...change }: Partial<FilterState>) => {
    if (dueSoonDays !== undefined && dueSoonDays !== null) {
      setDays(dueSoonDays);
      void unwrap(api().settings.saveFollowUp({ dueSoonDays })).then(emitChange, (e: Error) => setSave({ status: 'error', message: e.message }));
    }
    setOver((o) => ({ ...o, ...change }));
  };
  const search = useDebounced(filters.search, 150);
  useTrackerAddress({
    ...('campaignId' in over ? { campaignId: over.campaignId } : {}),
    ...(filters.teamId ? { teamId: filters.teamId } : {}), ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.areaName ? { areaName: filters.areaName } : {}), ...(filters.dueFrom ? { dueFrom: filters.dueFrom } : {}),
    ...(filters.dueTo ? { dueTo: filters.dueTo } : {}), ...(search ? { search } : {}), sort: filters.sort, view,
  }, (u) => { setOver(chosenIn(u)); setView(u.view ?? 'unfinished'); });
  const ask = useMemo(() => ({
    today, ...(filters.dueSoonDays === null ? {} : { dueSoonDays: filters.dueSoonDays }), sort: filters.sort,
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
  const shownDays = filters.dueSoonDays ?? t.dueSoonDays;
  const [saveState, setSave] = useState<SaveState>({ status: 'saved' });
  const [exported, setExported] = useState<SavedFile | null>(null);
  const [exporting, setExporting] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const openLine = useCallback((r: TrackerRowState) => setOpenId(r.recommendationId), []);
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

  // The list saved or printed is the list on screen: the same filters, search and order.
  const listRequest = useMemo(() => {
    const { view: _view, campaignId, ...rest } = ask.filters as typeof ask.filters & { campaignId?: string };
    return { ...(campaignId ? { campaignId } : {}), today, filter: view, filters: rest, sort: ask.sort, ...(shownDays === null ? {} : { dueSoonDays: shownDays }) };
  }, [ask, today, view, shownDays]);
  const save = async (make: () => Promise<SavedFile>) => {
    setExporting(true);
    try {
      const file = await make();
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
          <SaveStatus state={saveState} />
          <Button variant="default" size="xs" onClick={() => save(() => unwrap(api().followUp.saveList(listRequest)))} loading={exporting} disabled={!c?.all}>Xuất danh sách (.docx)</Button>
          {/* Excel: every recommendation of the campaign chosen (or of all), and its figures. */}
          <Button variant="default" size="xs" onClick={() => save(() => unwrap(api().xlsx.save({ ...(filters.campaignId ? { campaignId: filters.campaignId } : {}), today })))}
            loading={exporting} disabled={!c?.all}>Xuất Excel (.xlsx)</Button>
          <PrintListButton request={listRequest} disabled={!c?.all} />
        </Group>
      </Group>
      {exported && <SavedFileNote file={exported} onClose={() => setExported(null)} />}
      {saveState.status === 'error' && <ErrorNote error={saveState.message} title="Chưa lưu được" />}
      <ErrorNote error={t.error} />
      <TrackerFilters f={{ ...filters, dueSoonDays: shownDays }} set={set} />
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
          (trong {shownDays} ngày), {formatCount(c.reported)} chờ đánh giá, {formatCount(c.not_accepted)} chưa được chấp nhận.
        </Text>
      )}
      <VirtualRows rows={t.rows} rowKey={(row, index) => row?.recommendationId ?? `loading-${index}`} columns={COLUMNS} headers={HEADERS} estimate={96}
        height="calc(100vh - 330px)" testId="followup-list" rowTestId="followup-row"
        rowProps={(row) => (row ? { 'data-status': row.state.status, 'data-urgency': urgency(row) } : { 'data-status': 'loading' })}
        render={(row, index) => (row
          ? <TrackerLine row={row} showYear={!filters.campaignId} onSave={saveLine} onOpen={openLine} />
          : <PlaceholderLine index={index} onNeed={t.need} />)} />
      {t.loaded && t.total === 0 && t.otherCampaigns > 0 && (
        // A search for an older campaign's unit while the newest is chosen: say where the lines are.
        <Group gap="sm" data-testid="followup-elsewhere">
          <Text c="dimmed">Không có trong đợt này. Có {formatCount(t.otherCampaigns)} kiến nghị ở các đợt khác.</Text>
          <Button size="xs" variant="light" onClick={() => set({ campaignId: null })}>Tìm trong tất cả các đợt</Button>
        </Group>
      )}
      {t.loaded && t.total === 0 && t.otherCampaigns === 0 && (
        <Text c="dimmed">
          {c?.all === 0 && !search.trim() ? 'Chưa có kiến nghị nào ở đây. Kiến nghị được ghi ở mục "5. Kiến nghị của Đoàn" của từng cuộc kiểm tra.' : 'Không có kiến nghị nào khớp với các điều kiện đã chọn.'}
        </Text>
      )}
      <TrackerDrawer row={open} today={today} onClose={() => setOpenId(null)} onSave={saveLine}
        onExtended={(row, newDeadline) => { t.patch(row.recommendationId, () => ({ extendedTo: newDeadline })); void t.recount(); }} />
    </Stack>
  );
}

/** The filters an address names, as the screen's choices (the view is kept apart). */
function chosenIn({ view: _view, ...u }: TrackerUrlState): Partial<FilterState> {
  const out: Partial<FilterState> = {};
  for (const [k, v] of Object.entries(u)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** The older four-way grouping, kept on each line for the checks and the benches that read it. */
const urgency = (row: TrackerRowState) => (row.state.status === 'done' ? 'done' : row.state.status === 'overdue' || row.state.status === 'due_soon' ? row.state.status : 'pending');

const COLUMNS = '180px minmax(0, 1fr) 190px 170px 230px';
const HEADERS = ['Đơn vị được kiểm tra', 'Nội dung kiến nghị', 'Thời hạn, tình trạng', 'Trạng thái', 'Kết quả khắc phục'];

// The tracker's filters: campaign, team, unit, area, due range, order, search, and "due soon" days.
import { Group, NumberInput, Select, TextInput, type OptionsFilter } from '@mantine/core';
import { useMemo, useState } from 'react';
import { DUE_SOON_MAX, DUE_SOON_MIN, DUE_SOON_RANGE_MESSAGE, DueSoonDays } from '../../../../shared/follow-up/settings';
import { TRACKER_SORT_LABELS, TRACKER_SORTS, type TrackerSort } from '../../../../shared/follow-up/tracker';
import { foldKey, sortByVi } from '../../../../shared/vi/text';
import { DateField } from '../../components/DateField';
import { useLookups } from '../../data';

export const ALL = 'all';

export interface FilterState {
  campaignId: string | null;
  teamId: string | null;
  unitId: string | null;
  areaName: string | null;
  dueFrom: string | null;
  dueTo: string | null;
  search: string;
  sort: TrackerSort;
  /** null until the core has said the settings' days (the first page). */
  dueSoonDays: number | null;
}

/** Searchable drop-downs fold diacritics too: "muong cha" finds "Mường Chà". */
const folded: OptionsFilter = ({ options, search }) => {
  const words = foldKey(search).split(/\s+/).filter(Boolean);
  return options.filter((o) => {
    const f = foldKey('label' in o ? o.label : String(o.group));
    return words.every((w) => f.includes(w));
  });
};

export function TrackerFilters({ f, set }: { f: FilterState; set: (change: Partial<FilterState>) => void }) {
  const { campaigns, teams, units } = useLookups();
  const campaignTeams = useMemo(() => teams.filter((t) => !f.campaignId || t.campaignId === f.campaignId), [teams, f.campaignId]);
  const yearOf = useMemo(() => new Map(campaigns.map((c) => [c.id, c.year])), [campaigns]);
  const areaNames = useMemo(() => {
    const names = new Set<string>();
    for (const c of campaigns) if (!f.campaignId || c.id === f.campaignId) for (const a of c.areas) names.add(a.name);
    return sortByVi([...names], (n) => n);
  }, [campaigns, f.campaignId]);
  const unitOptions = useMemo(() => sortByVi(units, (u) => u.name).map((u) => ({ value: u.id, label: u.name })), [units]);
  return (
    <>
      <Group align="flex-end" gap="sm">
        <Select label="Đợt kiểm tra" w={240} allowDeselect={false}
          data={[{ value: ALL, label: 'Tất cả các đợt' }, ...campaigns.map((c) => ({ value: c.id, label: `${c.year} – ${c.plan.number || c.title}` }))]}
          value={f.campaignId ?? ALL} onChange={(v) => v && set({ campaignId: v === ALL ? null : v, teamId: null, areaName: null })} />
        <Select label="Đoàn" w={130} clearable placeholder="Tất cả"
          data={campaignTeams.map((t) => ({ value: t.id, label: f.campaignId ? `Đoàn ${t.number}` : `Đoàn ${t.number} (${yearOf.get(t.campaignId) ?? ''})` }))}
          value={f.teamId} onChange={(v) => set({ teamId: v })} />
        <Select label="Đơn vị" w={200} clearable searchable filter={folded} placeholder="Tất cả" nothingFoundMessage="Không có đơn vị nào khớp"
          data={unitOptions} value={f.unitId} onChange={(v) => set({ unitId: v })} />
        <Select label="Lĩnh vực" w={190} clearable searchable filter={folded} placeholder="Tất cả"
          data={areaNames} value={f.areaName} onChange={(v) => set({ areaName: v })} />
        <Select label="Sắp xếp" w={245} allowDeselect={false} data={TRACKER_SORTS.map((s) => ({ value: s, label: TRACKER_SORT_LABELS[s] }))}
          value={f.sort} onChange={(v) => v && set({ sort: v as TrackerSort })} />
      </Group>
      {/* Tops aligned: a message under one field does not push the others. */}
      <Group align="flex-start" gap="sm">
        <TextInput label="Tìm kiến nghị" w={300} placeholder="gõ không dấu cũng được" value={f.search}
          onChange={(e) => set({ search: e.currentTarget.value })} data-testid="followup-search" />
        <DateField label="Hạn từ ngày" value={f.dueFrom} onChange={(v) => set({ dueFrom: v })} w={130} testId="followup-due-from" />
        <DateField label="đến ngày" value={f.dueTo} onChange={(v) => set({ dueTo: v })} w={130} testId="followup-due-to" />
        {f.dueSoonDays === null
          ? <NumberInput label="Sắp đến hạn (ngày)" w={180} disabled value="" />
          : <DueSoonDaysField value={f.dueSoonDays} onChange={(v) => set({ dueSoonDays: v })} />}
      </Group>
    </>
  );
}

/**
 * The "sắp đến hạn" days (a setting kept with the data, the dashboard counts with it too). What she
 * types stays in the field; a number out of range is shown as wrong there and not saved, never
 * clamped behind her back.
 */
function DueSoonDaysField({ value, onChange }: { value: number; onChange: (v: number) => void }) {
  const [typed, setTyped] = useState<string | number>(value);
  const ok = DueSoonDays.safeParse(typed).success;
  return (
    <NumberInput label="Sắp đến hạn (ngày)" w={180} min={DUE_SOON_MIN} max={DUE_SOON_MAX} clampBehavior="none" allowDecimal={false}
      value={typed} error={ok ? undefined : DUE_SOON_RANGE_MESSAGE} data-testid="followup-due-soon-days"
      onChange={(v) => { setTyped(v); if (DueSoonDays.safeParse(v).success && v !== value) onChange(v as number); }} />
  );
}

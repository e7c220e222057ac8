// The tracker's filters in its address, so a dashboard line can open it filtered to exactly what it
// counted, and a reload keeps what she chose. One parser and one serialiser:
//
//   #/follow-up?campaign=<id|all>&team=<id>&unit=<id>&area=<name>&view=<view>&from=<yyyy-mm-dd>&to=<yyyy-mm-dd>&sort=<sort>&q=<words>
//
// Every part is optional. No `campaign` means the newest campaign (the one being followed up);
// `campaign=all` means every campaign. `view` is one of TRACKER_VIEWS (default "unfinished"), `sort`
// one of TRACKER_SORTS (default "urgency"). A part that is not valid (a malformed id, an unknown view,
// an impossible date, a repeated key's later copies, an unknown key) is ignored, never an error: the
// address is only a way in. The "sắp đến hạn" days are not here: they are a setting kept with the data.
import { TrackerFilters, TrackerSort, TrackerView } from '../../../../shared/follow-up/tracker';

export interface TrackerUrlState {
  /** Absent: the newest campaign; null: all campaigns. */
  campaignId?: string | null;
  teamId?: string;
  unitId?: string;
  areaName?: string;
  view?: TrackerView;
  dueFrom?: string;
  dueTo?: string;
  sort?: TrackerSort;
  search?: string;
}

export const TRACKER_PATH = '/follow-up';
const ALL = 'all';
const F = TrackerFilters.shape;

/** Which address key holds which part, and how a value is checked (the core's own schemas). */
const KEYS = [
  ['team', 'teamId', F.teamId],
  ['unit', 'unitId', F.unitId],
  ['area', 'areaName', F.areaName],
  ['view', 'view', TrackerView],
  ['from', 'dueFrom', F.dueFrom],
  ['to', 'dueTo', F.dueTo],
  ['sort', 'sort', TrackerSort],
  ['q', 'search', F.search],
] as const;

/** Reads the part after "?" (with or without the "?"). */
export function parseTrackerQuery(query: string): TrackerUrlState {
  const p = new URLSearchParams(query.replace(/^\?/, ''));
  const out: TrackerUrlState = {};
  const campaign = p.get('campaign');
  if (campaign === ALL) out.campaignId = null;
  else if (campaign !== null && F.campaignId.safeParse(campaign).success) out.campaignId = campaign;
  for (const [key, field, schema] of KEYS) {
    const raw = p.get(key);
    if (raw === null || raw.trim() === '') continue;
    const ok = schema.safeParse(raw);
    if (ok.success && ok.data !== undefined) (out as Record<string, unknown>)[field] = ok.data;
  }
  return out;
}

/** The part after "?" ("" when nothing is chosen); defaults are left out so the address stays short. */
export function trackerQuery(s: TrackerUrlState): string {
  const p = new URLSearchParams();
  if (s.campaignId !== undefined) p.set('campaign', s.campaignId ?? ALL);
  for (const [key, field] of KEYS) {
    const v = s[field];
    if (v === undefined || v === '') continue;
    if ((field === 'view' && v === 'unfinished') || (field === 'sort' && v === 'urgency')) continue;
    p.set(key, v);
  }
  return p.toString();
}

/** The route of the tracker with these filters, for a link (`#${trackerPath(...)}`) or go(). */
export function trackerPath(s: TrackerUrlState = {}): string {
  const q = trackerQuery(s);
  return q ? `${TRACKER_PATH}?${q}` : TRACKER_PATH;
}

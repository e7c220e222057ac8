// The tracker's address: what the dashboard writes the tracker reads back exactly, defaults stay out
// of the address, and junk in it is ignored rather than an error.
import { describe, expect, it } from 'vitest';
import { parseHash } from '../../renderer/src/router';
import { parseTrackerQuery, trackerPath, trackerQuery, type TrackerUrlState } from '../../renderer/src/screens/follow-up/trackerUrl';

const UNIT = '3f2b8c1e-5d4a-4b6c-9e8f-1a2b3c4d5e6f';
const CAMPAIGN = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const TEAM = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

describe('tracker address', () => {
  it('reads back every filter it wrote', () => {
    const states: TrackerUrlState[] = [
      {},
      { campaignId: null },
      { campaignId: null, unitId: UNIT, view: 'overdue' },
      { campaignId: CAMPAIGN, teamId: TEAM, unitId: UNIT, areaName: 'Cải cách thủ tục hành chính', view: 'due_soon', dueFrom: '2023-01-01', dueTo: '2023-12-31', sort: 'due', search: 'muong cha & "số 2"?' },
      { view: 'all', sort: 'newest', search: 'Mường Chà' },
    ];
    for (const s of states) expect(parseTrackerQuery(trackerQuery(s))).toEqual(s);
  });

  it('leaves the defaults out and names "all campaigns" apart from "the newest"', () => {
    expect(trackerPath()).toBe('/follow-up');
    expect(trackerPath({ view: 'unfinished', sort: 'urgency', search: '' })).toBe('/follow-up');
    expect(trackerPath({ campaignId: null, unitId: UNIT, view: 'overdue' })).toBe(`/follow-up?campaign=all&unit=${UNIT}&view=overdue`);
    expect(parseTrackerQuery('')).toEqual({});
    expect(parseTrackerQuery('campaign=all')).toEqual({ campaignId: null });
  });

  it('ignores junk: unknown keys, malformed ids, unknown views and orders, impossible dates, empty values', () => {
    expect(parseTrackerQuery('?unit=42&campaign=drop%20table&team=&view=late&sort=random&from=2023-02-30&to=31/12/2023&q=%20%20&x=1&view=overdue'))
      .toEqual({});
    // The first of a repeated key counts; the good parts next to bad ones are kept.
    expect(parseTrackerQuery(`view=done&view=junk&unit=${UNIT}&area=&from=2024-02-29&extra=1`)).toEqual({ view: 'done', unitId: UNIT, dueFrom: '2024-02-29' });
    expect(parseTrackerQuery('%E0%A4%A=1&unit=%zz')).toEqual({});
  });

  it('is the router\'s query of the tracker route; other routes ignore a query', () => {
    expect(parseHash(`#/follow-up?campaign=all&unit=${UNIT}`)).toEqual({ name: 'followup', query: `campaign=all&unit=${UNIT}` });
    expect(parseHash('#/follow-up')).toEqual({ name: 'followup', query: '' });
    expect(parseHash('#/overview?x=1')).toEqual({ name: 'dashboard' });
    expect(parseHash(`#/inspections/${UNIT}/documents?x=1`)).toEqual({ name: 'inspection', id: UNIT, tab: 'documents' });
  });
});

// The campaign charts' data and options: rates only from figures that give one, a missing figure
// named and never drawn as 0, states counted on a given day, Vietnamese numbers on every label.
import { describe, expect, it } from 'vitest';
import { onTimeOf, onTimeRates, recommendationStates, type StateOf } from '../../shared/charts/data';
import { missingNote, onTimeChartOption, statesChartOption } from '../../shared/charts/options';
import { defaultAreas, defaultIndicators } from '../../shared/defaults';
import type { FollowUpRow } from '../../shared/followup';
import type { Figure, Recommendation } from '../../shared/records';

const CAMPAIGN = '0b7f0e4e-1c1a-4a52-9d51-0d6c1b1f3a01';
const indicators = defaultIndicators(defaultAreas(2022, CAMPAIGN), CAMPAIGN);
const idOf = (name: string) => indicators.find((i) => i.name === name)!.id;
let n = 0;
const fig = (name: string, value: number | null, denominator: number | null = null): Figure => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, indicatorId: idOf(name), value, denominator, note: '',
});

describe('onTimeOf', () => {
  it('takes the typed ratio first', () => {
    expect(onTimeOf(indicators, [fig('Hồ sơ giải quyết đúng hạn và trước hạn', 975, 1000), fig('Giải quyết trễ hạn', 1)]))
      .toEqual({ onTime: 975, resolved: 1000 });
  });
  it('adds early and on time over the typed total, or over the sum of the three parts', () => {
    const parts = [fig('Giải quyết trước hạn', 7139), fig('Giải quyết đúng hạn', 18254), fig('Giải quyết trễ hạn', 231)];
    expect(onTimeOf(indicators, parts)).toEqual({ onTime: 25393, resolved: 25624 });
    expect(onTimeOf(indicators, [...parts, fig('Đã giải quyết', 30000)])).toEqual({ onTime: 25393, resolved: 30000 });
  });
  it('takes the late files from the typed total when early or on time is missing', () => {
    expect(onTimeOf(indicators, [fig('Đã giải quyết', 2000), fig('Giải quyết trễ hạn', 50)])).toEqual({ onTime: 1950, resolved: 2000 });
  });
  it('never takes a part that was not typed as 0', () => {
    expect(onTimeOf(indicators, [fig('Đã giải quyết', 2477)])).toBeNull();
    expect(onTimeOf(indicators, [fig('Giải quyết trước hạn', 10), fig('Giải quyết đúng hạn', 20)])).toBeNull();
    expect(onTimeOf(indicators, [fig('Giải quyết trước hạn', 10), fig('Giải quyết đúng hạn', null), fig('Giải quyết trễ hạn', 1)])).toBeNull();
    expect(onTimeOf(indicators, [fig('Đã giải quyết', 0), fig('Giải quyết trễ hạn', 0)])).toBeNull();
  });
});

describe('the rate chart', () => {
  const units = [
    { inspectionId: 'a', unitName: 'UBND huyện Mường Chà', figures: [fig('Hồ sơ giải quyết đúng hạn và trước hạn', 9752, 10000)] },
    { inspectionId: 'b', unitName: 'UBND huyện Mường Ảng', figures: [fig('Đã giải quyết', 2477)] },
    { inspectionId: 'c', unitName: 'UBND huyện Điện Biên', figures: [fig('Hồ sơ giải quyết đúng hạn và trước hạn', 25718, 25718)] },
    { inspectionId: 'd', unitName: '', figures: [] },
  ];
  const data = onTimeRates(indicators, units);

  it('draws the units with a rate, highest first, and names the others as missing', () => {
    expect(data.rows.map((r) => r.unitName)).toEqual(['UBND huyện Điện Biên', 'UBND huyện Mường Chà']);
    expect(data.missing.map((m) => m.unitName)).toEqual(['(Chưa chọn đơn vị)', 'UBND huyện Mường Ảng']);
    expect(missingNote(data)).toBe('Chưa có số liệu để tính tỷ lệ: (Chưa chọn đơn vị); UBND huyện Mường Ảng.');
  });
  it('labels every bar the Vietnamese way and has no bar for a missing unit', () => {
    const o = onTimeChartOption(data) as any;
    expect(o.animation).toBe(false);
    expect(o.yAxis.data).toEqual(['UBND huyện Điện Biên', 'UBND huyện Mường Chà']);
    expect(o.series[0].data.map((d: any) => d.label.formatter)).toEqual(['100%', '97,52%']);
    expect(o.xAxis.axisLabel.formatter(40)).toBe('40%');
    expect(o.graphic[0].style.text).toContain('UBND huyện Mường Ảng');
  });
  it('says so when no unit has a rate', () => {
    const o = onTimeChartOption(onTimeRates(indicators, [units[1]])) as any;
    expect(o.title.subtext).toBe('Chưa có đơn vị nào có số liệu để tính tỷ lệ');
    expect(o.series[0].data).toEqual([]);
  });
});

describe('recommendations by state', () => {
  const rec = (status: Recommendation['status'], remedyDeadline: string | null): FollowUpRow => ({
    inspectionId: 'i', campaignId: CAMPAIGN, year: 2022, unitName: 'U', teamNumber: 1, dateTo: null, number: 1,
    recommendation: {
      id: 'r', areaId: null, content: 'x', responsibleUnit: '', remedyDeadline, remedyDeadlineNote: '', reportDeadline: null,
      reportTo: '', status, statusNote: '',
    },
  });
  const rows = [
    rec('done', '2022-01-01'), rec('open', '2022-12-30'), rec('open', '2022-12-31'), rec('in_progress', '2022-12-30'),
    rec('in_progress', null), rec('open', null),
  ];

  it('counts done, in progress, not started and overdue on the day; the deadline day is still in time', () => {
    const s = recommendationStates(rows, '2022-12-31');
    expect(s.total).toBe(6);
    expect(s.states.map((x) => [x.label, x.count])).toEqual([
      ['Đã hoàn thành', 1], ['Đang thực hiện', 1], ['Chưa thực hiện', 2], ['Quá hạn', 2],
    ]);
  });
  it('shows every default state even at 0, and takes another rule of states when given', () => {
    expect(recommendationStates([], '2023-01-01').states.map((x) => x.count)).toEqual([0, 0, 0, 0]);
    const byDeadline: StateOf = (r) => (r.remedyDeadline ? { key: 'dated', label: 'Có hạn', rank: 0 } : { key: 'undated', label: 'Không có hạn', rank: 1 });
    expect(recommendationStates(rows, '2022-12-31', byDeadline).states).toEqual([
      { key: 'dated', label: 'Có hạn', count: 4 }, { key: 'undated', label: 'Không có hạn', count: 2 },
    ]);
  });
  it('writes the count on every bar and the day in the subtitle', () => {
    const o = statesChartOption(recommendationStates(rows, '2022-12-31')) as any;
    expect(o.title.subtext).toBe('Tính đến ngày 31/12/2022; tổng số 6 kiến nghị');
    expect(o.xAxis.data).toEqual(['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Quá hạn']);
    expect(o.series[0].data.map((d: any) => d.label.formatter)).toEqual(['1', '1', '2', '2']);
    expect(o.yAxis.axisLabel.formatter(25718)).toBe('25.718');
    // Told apart in black and white: no two states share both fill and pattern.
    const looks = o.series[0].data.map((d: any) => JSON.stringify([d.itemStyle.color, d.itemStyle.decal ?? null]));
    expect(new Set(looks).size).toBe(4);
  });
});

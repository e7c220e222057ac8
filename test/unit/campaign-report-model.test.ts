// The campaign report's numbers: totals are the sums of the units' figures, rates come from one
// function, a unit without a figure is missing (never a zero), and the state of recommendations.
import { describe, expect, it } from 'vitest';
import { buildReportModel, chartBlocks, CHART_MAX_HEIGHT_CM, coverage, recommendationCounts } from '../../shared/campaign-report/report-model';
import type { ChartBlock } from '../../shared/campaign-report/model-types';
import { onTimeChartHeight } from '../../shared/charts/options';
import { buildReminderModel, overdueOf, unitsWithOverdue } from '../../shared/campaign-report/reminder-model';
import { cellOf, figureColumns, MISSING, onTimeOf, onTimeTotal, rateOf, totalOf, totalText } from '../../shared/campaign-report/figures';
import type { CampaignDocInput, ReportUnit } from '../../shared/campaign-report/input';
import type { Block } from '../../shared/documents/model-types';
import { demoInput } from '../support/doc-fixtures';

function demo2022(): CampaignDocInput {
  const a = demoInput('muongCha2022');
  const b = demoInput('huyenDienBien2022');
  const unit = (x: typeof a, conclusion: ReportUnit['conclusion']): ReportUnit => ({
    inspection: x.inspection, unit: x.unit, levelName: 'Cấp huyện', levelOrder: 2, team: x.team, conclusion,
  });
  return {
    campaign: a.campaign, settings: a.settings,
    units: [unit(a, { numberText: '05/TB-SNV', issuedDate: '2022-10-20' }), unit(b, null)],
  };
}

const tables = (blocks: readonly { kind: string }[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('campaign report figures', () => {
  it('totals are the sums of the units that have the figure, and a unit without one is missing', () => {
    const input = demo2022();
    const inspections = input.units.map((u) => u.inspection);
    const cols = figureColumns(input.campaign, inspections);
    expect(cols.length).toBeGreaterThan(3);
    let sawMissing = false;
    for (const col of cols) {
      const cells = inspections.map((i) => cellOf(i, col.indicator.id));
      expect(col.cells).toEqual(cells);
      const known = cells.filter((c) => c !== null);
      if (known.length < cells.length) sawMissing = true;
      if (col.total.kind === 'count') {
        expect(col.total.sum).toBe(known.reduce((s, c) => s + c!.value, 0));
        expect(col.total.missing).toBe(cells.length - known.length);
      }
      if (col.total.kind === 'ratio') {
        const whole = known.filter((c) => c!.denominator !== null);
        expect(col.total.numerator).toBe(whole.reduce((s, c) => s + c!.value, 0));
        expect(col.total.denominator).toBe(whole.reduce((s, c) => s + c!.denominator!, 0));
        expect(col.total.rate).toBe(rateOf(col.total.numerator, col.total.denominator));
      }
    }
    expect(sawMissing).toBe(true);
  });

  it('a missing figure prints "—", a zero prints "0", and a column with no figure totals "—"', () => {
    const ind = { id: 'x', name: 'Hồ sơ', areaId: null, kind: 'count' as const, unit: 'hồ sơ', parentId: null };
    const t = totalOf(ind, [null, { value: 0, denominator: null }, { value: 1200, denominator: null }]);
    expect(t).toEqual({ kind: 'count', sum: 1200, known: 2, missing: 1 });
    expect(totalText(t)).toBe('1.200');
    expect(totalText(totalOf(ind, [null, null]))).toBe(MISSING);
  });

  it('rates: one function; a zero denominator has no rate', () => {
    expect(rateOf(1, 4)).toBe(25);
    expect(rateOf(3, 0)).toBeNull();
    expect(rateOf(3, null)).toBeNull();
  });

  it('the on-time rate of Mường Chà is its early + on-time files over the files handled (25.393/25.624)', () => {
    const input = demo2022();
    const mc = onTimeOf(input.campaign, input.units[0].inspection)!;
    expect(mc.onTime).toBe(7139 + 18254);
    expect(mc.handled).toBe(7139 + 18254 + 231);
    const rows = input.units.map((u) => onTimeOf(input.campaign, u.inspection));
    const total = onTimeTotal(rows);
    const known = rows.filter((r) => r !== null);
    expect(total.handled).toBe(known.reduce((s, r) => s + r!.handled, 0));
    expect(total.onTime).toBe(known.reduce((s, r) => s + r!.onTime, 0));
    expect(total.missing).toBe(rows.length - known.length);
  });
});

describe('campaign report model', () => {
  it('prints each table total as the sum of the rows above it', () => {
    const input = demo2022();
    const m = buildReportModel(input, { number: null, issuedDate: null, today: '2023-03-01' });
    const rec = tables(m.blocks.kien_nghi_tinh_trang)[0];
    const num = (s: string) => Number(s.replace(/\./g, ''));
    const last = rec.rows[rec.rows.length - 1];
    expect(last[1]).toBe('Tổng cộng');
    for (let col = 2; col < rec.columns.length; col++) {
      expect(num(last[col])).toBe(rec.rows.slice(0, -1).reduce((s, r) => s + num(r[col]), 0));
    }
    // Every unit's count of recommendations is its inspection's.
    const counts = recommendationCounts(input.units, '2023-03-01');
    expect(counts[0].counts.total).toBe(input.units[0].inspection.recommendations.filter((r) => r.content.trim()).length);
    expect(m.numberText).toBe('.../BC-SNV');
    expect(m.text.so_ky_hieu).toBe('Số: .../BC-SNV');
    expect(m.charts.map((c) => c.key)).toEqual(['on-time', 'recommendations']);
    // The chart counts the recommendations the table counts.
    const states = m.charts.find((c) => c.key === 'recommendations')!.data as { total: number };
    expect(states.total).toBe(num(last[2]));
  });

  it('counts units inspected against those planned, by level and in all', () => {
    const input = demo2022();
    const rows = coverage(input.units, '2022-12-31');
    expect(rows.at(-1)).toEqual({ level: 'Tổng cộng', planned: 2, inspected: 2, rate: 100 });
    // Before the inspections took place, none is inspected yet.
    expect(coverage(input.units, '2022-01-01').at(-1)).toMatchObject({ planned: 2, inspected: 0, rate: 0 });
  });

  it('groups proposals by the body addressed', () => {
    const input = demo2022();
    input.units[0].inspection.unitProposals = [
      { id: crypto.randomUUID(), content: 'Hỗ trợ kinh phí số hóa hồ sơ', addressedTo: 'UBND tỉnh' },
      { id: crypto.randomUUID(), content: 'Hướng dẫn quy trình nội bộ', addressedTo: 'Sở Nội vụ' },
    ];
    input.units[1].inspection.unitProposals = [{ id: crypto.randomUUID(), content: 'Bổ sung biên chế', addressedTo: 'ubnd tỉnh' }];
    const m = buildReportModel(input, { number: null, issuedDate: null, today: '2023-03-01' });
    const text = m.blocks.de_xuat_don_vi.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '')).join('\n');
    expect(text).toBe([
      '1. Đối với UBND tỉnh:', '- Bổ sung biên chế (UBND huyện Điện Biên);', '- Hỗ trợ kinh phí số hóa hồ sơ (UBND huyện Mường Chà).',
      '2. Đối với Sở Nội vụ:', '- Hướng dẫn quy trình nội bộ (UBND huyện Mường Chà).',
    ].join('\n'));
  });
});

describe('report charts', () => {
  it('keep their proportions and never run taller than a page allows', () => {
    const rows = Array.from({ length: 40 }, (_x, k) => ({ inspectionId: String(k), unitName: `UBND xã ${k}`, onTime: 90, resolved: 100, rate: 90 }));
    const [tall, small] = chartBlocks([
      { key: 'on-time', data: { rows, missing: [] } },
      { key: 'on-time', data: { rows: rows.slice(0, 2), missing: [] } },
    ]) as ChartBlock[];
    expect(tall.heightCm).toBeLessThanOrEqual(CHART_MAX_HEIGHT_CM);
    expect(tall.widthCm).toBeLessThan(16);
    expect(small.widthCm).toBe(16);
    for (const b of [tall, small]) {
      const px = onTimeChartHeight({ rows: b === tall ? rows : rows.slice(0, 2), missing: [] }, 800);
      expect(b.heightCm / b.widthCm).toBeCloseTo(px / 800, 2);
    }
  });
});

describe('reminder model', () => {
  it('lists the overdue recommendations of the unit with their deadline and the notice they come from', () => {
    const input = demo2022();
    const day = '2023-06-01';
    const mc = input.units[0];
    // The demo's recommendations say "khắc phục ngay" rather than a date: give two of them a passed deadline.
    mc.inspection.recommendations[0].remedyDeadline = '2022-12-31';
    mc.inspection.recommendations[1].remedyDeadline = '2023-03-31';
    mc.inspection.recommendations[1].status = 'in_progress';
    const overdue = overdueOf(input, mc.inspection.unitId!, day);
    expect(overdue.map((x) => x.recommendation.id)).toEqual(mc.inspection.recommendations.slice(0, 2).map((r) => r.id));
    expect(unitsWithOverdue(input, day).find((u) => u.unitId === mc.inspection.unitId)?.overdue).toBe(overdue.length);
    const m = buildReminderModel(input, { number: 15, issuedDate: day, today: day, unitId: mc.inspection.unitId! });
    expect(m.numberText).toBe('15/SNV-CCHC');
    expect(m.text.trich_yeu).toMatch(/^V\/v đôn đốc/u);
    expect(m.text.kinh_gui).toBe('UBND huyện Mường Chà');
    const t = tables(m.blocks.kien_nghi_qua_han)[0];
    expect(t.rows).toHaveLength(overdue.length);
    expect(t.rows[0].slice(2)).toEqual(['31/12/2022', 'Thông báo số 05/TB-SNV ngày 20/10/2022', 'Chưa thực hiện, quá hạn']);
    expect(t.rows[1].slice(2)).toEqual(['31/3/2023', 'Thông báo số 05/TB-SNV ngày 20/10/2022', 'Đang thực hiện, quá hạn']);
    expect(m.text.han_bao_cao).toBe('ngày 16/6/2023');
  });

  it('has nothing to remind before any deadline has passed', () => {
    const input = demo2022();
    const m = buildReminderModel(input, { number: null, issuedDate: null, today: '2022-10-07', unitId: input.units[0].inspection.unitId! });
    expect(m.missing.join(' ')).toMatch(/không có kiến nghị nào quá hạn/u);
  });
});

// The campaign summary report (báo cáo kết quả kiểm tra, symbol BC) as a pure model: every wording
// and every number is decided here; electron/core/campaign-docs/ only places it into the Word
// template (templates/bao-cao-ket-qua.docx). Layout per docs/documents.md §1.6 (Mẫu 1.4).
import { onTimeRates, recommendationStates } from '../charts/data';
import { ON_TIME_TITLE, onTimeChartHeight, STATES_TITLE } from '../charts/options';
import type { Block } from '../documents/model-types';
import type { FollowUpRow } from '../followup';
import { fitLines, recipientsCell } from '../documents/sections/signatures';
import { subjectOf } from '../documents/sections/context';
import { recipientLines } from '../documents/recipients';
import { signerBlock } from '../documents/signing';
import { citation, citeDate, hyphenate, lowerFirst, sentenceName, stripEnd, upperFirst } from '../documents/wording';
import type { Inspection } from '../records';
import { formatCount, formatPercent } from '../vi/numbers';
import { compareVi, foldKey } from '../vi/text';
import { archiveUnitOf, campaignSigner, campaignDocSymbol, headerOf } from './common';
import {
  cellText, figureColumns, MISSING, MISSING_NOTE, onTimeOf, onTimeTotal, rateOf, totalText, type Column,
} from './figures';
import type { CampaignDocInput, CampaignDocOptions, ReportUnit } from './input';
import type { CampaignBlock, CampaignDocModel, ReportChart } from './model-types';
import { deadlineCited, stateLabel, stateOn } from './state';

const para = (text: string, keepNext?: boolean): Block => ({ kind: 'paragraph', runs: [{ text }], ...(keepNext ? { keepNext } : {}) });
const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
const dashLines = (items: string[]): Block[] => items.map((t, k) => para(`- ${stripEnd(t)}${k === items.length - 1 ? '.' : ';'}`));
const pct = (r: number | null) => (r === null ? 'không phát sinh' : formatPercent(r));
const NO_LEVEL = 'Chưa phân cấp';

/** The unit's name as printed. */
export const unitNameOf = (u: ReportUnit): string => u.unit?.name.trim() || 'Đơn vị chưa ghi tên';

/** Inspected by `day`: its last day (or meeting, or first day) has come. Without any date it is only planned. */
export function inspectedBy(i: Inspection, day: string): boolean {
  const d = i.dateTo ?? i.meetingDate ?? i.dateFrom;
  return d !== null && d <= day;
}

/** Units in the order the report lists them: by level, then by name (Vietnamese order). */
export function orderedUnits(units: readonly ReportUnit[]): ReportUnit[] {
  return [...units].sort((a, b) => a.levelOrder - b.levelOrder || compareVi(unitNameOf(a), unitNameOf(b)));
}

export interface LevelRow { level: string; planned: number; inspected: number; rate: number | null }

/** Units inspected against those planned, by level, and in all (the last row). */
export function coverage(units: readonly ReportUnit[], day: string): LevelRow[] {
  const rows = new Map<string, LevelRow & { order: number }>();
  for (const u of units) {
    const level = u.levelName.trim() || NO_LEVEL;
    const row = rows.get(level) ?? { level, planned: 0, inspected: 0, rate: null, order: u.levelName.trim() ? u.levelOrder : 1e9 };
    row.planned++;
    if (inspectedBy(u.inspection, day)) row.inspected++;
    rows.set(level, row);
  }
  const out = [...rows.values()].sort((a, b) => a.order - b.order).map(({ order: _o, ...r }) => ({ ...r, rate: rateOf(r.inspected, r.planned) }));
  const planned = out.reduce((a, r) => a + r.planned, 0);
  const inspected = out.reduce((a, r) => a + r.inspected, 0);
  return [...out, { level: 'Tổng cộng', planned, inspected, rate: rateOf(inspected, planned) }];
}

export interface StateCounts { total: number; done: number; inProgress: number; open: number; overdue: number }

/** The recommendations of each unit by state on `day`, and the sums (the last row). */
export function recommendationCounts(units: readonly ReportUnit[], day: string): { unit: string; counts: StateCounts }[] {
  const rows = units.map((u) => {
    const c: StateCounts = { total: 0, done: 0, inProgress: 0, open: 0, overdue: 0 };
    for (const r of u.inspection.recommendations.filter((x) => x.content.trim())) {
      const s = stateOn(r, day, u.follow?.[r.id]);
      c.total++;
      if (s.state === 'done') c.done++;
      else if (s.state === 'in_progress') c.inProgress++;
      else c.open++;
      if (s.overdue) c.overdue++;
    }
    return { unit: unitNameOf(u), counts: c };
  });
  const sum = (k: keyof StateCounts) => rows.reduce((a, r) => a + r.counts[k], 0);
  return [...rows, { unit: 'Tổng cộng', counts: { total: sum('total'), done: sum('done'), inProgress: sum('inProgress'), open: sum('open'), overdue: sum('overdue') } }];
}

function coverageBlocks(units: readonly ReportUnit[], day: string): Block[] {
  const rows = coverage(units, day);
  const all = rows[rows.length - 1];
  const lines: Block[] = [para(
    `Theo kế hoạch, có ${formatCount(all.planned)} cơ quan, đơn vị được kiểm tra; đến ngày ${citeDate(day)} đã kiểm tra ` +
      `${formatCount(all.inspected)}/${formatCount(all.planned)} cơ quan, đơn vị (đạt ${pct(all.rate)}), cụ thể:`,
  )];
  lines.push({
    kind: 'table', columns: ['Cấp', 'Theo kế hoạch', 'Đã kiểm tra', 'Tỷ lệ'], widths: [40, 20, 20, 20], center: [1, 2, 3],
    rows: rows.map((r) => [r.level, formatCount(r.planned), formatCount(r.inspected), pct(r.rate)]),
  });
  const inspected = orderedUnits(units).filter((u) => inspectedBy(u.inspection, day));
  if (inspected.length) lines.push(para(`Các cơ quan, đơn vị đã được kiểm tra: ${inspected.map(unitNameOf).join('; ')}.`));
  return lines;
}

/** Strengths and shortcomings by area; the same finding in several units is written once, with all of them. */
function areaBlocks(input: CampaignDocInput, units: readonly ReportUnit[]): Block[] {
  const areas = [...input.campaign.areas.map((a) => ({ id: a.id as string | null, name: a.name })), { id: null, name: 'Nội dung khác' }];
  const known = new Set(input.campaign.areas.map((a) => a.id));
  const out: Block[] = [];
  let n = 0;
  for (const area of areas) {
    const part = (kind: 'strength' | 'shortcoming') => {
      const groups = new Map<string, { text: string; units: string[] }>();
      for (const u of units) {
        for (const f of u.inspection.findings) {
          const inArea = area.id === null ? f.areaId === null || !known.has(f.areaId) : f.areaId === area.id;
          if (f.kind !== kind || !inArea || !f.text.trim()) continue;
          const key = foldKey(stripEnd(f.text));
          const g = groups.get(key) ?? { text: upperFirst(stripEnd(f.text.trim())), units: [] };
          if (!g.units.includes(unitNameOf(u))) g.units.push(unitNameOf(u));
          groups.set(key, g);
        }
      }
      // Findings shared by more units first.
      return [...groups.values()].sort((a, b) => b.units.length - a.units.length).map((g) => `${g.text} (${g.units.join('; ')})`);
    };
    const strengths = part('strength');
    const shortcomings = part('shortcoming');
    if (!strengths.length && !shortcomings.length) continue;
    n++;
    out.push(h2(`${n}. ${area.name}`));
    if (strengths.length) out.push(para('a) Ưu điểm:', true), ...dashLines(strengths));
    if (shortcomings.length) out.push(para(`${strengths.length ? 'b' : 'a'}) Tồn tại, hạn chế:`, true), ...dashLines(shortcomings));
  }
  return out;
}

const COLUMNS_PER_TABLE = 3;

function figureTable(cols: Column[], units: readonly ReportUnit[]): Block {
  const label = (c: Column) => `${c.indicator.name}${c.indicator.unit && c.indicator.kind !== 'percent' ? ` (${c.indicator.unit})` : ''}`;
  const w = Math.floor(66 / cols.length);
  return {
    kind: 'table',
    columns: ['TT', 'Đơn vị', ...cols.map(label)],
    widths: [6, 28, ...cols.map(() => w)],
    center: [0, ...cols.map((_c, k) => k + 2)],
    left: [1],
    rows: [
      ...units.map((u, r) => [String(r + 1), unitNameOf(u), ...cols.map((c) => cellText(c.indicator, c.cells[r]))]),
      ['', 'Tổng cộng', ...cols.map((c) => totalText(c.total))],
    ],
  };
}

/** Every unit's figures side by side, by area, with totals and rates; the on-time rate first. */
function figureBlocks(input: CampaignDocInput, units: readonly ReportUnit[]): Block[] {
  const inspections = units.map((u) => u.inspection);
  const out: Block[] = [];
  let n = 0;
  const onTime = units.map((u) => onTimeOf(input.campaign, u.inspection));
  if (onTime.some((x) => x)) {
    const total = onTimeTotal(onTime);
    n++;
    out.push(h2(`${n}. Giải quyết hồ sơ thủ tục hành chính đúng hạn`));
    out.push(para(
      `Các đơn vị có số liệu đã giải quyết ${formatCount(total.handled)} hồ sơ, trong đó ${formatCount(total.onTime)} hồ sơ giải quyết ` +
        `trước hạn và đúng hạn (đạt ${pct(total.rate)}).`,
    ));
    out.push({
      kind: 'table', columns: ['TT', 'Đơn vị', 'Hồ sơ đã giải quyết', 'Trước hạn và đúng hạn', 'Tỷ lệ đúng hạn'],
      widths: [6, 34, 20, 20, 20], center: [0, 2, 3, 4], left: [1],
      rows: [
        ...units.map((u, r) => {
          const x = onTime[r];
          return [String(r + 1), unitNameOf(u), x ? formatCount(x.handled) : MISSING, x ? formatCount(x.onTime) : MISSING, x ? pct(x.rate) : MISSING];
        }),
        ['', 'Tổng cộng', formatCount(total.handled), formatCount(total.onTime), pct(total.rate)],
      ],
    });
  }
  const areas = [...input.campaign.areas.map((a) => ({ id: a.id as string | null, name: a.name })), { id: null, name: 'Chỉ tiêu khác' }];
  for (const area of areas) {
    const cols = figureColumns(input.campaign, inspections, area.id);
    if (!cols.length) continue;
    n++;
    out.push(h2(`${n}. ${area.name}`));
    for (let k = 0; k < cols.length; k += COLUMNS_PER_TABLE) {
      // An empty paragraph between two tables: Word and LibreOffice would join them into one.
      if (k) out.push(para(''));
      out.push(figureTable(cols.slice(k, k + COLUMNS_PER_TABLE), units));
    }
  }
  if (out.length) out.push(para(`Ghi chú: ${MISSING_NOTE}`));
  return out;
}

function recommendationBlocks(units: readonly ReportUnit[], day: string): Block[] {
  const rows = recommendationCounts(units, day);
  const all = rows[rows.length - 1].counts;
  if (!all.total) return [para('Các Đoàn kiểm tra chưa có kiến nghị nào được ghi nhận.')];
  const out: Block[] = [para(
    `Các Đoàn kiểm tra đã kiến nghị ${formatCount(all.total)} nội dung. Đến ngày ${citeDate(day)}: đã hoàn thành ${formatCount(all.done)} ` +
      `kiến nghị (đạt ${pct(rateOf(all.done, all.total))}), đang thực hiện ${formatCount(all.inProgress)}, chưa thực hiện ${formatCount(all.open)}; ` +
      (all.overdue ? `trong đó ${formatCount(all.overdue)} kiến nghị đã quá thời hạn khắc phục.` : 'không có kiến nghị nào quá thời hạn khắc phục.'),
  )];
  out.push({
    kind: 'table', columns: ['TT', 'Đơn vị', 'Tổng số', 'Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Trong đó quá hạn'],
    widths: [6, 34, 12, 12, 12, 12, 12], center: [0, 2, 3, 4, 5, 6], left: [1],
    rows: rows.map((r, k) => [k === rows.length - 1 ? '' : String(k + 1), r.unit,
      ...[r.counts.total, r.counts.done, r.counts.inProgress, r.counts.open, r.counts.overdue].map(formatCount)]),
  });
  out.push(para('Tình trạng từng kiến nghị:', true));
  const list: string[][] = [];
  for (const u of units) {
    for (const r of u.inspection.recommendations.filter((x) => x.content.trim())) {
      list.push([String(list.length + 1), unitNameOf(u), upperFirst(stripEnd(r.content.trim())), deadlineCited(r, citeDate) || MISSING, stateLabel(stateOn(r, day, u.follow?.[r.id]))]);
    }
  }
  // A date "31/12/2022" in 13 pt needs about 2.4 cm; a narrow column of long text reads better flush left.
  out.push({ kind: 'table', columns: ['TT', 'Đơn vị', 'Nội dung kiến nghị', 'Thời hạn', 'Tình trạng'], widths: [6, 20, 43, 16, 15], center: [0, 3], left: [1, 2, 4], rows: list });
  return out;
}

/** Proposals to higher bodies, grouped by the body addressed. */
function proposalBlocks(units: readonly ReportUnit[]): Block[] {
  const groups = new Map<string, { body: string; lines: string[] }>();
  for (const u of units) {
    for (const p of u.inspection.unitProposals.filter((x) => x.content.trim())) {
      const body = p.addressedTo.trim().replace(/\s*;\s*/g, ', ') || 'Chưa ghi cơ quan nhận';
      const key = foldKey(body);
      const g = groups.get(key) ?? { body, lines: [] };
      // The spelling with the most capitals names the group ("UBND tỉnh" rather than "ubnd tỉnh").
      const caps = (t: string) => [...t].filter((ch) => ch !== ch.toLocaleLowerCase('vi')).length;
      if (caps(body) > caps(g.body)) g.body = body;
      g.lines.push(`${upperFirst(stripEnd(p.content.trim()))} (${unitNameOf(u)})`);
      groups.set(key, g);
    }
  }
  const out: Block[] = [];
  [...groups.values()].sort((a, b) => b.lines.length - a.lines.length || compareVi(a.body, b.body)).forEach((g, k) => {
    out.push(para(`${k + 1}. Đối với ${g.body}:`, true), ...dashLines(g.lines));
  });
  return out;
}

/** The charts: the on-time rate of files by unit, the recommendations by state (shared/charts/data.ts). */
function reportCharts(input: CampaignDocInput, units: readonly ReportUnit[], day: string): ReportChart[] {
  const out: ReportChart[] = [];
  const onTime = onTimeRates(input.campaign.indicators, units.map((u) => ({
    inspectionId: u.inspection.id, unitName: unitNameOf(u), figures: u.inspection.figures,
  })));
  if (onTime.rows.length) out.push({ key: 'on-time', data: onTime });
  const rows: FollowUpRow[] = units.flatMap((u) => u.inspection.recommendations.filter((r) => r.content.trim()).map((recommendation, k) => ({
    inspectionId: u.inspection.id, campaignId: u.inspection.campaignId, year: input.campaign.year, unitName: unitNameOf(u),
    teamNumber: u.team?.number ?? null, dateTo: u.inspection.dateTo, number: k + 1, recommendation,
    baseDate: null, extendedTo: null, lastAssessment: null, ...u.follow?.[recommendation.id],
  })));
  if (rows.length) out.push({ key: 'recommendations', data: recommendationStates(rows, day) });
  return out;
}

/** Width of a chart on the page, and the CSS pixels it is laid out in (shared/charts/options.ts sizes). */
export const CHART_WIDTH_CM = 16;
export const CHART_WIDTH_PX = 800;
export const STATES_CHART_HEIGHT_PX = 420;

/** The layout size of a chart, in CSS pixels. */
export function chartPixels(c: ReportChart): { width: number; height: number } {
  return { width: CHART_WIDTH_PX, height: c.key === 'on-time' ? onTimeChartHeight(c.data, CHART_WIDTH_PX) : STATES_CHART_HEIGHT_PX };
}

/** The tallest picture that leaves room for its caption on an A4 page with the NĐ 30 margins (25.2 cm of text). */
export const CHART_MAX_HEIGHT_CM = 21;

/** A chart's place on the page: the full text width, or narrower when it would be taller than the page allows. */
export function chartBlocks(charts: ReportChart[]): CampaignBlock[] {
  const cm = (x: number) => Math.round(x * 100) / 100;
  return charts.map((c, k) => {
    const px = chartPixels(c);
    const height = (px.height * CHART_WIDTH_CM) / px.width;
    const shrink = Math.min(1, CHART_MAX_HEIGHT_CM / height);
    return {
      kind: 'chart', key: c.key, caption: `Biểu đồ ${k + 1}. ${c.key === 'on-time' ? ON_TIME_TITLE : STATES_TITLE}`,
      widthCm: cm(CHART_WIDTH_CM * shrink), heightCm: cm(height * shrink),
    };
  });
}

export function buildReportModel(input: CampaignDocInput, opts: CampaignDocOptions): CampaignDocModel {
  const h = headerOf('report', input, opts);
  const warnings = [...h.warnings];
  const missing: string[] = [];
  const c = input.campaign;
  const subject = subjectOf(c);
  const units = orderedUnits(input.units);
  const day = opts.issuedDate ?? opts.today;
  const sym = campaignDocSymbol('report', input.settings, archiveUnitOf(input));
  if (!sym.ok) missing.push(sym.message);
  if (!units.some((u) => inspectedBy(u.inspection, day))) missing.push(`Đợt kiểm tra chưa có cuộc kiểm tra nào đã diễn ra đến ngày ${citeDate(day)}.`);
  const superior = h.issuer.superior ? sentenceName(h.issuer.superior, h.sources) : '';
  const signer = campaignSigner(input, h.settings);
  if (!signer.name.trim()) {
    missing.push('Chưa có họ tên người ký báo cáo: hãy ghi người ký thông báo kết luận (do cơ quan ban hành ký) ở một cuộc kiểm tra của đợt.');
  }

  const plan = citation('Kế hoạch', c.plan);
  const decision = citation('Quyết định', c.decision);
  const basis = [plan && `${plan}${c.plan.summary.trim() ? ` về ${lowerFirst(stripEnd(c.plan.summary.trim()))}` : ''}`, decision && `${decision} thành lập Đoàn kiểm tra`]
    .filter(Boolean).join('; ');
  const replaces = opts.replaces ? [para(`Báo cáo này thay thế Báo cáo số ${opts.replaces.numberText} ngày ${citeDate(opts.replaces.issuedDate)}.`)] : [];
  const opening = `${basis ? `Thực hiện ${basis}, ` : ''}${h.issuer.sentence} báo cáo kết quả kiểm tra ${subject} năm ${c.year} như sau:`;
  const charts = reportCharts(input, units, day);
  const recipients = recipientLines(
    [superior ? `${superior} (để báo cáo)` : '', 'Các cơ quan, đơn vị được kiểm tra', 'Thành viên các Đoàn kiểm tra'].filter(Boolean),
    archiveUnitOf(input),
  );
  const title = `Kết quả kiểm tra ${subject} năm ${c.year}`;
  const blocks: Record<string, CampaignBlock[]> = {
    mo_dau: [para(upperFirst(opening)), ...replaces],
    don_vi_kiem_tra: coverageBlocks(units, day),
    ket_qua_linh_vuc: areaBlocks(input, units),
    so_lieu_don_vi: figureBlocks(input, units),
    bieu_do: chartBlocks(charts),
    kien_nghi_tinh_trang: recommendationBlocks(units, day),
    de_xuat_don_vi: proposalBlocks(units),
    ket_thuc: [para(`Trên đây là báo cáo kết quả kiểm tra ${subject} năm ${c.year} của ${h.issuer.sentence}${superior ? `, kính báo cáo ${superior}` : ''}./.`, true)],
    chu_ky: [{
      kind: 'signatures', widths: [39, 61],
      rows: [{ left: recipientsCell(recipients), right: fitLines({ kind: 'signer', ...signerBlock(signer) }, 30) }],
    }],
  };
  if (!blocks.ket_qua_linh_vuc.length) warnings.push('Các cuộc kiểm tra của đợt chưa ghi ưu điểm, tồn tại nào.');
  const model: CampaignDocModel = {
    kind: 'report', number: opts.number, issuedDate: opts.issuedDate, draft: opts.number === null,
    symbol: h.symbol, numberText: h.numberText, year: c.year, title, author: h.issuer.sentence,
    text: {
      co_quan_chu_quan: h.issuer.superior,
      co_quan_ban_hanh: h.issuer.body,
      so_ky_hieu: `Số: ${h.numberText}`,
      dia_danh_ngay: h.dateLine,
      trich_yeu: title,
      nam: String(c.year),
    },
    blocks, charts, warnings: [...new Set(warnings)], missing,
  };
  return nfcDeep(model);
}

/** Every string NFC, names joined by a hyphen rather than a dash (as the inspection documents). */
export function nfcDeep<T>(v: T): T {
  if (typeof v === 'string') return hyphenate(v.normalize('NFC')) as T;
  if (Array.isArray(v)) return v.map(nfcDeep) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfcDeep(x)])) as T;
  return v;
}


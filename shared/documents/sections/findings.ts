// Results by area, general remarks, strengths and shortcomings, causes and the figures
// (docs/documents.md §2 items 4-5, §3 item 3).
import type { Figure, Finding, Indicator } from '../../records';
import { figureText } from '../../figures';
import { foldKey } from '../../vi/text';
import type { Block } from '../model-types';
import { lowerFirst, pointLetter, stripEnd } from '../wording';
import { type Ctx, dashLines, findingsOf, h2, knownArea, labelled, para } from './context';

interface FigureTree { ind: Indicator; fig: Figure | undefined; children: FigureTree[] }

/** "không có hồ sơ giải quyết trễ hạn" for a count of zero; null otherwise. */
function zeroText(t: FigureTree): string | null {
  if (t.ind.kind !== 'count' || t.fig?.value !== 0) return null;
  const name = lowerFirst(stripEnd(t.ind.name));
  const unit = t.ind.unit.trim();
  return `không có ${unit && !foldKey(name).startsWith(foldKey(unit)) ? `${unit} ` : ''}${name}`;
}

/** Figures as sentences, parts under their total: "Hồ sơ TTHC tiếp nhận: 25.718 hồ sơ, trong đó giải quyết trước hạn 7.139 hồ sơ; …". */
export function figureLines(c: Ctx, areaId: string | null): string[] {
  const { indicators } = c.input.campaign;
  const byInd = new Map(c.i.figures.filter((f) => f.value !== null).map((f) => [f.indicatorId, f]));
  const tree = (ind: Indicator): FigureTree => ({
    ind, fig: byInd.get(ind.id), children: indicators.filter((x) => x.parentId === ind.id).map(tree),
  });
  const has = (t: FigureTree): boolean => Boolean(t.fig) || t.children.some(has);
  // Parts with no figure of their own are skipped; their parts are listed in their place.
  const flat = (ts: FigureTree[]): FigureTree[] => ts.flatMap((t) => (t.fig ? [t] : flat(t.children))).filter(has);
  const say = (t: FigureTree, lower: boolean): string => {
    const parts = flat(t.children);
    // A zero reads as Vietnamese writes it: "không có hồ sơ giải quyết trễ hạn", not "trễ hạn 0 hồ sơ".
    const zero = zeroText(t);
    const head = zero ?? (lower ? `${lowerFirst(t.ind.name)} ${figureText(t.ind, t.fig!)}` : `${t.ind.name}: ${figureText(t.ind, t.fig!)}`);
    return parts.length ? `${head}, trong đó ${parts.map((p) => say(p, true)).join('; ')}` : head;
  };
  const area = knownArea(c);
  const roots = indicators.filter((ind) => !ind.parentId && area(ind.areaId) === areaId);
  return flat(roots.map(tree)).map((t) => say(t, false));
}

/** III. KẾT QUẢ KIỂM TRA: per area, "a) Kết quả đạt được", "b) Tồn tại, hạn chế", with the figures. */
export function resultsByArea(c: Ctx): Block[] {
  const sections: [string, Block[]][] = [];
  const area = knownArea(c);
  let n = 0;
  for (const a of c.input.campaign.areas) {
    const id = a.id;
    const strengths = c.i.findings.filter((f) => f.kind === 'strength' && area(f.areaId) === id && f.text.trim()).map((f) => f.text.trim());
    const figures = figureLines(c, id);
    const shortcomings = c.i.findings.filter((f) => f.kind === 'shortcoming' && area(f.areaId) === id && f.text.trim()).map((f) => f.text.trim());
    if (!strengths.length && !figures.length && !shortcomings.length) continue;
    const points: [string, string[]][] = [];
    if (strengths.length || figures.length) points.push(['Kết quả đạt được', [...strengths, ...figures]]);
    if (shortcomings.length) points.push(['Tồn tại, hạn chế', shortcomings]);
    sections.push([stripEnd(a.name), lettered(points)]);
  }
  const other = figureLines(c, null);
  if (other.length) sections.push(['Số liệu khác', dashLines(other)]);
  // "1." only when there is a "2.".
  return sections.flatMap(([name, body]) => [h2(sections.length > 1 ? `${++n}. ${name}` : name), ...body]);
}

/** Labelled points, lettered a), b)… only when there are several. */
function lettered(points: [string, string[]][]): Block[] {
  return points.flatMap(([label, items], k) => labelled(points.length > 1 ? `${pointLetter(k)}) ${label}` : label, items));
}

/** IV. NHẬN XÉT CHUNG (minutes): findings not tied to one area, and the causes. */
export function generalBlocks(c: Ctx): Block[] {
  const area = knownArea(c);
  const general = (kind: Finding['kind']) =>
    c.i.findings.filter((f) => f.kind === kind && f.text.trim() && (kind === 'cause' || area(f.areaId) === null)).map((f) => f.text.trim());
  const groups: [string, string[]][] = ([
    ['Ưu điểm', general('strength')], ['Tồn tại, hạn chế', general('shortcoming')], ['Nguyên nhân', general('cause')],
  ] as [string, string[]][]).filter(([, xs]) => xs.length);
  if (groups.length === 1) {
    // One kind only: no lettered point; a label only where the text does not already start with it.
    const [label, xs] = groups[0];
    const said = xs.every((t) => foldKey(t).startsWith(foldKey(label)));
    return label === 'Ưu điểm' || said ? xs.map((t) => para(`${stripEnd(t)}.`)) : labelled(label, xs);
  }
  return groups.flatMap(([label, xs], k) => labelled(`${pointLetter(k)}) ${label}`, xs));
}

/** The conclusion's "1. Ưu điểm" / "2. Tồn tại, hạn chế": general lines first, then a point per area. */
export function findingsAllAreas(c: Ctx, kind: 'strength' | 'shortcoming'): Block[] {
  const area = knownArea(c);
  const out: Block[] = [];
  const general = c.i.findings.filter((f) => f.kind === kind && f.text.trim() && area(f.areaId) === null).map((f) => f.text.trim());
  out.push(...general.map((t) => para(`${stripEnd(t)}.`)));
  const points: [string, string[]][] = [];
  for (const a of c.input.campaign.areas) {
    const items = [
      ...c.i.findings.filter((f) => f.kind === kind && area(f.areaId) === a.id && f.text.trim()).map((f) => f.text.trim()),
      ...(kind === 'strength' ? figureLines(c, a.id) : []),
    ];
    if (items.length) points.push([stripEnd(a.name), items]);
  }
  if (kind === 'strength') {
    const other = figureLines(c, null);
    if (other.length) points.push(['Số liệu khác', other]);
  }
  out.push(...lettered(points));
  return out;
}

export function causeBlocks(c: Ctx): Block[] {
  const causes = findingsOf(c, 'cause', undefined);
  if (causes.length === 1) return [para(`${stripEnd(causes[0])}.`)];
  return dashLines(causes);
}

/** All figures as a table (field so_lieu): STT | Chỉ tiêu | Số liệu | Ghi chú. */
export function figureTable(c: Ctx): Block[] {
  const inds = new Map(c.input.campaign.indicators.map((i) => [i.id, i]));
  const rows = c.i.figures
    .filter((f) => f.value !== null && inds.has(f.indicatorId))
    .map((f, k) => [String(k + 1), inds.get(f.indicatorId)!.name, figureText(inds.get(f.indicatorId)!, f), f.note.trim()]);
  if (!rows.length) return [];
  return [{ kind: 'table', columns: ['STT', 'Chỉ tiêu', 'Số liệu', 'Ghi chú'], widths: [8, 44, 26, 22], rows, center: [0] }];
}

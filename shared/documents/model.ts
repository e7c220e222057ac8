// The document model: every formatting decision for a biên bản (minutes) or a thông báo kết luận
// (conclusion notice), made from the records by a pure function (no Node, no DOM). The generator
// only places what is here into a Word template; the register compares fingerprints to see whether
// the records changed since a document was issued.
//
// Wording follows docs/documents.md §2 (biên bản) and §3 (thông báo kết luận); numbers, dates and
// citations are written the Vietnamese way (shared/vi). Nothing here knows a province, a level of
// government or a department: names, titles and symbols come from the records and the settings.
import type {
  Campaign, ConclusionIssuer, DocRef, Figure, Finding, Indicator, Inspection, IssuerSettings, Recommendation, Team,
  TeamMember, Unit,
} from '../records';
import { ROLE_LABELS } from '../defaults';
import { figureText } from '../figures';
import { formatCitationDate, formatDocumentDate } from '../vi/dates';
import { pad2 } from '../vi/numbers';
import { foldKey, upperVi } from '../vi/text';
import { DOC_TYPE_CODES, type DocType } from './fields';
import { documentSymbol } from './numbering';
import { defaultConclusionRecipients, recipientLines } from './recipients';
import {
  applyOverride, deriveConclusionSigner, deriveTeamSigner, deriveUnitSigner, leaderPost, signerBlock, teamLeader, teamSecretary,
} from './signers';

/** Everything the model needs, read from the records by electron/core/documents/context.ts. */
export interface ModelInput {
  inspection: Inspection;
  campaign: Campaign;
  team: Team | null;
  unit: Unit | null;
  /** The unit's parents, nearest first (UBND huyện → UBND tỉnh). */
  unitParents: Unit[];
  /** Units named by the inspection's sub-units, by id. */
  units: Record<string, Unit>;
  settings: IssuerSettings | null;
}

export interface BuildOptions { number: number | null; issuedDate: string | null }

/** A run of text inside a generated paragraph. */
export interface Inline { text: string; bold?: boolean; italic?: boolean }

/**
 * Generated content, in the NĐ 30 style: headings of a mục ("I. THÀNH PHẦN", bold upper) or a khoản
 * ("1. Đoàn kiểm tra", bold), body paragraphs (justified, first-line indent), tables and signatures.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; runs: Inline[]; /** kept on the page of what follows (a closing formula and the signatures) */ keepNext?: boolean }
  | {
    kind: 'table'; columns: string[]; /** relative widths */ widths: number[]; rows: string[][]; /** centred columns */ center: number[];
    /** columns set flush left rather than justified (short notes in a narrow column) */ left?: number[];
  }
  | { kind: 'signatures'; /** relative widths of the two columns */ widths: [number, number]; rows: SignatureRow[] }
  | { kind: 'recipients'; label: string; lines: string[] };

/** One row of a signature table: a column on the left (a signer or Nơi nhận) and one on the right. */
export interface SignatureRow { left: SignatureCell | null; right: SignatureCell | null }
export type SignatureCell =
  | { kind: 'signer'; /** upper-case lines above the signature: authority, title */ lines: string[]; name: string }
  | { kind: 'recipients'; label: string; lines: string[] };

export interface DocumentModel {
  type: DocType;
  number: number | null;
  issuedDate: string | null;
  /** "BB-ĐKT", "TB-SNV" */
  symbol: string;
  /** "05/BB-ĐKT"; ".../BB-ĐKT" for a draft with no number */
  numberText: string;
  year: number;
  /** One-line trích yếu, e.g. for a file name: "Kiểm tra công tác cải cách hành chính năm 2022 tại UBND huyện Mường Chà". */
  title: string;
  unitName: string;
  /** Values of the text fields, by key; "\n" is a line break. */
  text: Record<string, string>;
  /** Values of the block fields, by key; an empty list removes the field's paragraph. */
  blocks: Record<string, Block[]>;
  /** What is missing in the records and shows as dots to fill in by hand (Vietnamese). */
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Small wording helpers

const DOTS = '...';
const BLANK_DATE = 'ngày ... tháng ... năm ...';

/** "Kiểm tra công tác…" → "kiểm tra công tác…"; keeps acronyms and names ("UBND…", "Điện Biên…"). */
export function lowerFirst(s: string): string {
  const t = s.trim();
  if (t.length < 2) return t.toLocaleLowerCase('vi');
  const [a, b] = [t[0], t[1]];
  const isUpper = (c: string) => c !== c.toLocaleLowerCase('vi');
  return isUpper(a) && !isUpper(b) && !isProperStart(t) ? a.toLocaleLowerCase('vi') + t.slice(1) : t;
}
const PROPER_WORDS = ['ủy ban', 'uỷ ban', 'sở ', 'bộ ', 'ban ', 'hội đồng', 'văn phòng', 'đoàn ', 'phòng ', 'trung tâm', 'chủ tịch', 'thủ tướng', 'chính phủ', 'quốc hội'];
function isProperStart(t: string): boolean {
  const l = t.toLocaleLowerCase('vi');
  return PROPER_WORDS.some((w) => l.startsWith(w)) && /^\S+\s+\p{Lu}/u.test(t);
}
export const upperFirst = (s: string): string => (s ? s[0].toLocaleUpperCase('vi') + s.slice(1) : s);
/** Text without its final punctuation, to be followed by ";" or ".". */
export const stripEnd = (s: string): string => s.trim().replace(/[\s.;,:]+$/u, '');

/** "08:00" → "08 giờ 00 phút"; no time → dots to fill in by hand. */
export function timeText(t: string | null): string {
  if (!t) return '... giờ ... phút';
  const [h, m] = t.split(':');
  return `${h.padStart(2, '0')} giờ ${m} phút`;
}

/**
 * A date inside the text: "09/6/2022", "18/01/2022". Days below 10 and the months 1 and 2 take a
 * leading zero, as in the date line (NĐ 30), which is how official texts cite "ngày 20/01/2025".
 */
export function citeDate(iso: string): string {
  return formatCitationDate(iso);
}

/** "Kế hoạch số 1703/KH-UBND ngày 09/6/2022 của UBND tỉnh Điện Biên" */
export function citation(kind: string, ref: DocRef): string {
  if (!ref.number.trim()) return '';
  const date = ref.date ? ` ngày ${citeDate(ref.date)}` : '';
  const issuer = ref.issuer.trim() ? ` của ${ref.issuer.trim()}` : '';
  return `${kind} số ${ref.number.trim()}${date}${issuer}`;
}

/** "từ ngày 03/10/2022 đến ngày 06/10/2022", or "ngày 12/8/2019" for one day. */
export function periodText(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  if (!from || !to || from === to) return `ngày ${citeDate((from ?? to)!)}`;
  return `từ ngày ${citeDate(from)} đến ngày ${citeDate(to)}`;
}

/** "Số: 05/BB-ĐKT"; below 10 with a leading zero; "..." for a draft. */
export function numberText(n: number | null, symbol: string): string {
  return `${n === null ? DOTS : pad2(n)}/${symbol}`;
}

/** Official symbols are the initials of the body: "SỞ NỘI VỤ" → "SNV". */
export function initials(upper: string): string {
  return upper.split(/[\s\-–]+/).filter(Boolean).map((w) => w[0]).join('').toLocaleUpperCase('vi');
}

/**
 * Breaks a long upper-case header name into two balanced lines ("ĐOÀN KIỂM TRA CÔNG TÁC\nCẢI CÁCH
 * HÀNH CHÍNH"), as the official templates do, rather than leaving Word to wrap after one word.
 */
export function balanceLines(s: string, max = 26): string {
  const words = s.trim().split(/\s+/);
  if (s.length <= max || words.length < 2 || s.includes('\n')) return s.trim();
  let best = s.trim();
  let bestScore = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    // Prefer the first line a little longer (a pyramid), never one word alone.
    const score = Math.max(a.length, b.length) + (a.length < b.length ? 1 : 0) + (i === 1 || i === words.length - 1 ? 8 : 0);
    if (score < bestScore) [bestScore, best] = [score, `${a}\n${b}`];
  }
  return best;
}

/** The name of a body as written in sentences, found in the records ("SỞ NỘI VỤ" → "Sở Nội vụ"). */
export function sentenceName(upper: string, sources: string[]): string {
  const key = foldKey(upper).trim();
  if (!key) return '';
  for (const src of sources) {
    const k = foldKey(src);
    const at = k.indexOf(key);
    // foldKey keeps one character per character of NFC text, so the offsets carry over.
    if (at >= 0 && src.length === k.length) return src.slice(at, at + key.length);
  }
  const lower = upper.toLocaleLowerCase('vi');
  return lower[0].toLocaleUpperCase('vi') + lower.slice(1);
}

const person = (honorific: string, name: string) => `${honorific || 'Đồng chí'} ${name.trim()}`;
/** ", Sở Nội vụ tỉnh Điện Biên" unless the title already names the agency. */
function agencySuffix(title: string, agency: string): string {
  const a = agency.trim();
  if (!a) return '';
  const head = foldKey(a.split(/\s+/).slice(0, 2).join(' '));
  return foldKey(title).includes(head) ? '' : `, ${a}`;
}

/** List lines "- …;" with the last one ending "." */
function dashLines(items: string[]): Block[] {
  return items.map((t, k) => para(`- ${stripEnd(t)}${k === items.length - 1 ? '.' : ';'}`));
}
const para = (text: string, keepNext?: boolean): Block => ({ kind: 'paragraph', runs: [{ text }], ...(keepNext ? { keepNext } : {}) });
const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
/** Points are lettered in Vietnamese order: a, b, c, d, đ, e, g… */
export const pointLetter = (k: number): string => LETTERS[k] ?? `${LETTERS[k % LETTERS.length]}${Math.floor(k / LETTERS.length) + 1}`;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const roman = (n: number): string => ROMAN[n - 1] ?? String(n);

// ---------------------------------------------------------------------------------------------
// Who issues what

interface Issuer {
  /** Cơ quan chủ quản, upper case ('' when none). */
  superior: string;
  /** Tên cơ quan ban hành, upper case. */
  body: string;
  symbol: string;
  /** The issuer as named in sentences ("Sở Nội vụ", "Đoàn kiểm tra", "Văn phòng UBND tỉnh"). */
  sentence: string;
}

interface Ctx {
  input: ModelInput;
  s: IssuerSettings;
  i: Inspection;
  unitName: string;
  subject: string;
  year: number;
  leader: TeamMember | null;
  meetingDay: string | null;
  warnings: string[];
  /** Text that may hold the sentence-case spelling of upper-case names. */
  sources: string[];
}

const EMPTY_SETTINGS: IssuerSettings = {
  province: '', superiorBody: '', issuingBody: '', teamBodyName: '', placeName: '', teamSymbol: '', issuerSymbol: '',
};
const DEFAULT_TEAM_BODY = 'ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH';
const DEFAULT_TEAM_SYMBOL = 'ĐKT';

function teamIssuer(c: Ctx): Issuer {
  return {
    superior: upperVi(c.s.superiorBody.trim()),
    body: upperVi(c.s.teamBodyName.trim() || DEFAULT_TEAM_BODY),
    symbol: upperVi(c.s.teamSymbol.trim() || DEFAULT_TEAM_SYMBOL),
    sentence: 'Đoàn kiểm tra',
  };
}

function conclusionIssuer(c: Ctx, kind: ConclusionIssuer): Issuer {
  if (kind === 'team') return teamIssuer(c);
  if (kind === 'office') {
    const sup = c.s.superiorBody.trim();
    const province = c.s.province.trim();
    const superior = foldKey(sup).startsWith('ubnd') || !province
      ? upperVi(sup)
      : upperVi(/^(thành phố|tp\.?)\s/i.test(province) ? `UBND ${province}` : `UBND tỉnh ${province}`);
    const short = foldKey(superior).startsWith('ubnd tinh') ? 'UBND tỉnh' : sentenceName(superior, c.sources);
    return { superior, body: 'VĂN PHÒNG', symbol: 'VP', sentence: `Văn phòng ${short}` };
  }
  const body = upperVi(c.s.issuingBody.trim());
  if (!body) c.warnings.push('Chưa khai báo tên cơ quan ban hành thông báo kết luận (Cài đặt).');
  return {
    superior: upperVi(c.s.superiorBody.trim()),
    body: body || DOTS,
    symbol: upperVi(c.s.issuerSymbol.trim() || initials(body) || DOTS),
    sentence: body ? sentenceName(body, c.sources) : 'Cơ quan ban hành',
  };
}

/** "công tác cải cách hành chính", or the subject of a campaign in another field ("công tác văn thư, lưu trữ"). */
function subjectOf(campaign: Campaign): string {
  const m = /^kiểm tra (công tác .+?) năm \d{4}$/iu.exec(campaign.title.trim());
  if (m && !foldKey(m[1]).includes('cai cach hanh chinh')) return lowerFirst(m[1]);
  return 'công tác cải cách hành chính';
}

// ---------------------------------------------------------------------------------------------
// Blocks

function openingBlocks(c: Ctx, type: DocType, issuer: Issuer): Block[] {
  const { campaign } = c.input;
  const i = c.i;
  const plan = citation('Kế hoạch', campaign.plan);
  const decision = citation('Quyết định', campaign.decision);
  const teamName = c.input.team ? `Đoàn kiểm tra số ${c.input.team.number}` : 'Đoàn kiểm tra';
  const basis: string[] = [];
  if (plan) basis.push(campaign.plan.summary.trim() ? `${plan} về ${lowerFirst(stripEnd(campaign.plan.summary))}` : plan);
  if (decision) {
    const about = campaign.decision.summary.trim()
      ? lowerFirst(stripEnd(campaign.decision.summary)).replace(/^về\s+/u, '')
      : `việc thành lập Đoàn kiểm tra ${c.subject} năm ${c.year}`;
    basis.push(`${decision} về ${about}`);
  }
  if (!plan && !decision) c.warnings.push('Chưa có số Kế hoạch kiểm tra và Quyết định thành lập Đoàn: đoạn căn cứ được bỏ qua.');
  const out: Block[] = [];
  const period = periodText(i.dateFrom, i.dateTo);
  if (type === 'minutes') {
    if (basis.length) out.push(para(`Thực hiện ${basis.join('; ')}.`));
    const place = i.place.trim() || c.unitName;
    const day = c.meetingDay ? formatDocumentDate(c.meetingDay) : BLANK_DATE;
    const at = `vào lúc ${timeText(i.startTime)}, ${day}, tại ${place}`;
    const multiDay = i.dateFrom && c.meetingDay && i.dateFrom < c.meetingDay;
    if (multiDay) {
      out.push(para(`${upperFirst(period)}, ${teamName} đã tiến hành kiểm tra ${c.subject} năm ${c.year} tại ${c.unitName}.`));
      out.push(para(`Hôm nay, ${at}, Đoàn kiểm tra làm việc với ${c.unitName} về kết quả kiểm tra, cụ thể như sau:`));
    } else {
      out.push(para(`Hôm nay, ${at}, ${teamName} tiến hành kiểm tra ${c.subject} năm ${c.year} tại ${c.unitName}, cụ thể như sau:`));
    }
    const chairs = i.attendees.filter((a) => a.isChair && a.fullName.trim());
    if (chairs.length) {
      const names = chairs.map((a) => `${person(a.honorific, a.fullName).replace(/^Đồng chí/u, 'đồng chí')}, ${stripEnd(a.title)}`);
      const verb = i.chairNote.trim() || (chairs.length > 1 ? 'đồng chủ trì' : 'chủ trì');
      out.push(para(`Buổi làm việc do ${names.join(' và ')} ${verb}.`));
    }
    if (!i.startTime) c.warnings.push('Chưa ghi giờ bắt đầu buổi làm việc.');
    if (!c.meetingDay) c.warnings.push('Chưa ghi ngày làm việc.');
  } else {
    const when = period ? `, ${period}` : '';
    const lead = basis.length ? `Thực hiện ${basis.join('; ')}${when}, ` : `${upperFirst(period ? `${period}, ` : '')}`;
    out.push(para(`${lead}${teamName} đã tiến hành kiểm tra ${c.subject} năm ${c.year} tại ${c.unitName}.`.replace(/^./u, (x) => x.toLocaleUpperCase('vi'))));
    out.push(para(`Trên cơ sở báo cáo của đơn vị và kết quả kiểm tra thực tế, ${issuer.sentence} thông báo kết luận như sau:`));
  }
  return out;
}

function memberLine(m: TeamMember): string {
  const title = m.title.trim();
  const role = m.role === 'member' ? 'thành viên' : ROLE_LABELS[m.role];
  return [person(m.honorific, m.fullName) + (title ? `, ${stripEnd(title)}` : '') + agencySuffix(title, m.agency), role].join(', ');
}

function attendeeLine(a: Inspection['attendees'][number]): string {
  const title = stripEnd(a.title);
  if (!a.fullName.trim()) return title + agencySuffix(title, a.agency);
  return person(a.honorific, a.fullName) + (title ? `, ${title}` : '') + agencySuffix(title, a.agency);
}

function participantsBlocks(c: Ctx): Block[] {
  const i = c.i;
  const out: Block[] = [];
  const order = { leader: 0, deputy: 1, member: 2, secretary: 3 } as const;
  const members = [...(c.input.team?.members ?? [])].filter((m) => m.fullName.trim()).sort((a, b) => order[a.role] - order[b.role]);
  const known = new Set(members.map((m) => foldKey(m.fullName)));
  const teamLines = [
    ...members.map(memberLine),
    // Attendees of the team who are not members (or a group such as "các thành viên Đoàn kiểm tra").
    ...i.attendees.filter((a) => a.side === 'team' && (!a.fullName.trim() || !known.has(foldKey(a.fullName)))).map(attendeeLine),
  ].filter(Boolean);
  const unitLines = i.attendees.filter((a) => a.side === 'unit').map(attendeeLine).filter(Boolean);
  const guestLines = i.attendees.filter((a) => a.side === 'guest').map(attendeeLine).filter(Boolean);
  const fill = '- ' + '.'.repeat(60);
  out.push(h2('1. Đoàn kiểm tra'));
  if (teamLines.length) out.push(...dashLines(teamLines));
  else { out.push(para(fill)); c.warnings.push('Chưa có thành phần Đoàn kiểm tra.'); }
  out.push(h2(`2. Đơn vị được kiểm tra: ${c.unitName}`));
  if (unitLines.length) out.push(...dashLines(unitLines));
  else { out.push(para(fill)); c.warnings.push('Chưa có thành phần của đơn vị được kiểm tra.'); }
  if (guestLines.length) {
    out.push(h2('3. Khách mời'));
    out.push(...dashLines(guestLines));
  }
  return out;
}

function subUnitBlocks(c: Ctx): Block[] {
  const subs = c.i.subUnits
    .map((s) => ({ name: (s.name.trim() || (s.unitId ? c.input.units[s.unitId]?.name : '') || '').trim(), note: s.note.trim() }))
    .filter((s) => s.name);
  if (!subs.length) return [];
  return [
    para(subs.length === 1 ? 'Đoàn kiểm tra đã kiểm tra tại:' : `Đoàn kiểm tra đã kiểm tra tại ${pad2(subs.length)} đơn vị:`),
    ...dashLines(subs.map((s) => (s.note ? `${s.name}: ${lowerFirst(stripEnd(s.note))}` : s.name))),
  ];
}

interface FigureTree { ind: Indicator; fig: Figure | undefined; children: FigureTree[] }

/** Figures as sentences, parts under their total: "Hồ sơ TTHC tiếp nhận: 25.718 hồ sơ, trong đó giải quyết trước hạn 7.139 hồ sơ; …". */
function figureLines(c: Ctx, areaId: string | null): string[] {
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
    const head = lower ? `${lowerFirst(t.ind.name)} ${figureText(t.ind, t.fig!)}` : `${t.ind.name}: ${figureText(t.ind, t.fig!)}`;
    return parts.length ? `${head}, trong đó ${parts.map((p) => say(p, true)).join('; ')}` : head;
  };
  const area = knownArea(c);
  const roots = indicators.filter((ind) => !ind.parentId && area(ind.areaId) === areaId);
  return flat(roots.map(tree)).map((t) => say(t, false));
}

const findingsOf = (c: Ctx, kind: Finding['kind'], areaId: string | null | undefined) =>
  c.i.findings.filter((f) => f.kind === kind && f.text.trim() && (areaId === undefined || f.areaId === areaId)).map((f) => f.text.trim());

const knownArea = (c: Ctx) => {
  const ids = new Set(c.input.campaign.areas.map((a) => a.id));
  return (id: string | null) => (id !== null && ids.has(id) ? id : null);
};

/** Lines under a label: one finding goes on the label's line, several go below it as "- …". */
function labelled(label: string, items: string[]): Block[] {
  if (items.length === 1) return [para(`${label}: ${stripEnd(items[0])}.`)];
  return [para(`${label}:`), ...dashLines(items)];
}

/** III. KẾT QUẢ KIỂM TRA: per area, "a) Kết quả đạt được", "b) Tồn tại, hạn chế", with the figures. */
function resultsByArea(c: Ctx): Block[] {
  const out: Block[] = [];
  const area = knownArea(c);
  let n = 0;
  for (const a of c.input.campaign.areas) {
    const id = a.id;
    const strengths = c.i.findings.filter((f) => f.kind === 'strength' && area(f.areaId) === id && f.text.trim()).map((f) => f.text.trim());
    const figures = figureLines(c, id);
    const shortcomings = c.i.findings.filter((f) => f.kind === 'shortcoming' && area(f.areaId) === id && f.text.trim()).map((f) => f.text.trim());
    if (!strengths.length && !figures.length && !shortcomings.length) continue;
    out.push(h2(`${++n}. ${stripEnd(a.name)}`));
    let k = 0;
    if (strengths.length || figures.length) out.push(...labelled(`${pointLetter(k++)}) Kết quả đạt được`, [...strengths, ...figures]));
    if (shortcomings.length) out.push(...labelled(`${pointLetter(k++)}) Tồn tại, hạn chế`, shortcomings));
  }
  const other = figureLines(c, null);
  if (other.length) {
    out.push(h2(`${++n}. Số liệu khác`));
    out.push(...dashLines(other));
  }
  return out;
}

/** IV. NHẬN XÉT CHUNG (minutes): findings not tied to one area, and the causes. */
function generalBlocks(c: Ctx): Block[] {
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
function findingsAllAreas(c: Ctx, kind: 'strength' | 'shortcoming'): Block[] {
  const area = knownArea(c);
  const out: Block[] = [];
  const general = c.i.findings.filter((f) => f.kind === kind && f.text.trim() && area(f.areaId) === null).map((f) => f.text.trim());
  out.push(...general.map((t) => para(`${stripEnd(t)}.`)));
  let k = 0;
  for (const a of c.input.campaign.areas) {
    const items = [
      ...c.i.findings.filter((f) => f.kind === kind && area(f.areaId) === a.id && f.text.trim()).map((f) => f.text.trim()),
      ...(kind === 'strength' ? figureLines(c, a.id) : []),
    ];
    if (items.length) out.push(...labelled(`${pointLetter(k++)}) ${stripEnd(a.name)}`, items));
  }
  if (kind === 'strength') {
    const other = figureLines(c, null);
    if (other.length) out.push(...labelled(`${pointLetter(k++)}) Số liệu khác`, other));
  }
  return out;
}

function causeBlocks(c: Ctx): Block[] {
  const causes = findingsOf(c, 'cause', undefined);
  if (causes.length === 1) return [para(`${stripEnd(causes[0])}.`)];
  return dashLines(causes);
}

/** "hoàn thành trước ngày 31/12/2022", or the free wording ("khắc phục ngay"). */
export function deadlineText(r: Recommendation): string {
  if (r.remedyDeadline) return `hoàn thành trước ngày ${citeDate(r.remedyDeadline)}`;
  return r.remedyDeadlineNote.trim();
}

function recommendations(c: Ctx): Recommendation[] {
  return c.i.recommendations.filter((r) => r.content.trim());
}

/** A recommendation addressed to someone other than the inspected unit says so. */
function otherUnit(c: Ctx, r: Recommendation): string {
  const u = r.responsibleUnit.trim();
  return u && foldKey(u) !== foldKey(c.unitName) ? u : '';
}

function recommendationSentence(c: Ctx, r: Recommendation): string {
  const who = otherUnit(c, r);
  const deadline = deadlineText(r);
  return `${stripEnd(r.content)}${who ? ` (${who} thực hiện)` : ''}${deadline ? `, ${deadline}` : ''}`;
}

function recommendationList(c: Ctx, type: DocType): Block[] {
  const recs = recommendations(c);
  if (!recs.length) return [];
  const lines = recs.map((r, k) => `${stripEnd(recommendationSentence(c, r))}${k === recs.length - 1 ? '.' : ';'}`);
  if (type === 'minutes') return [para(`Đề nghị ${c.unitName}:`), ...lines.map((l, k) => para(`${k + 1}. ${l}`))];
  return lines.map((l, k) => para(`${pointLetter(k)}) ${l}`));
}

function recommendationTable(c: Ctx, type: DocType): Block[] {
  const recs = recommendations(c);
  if (!recs.length) return [];
  const deadlines = recs.map((r) => (r.remedyDeadline ? `Trước ngày ${citeDate(r.remedyDeadline)}` : upperFirst(r.remedyDeadlineNote.trim())));
  // A column of empty cells reads as if the deadlines were forgotten on paper: without any, leave it out.
  const withDeadline = deadlines.some(Boolean);
  const rows = recs.map((r, k) => [
    String(k + 1), `${stripEnd(r.content)}.`, r.responsibleUnit.trim() || c.unitName, ...(withDeadline ? [deadlines[k]] : []),
  ]);
  const lead = type === 'minutes' ? [para(`Đề nghị ${c.unitName} thực hiện các nội dung sau:`)] : [];
  const table: Block = withDeadline
    ? { kind: 'table', columns: ['STT', 'Nội dung kiến nghị', 'Đơn vị thực hiện', 'Thời hạn'], widths: [8, 54, 22, 16], rows, center: [0, 2, 3] }
    : { kind: 'table', columns: ['STT', 'Nội dung kiến nghị', 'Đơn vị thực hiện'], widths: [8, 66, 26], rows, center: [0, 2] };
  return [...lead, table];
}

function reportBack(c: Ctx, issuer: Issuer): Block[] {
  const recs = recommendations(c);
  if (!recs.length) return [];
  const to = recs.map((r) => r.reportTo.trim()).find(Boolean) || (issuer.sentence === 'Cơ quan ban hành' ? 'Đoàn kiểm tra' : issuer.sentence);
  const dates = recs.map((r) => r.reportDeadline).filter((d): d is string => Boolean(d)).sort();
  const by = dates.length ? `trước ngày ${citeDate(dates[dates.length - 1])}` : 'trước ngày .../.../...';
  if (!dates.length) c.warnings.push('Chưa có hạn báo cáo kết quả khắc phục.');
  const noDeadline = recs.flatMap((r, k) => (deadlineText(r) ? [] : [k + 1]));
  if (noDeadline.length) c.warnings.push(`Kiến nghị số ${noDeadline.join(', ')} chưa có thời hạn khắc phục.`);
  return [para(`${c.unitName} báo cáo kết quả khắc phục các tồn tại, hạn chế nêu trên bằng văn bản về ${stripEnd(to)} ${by} để tổng hợp, theo dõi.`)];
}

function unitOpinionBlocks(c: Ctx): Block[] {
  return c.i.unitOpinion.split(/\n+/).map((l) => l.trim()).filter(Boolean).map((l) => para(/[.!?:;…]$/u.test(l) ? l : `${l}.`));
}

function unitProposalBlocks(c: Ctx): Block[] {
  const props = c.i.unitProposals.filter((p) => p.content.trim());
  if (!props.length) return [];
  const line = (p: (typeof props)[number]) => {
    const to = p.addressedTo.trim().replace(/\s*;\s*/g, ', ');
    return to ? `Đề nghị ${to} ${lowerFirst(stripEnd(p.content))}` : stripEnd(p.content);
  };
  return [para(`${c.unitName} có kiến nghị, đề xuất như sau:`), ...dashLines(props.map(line))];
}

function closingBlocks(c: Ctx, type: DocType): Block[] {
  if (type === 'conclusion') {
    return [para(`Trên đây là Thông báo kết luận kiểm tra ${c.subject} năm ${c.year} tại ${c.unitName}; đề nghị ${c.unitName} nghiêm túc triển khai thực hiện./.`, true)];
  }
  if (!c.i.endTime) c.warnings.push('Chưa ghi giờ kết thúc buổi làm việc.');
  const copies = Math.max(1, c.i.docOptions.copies);
  const split = copies === 1
    ? 'Biên bản được lập thành 01 bản, do Đoàn kiểm tra giữ./.'
    : `Biên bản được lập thành ${pad2(copies)} bản có giá trị như nhau: Đoàn kiểm tra giữ ${pad2(copies - 1)} bản, đơn vị được kiểm tra giữ 01 bản./.`;
  return [
    para(`Biên bản kết thúc vào lúc ${timeText(c.i.endTime)} cùng ngày, đã được đọc lại cho các thành viên tham dự cùng nghe, thống nhất nội dung và ký tên.`),
    para(split, true),
  ];
}

/** Signature lines that would wrap in their column are broken in two balanced lines (at 14 pt bold, about 0.3 cm a letter). */
function fitLines(cell: SignatureCell, maxChars: number): SignatureCell {
  if (cell.kind !== 'signer') return cell;
  return { ...cell, lines: cell.lines.flatMap((l) => balanceLines(l, maxChars).split('\n')) };
}

function recipientsCell(lines: string[]): SignatureCell {
  return { kind: 'recipients', label: 'Nơi nhận:', lines };
}

function signatureBlocks(c: Ctx, type: DocType): Block[] {
  const o = c.i.docOptions;
  const archive = o.archiveUnit.trim();
  if (type === 'conclusion') {
    const signer = applyOverride(deriveConclusionSigner(o.conclusionIssuer, c.input.team, c.s.issuingBody.trim()), o.conclusionSigner);
    if (!signer.name) c.warnings.push('Chưa có họ tên người ký thông báo kết luận.');
    const items = o.recipientsConclusion.length ? o.recipientsConclusion : defaultConclusionRecipients(c.unitName);
    const block = signerBlock(signer);
    return [{
      kind: 'signatures', widths: [39, 61],
      rows: [{ left: recipientsCell(recipientLines(items, archive || 'CCHC')), right: fitLines({ kind: 'signer', ...block }, 30) }],
    }];
  }
  const unitSigner = applyOverride(deriveUnitSigner(c.input.unit, c.i.attendees), o.minutesUnitSigner);
  const teamDerived = deriveTeamSigner(c.input.team);
  const teamSigner = applyOverride(teamDerived, o.minutesTeamSigner);
  const post = o.minutesTeamSigner.title.trim() ? '' : leaderPost(c.leader);
  const team = signerBlock(teamSigner);
  if (post) team.lines.push(upperVi(post));
  const secretary = teamSecretary(c.input.team);
  if (!unitSigner.name) c.warnings.push('Chưa có người ký biên bản của đơn vị được kiểm tra.');
  if (!teamSigner.name) c.warnings.push('Chưa có Trưởng đoàn kiểm tra.');
  if (!secretary) c.warnings.push('Chưa có Thư ký Đoàn kiểm tra.');
  const rows: SignatureRow[] = [{
    left: { kind: 'signer', ...signerBlock(unitSigner, ['ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA']) },
    right: { kind: 'signer', ...team },
  }];
  const minutesRecipients = o.recipientsMinutes.length ? recipientsCell(recipientLines(o.recipientsMinutes, archive || 'Hồ sơ')) : null;
  rows.push({ left: minutesRecipients, right: { kind: 'signer', lines: ['THƯ KÝ'], name: secretary?.fullName.trim() ?? '' } });
  return [{ kind: 'signatures', widths: [50, 50], rows: rows.map((r) => ({ left: r.left && fitLines(r.left, 24), right: r.right && fitLines(r.right, 24) })) }];
}

/**
 * Nơi nhận on its own (field noi_nhan), for a template that places it outside the signature table;
 * the generator then leaves it out of the signature table.
 */
function recipientsBlock(c: Ctx, type: DocType): Block[] {
  const o = c.i.docOptions;
  const archive = o.archiveUnit.trim();
  if (type === 'conclusion') {
    const items = o.recipientsConclusion.length ? o.recipientsConclusion : defaultConclusionRecipients(c.unitName);
    return [{ kind: 'recipients', label: 'Nơi nhận:', lines: recipientLines(items, archive || 'CCHC') }];
  }
  return o.recipientsMinutes.length ? [{ kind: 'recipients', label: 'Nơi nhận:', lines: recipientLines(o.recipientsMinutes, archive || 'Hồ sơ') }] : [];
}

/** All figures as a table (field so_lieu): STT | Chỉ tiêu | Số liệu | Ghi chú. */
function figureTable(c: Ctx): Block[] {
  const inds = new Map(c.input.campaign.indicators.map((i) => [i.id, i]));
  const rows = c.i.figures
    .filter((f) => f.value !== null && inds.has(f.indicatorId))
    .map((f, k) => [String(k + 1), inds.get(f.indicatorId)!.name, figureText(inds.get(f.indicatorId)!, f), f.note.trim()]);
  if (!rows.length) return [];
  return [{ kind: 'table', columns: ['STT', 'Chỉ tiêu', 'Số liệu', 'Ghi chú'], widths: [8, 44, 26, 22], rows, center: [0] }];
}

// ---------------------------------------------------------------------------------------------

export function buildModel(input: ModelInput, type: DocType, opts: BuildOptions): DocumentModel {
  const s = { ...EMPTY_SETTINGS, ...(input.settings ?? {}) };
  const i = input.inspection;
  const warnings: string[] = [];
  if (!input.settings) warnings.push('Chưa khai báo cơ quan ban hành (Cài đặt): phần đầu văn bản còn thiếu.');
  const unitName = input.unit?.name.trim() || DOTS;
  if (!input.unit) warnings.push('Chưa chọn đơn vị được kiểm tra.');
  const leader = teamLeader(input.team);
  const sources = [
    ...(input.team?.members ?? []).flatMap((m) => [m.title, m.agency]),
    ...i.attendees.flatMap((a) => [a.title, a.agency]),
    input.unit?.name ?? '', ...input.unitParents.map((u) => u.name),
    input.campaign.plan.issuer, input.campaign.decision.issuer,
  ];
  const c: Ctx = {
    input, s, i, unitName, subject: subjectOf(input.campaign), year: input.campaign.year, leader,
    meetingDay: i.meetingDate ?? i.dateTo ?? i.dateFrom, warnings, sources,
  };
  const issuer = type === 'minutes' ? teamIssuer(c) : conclusionIssuer(c, i.docOptions.conclusionIssuer);
  // A body is not its own cơ quan chủ quản (a UBND xã issuing in its own name has none above it here).
  if (foldKey(issuer.superior) === foldKey(issuer.body)) issuer.superior = '';
  // The register's rule for the symbol when the settings give one (shared/documents/numbering.ts), so
  // the number printed is the number registered; the model's own derivation otherwise (a draft).
  const registered = documentSymbol(type, input.settings, i.docOptions.conclusionIssuer);
  const symbol = registered.ok ? registered.symbol : `${DOC_TYPE_CODES[type]}-${issuer.symbol}`;
  const numText = numberText(opts.number, symbol);
  const place = s.placeName.trim() || s.province.trim() || DOTS;
  const dateForLine = opts.issuedDate ?? (type === 'minutes' ? c.meetingDay : null);
  const subjectLine = `${type === 'minutes' ? 'Kiểm tra' : 'Kết luận kiểm tra'} ${c.subject} năm ${c.year}`;
  const title = `${subjectLine} tại ${unitName}`;
  const plan = citation('Kế hoạch', input.campaign.plan);
  const decision = citation('Quyết định', input.campaign.decision);

  const text: Record<string, string> = {
    co_quan_chu_quan: balanceLines(issuer.superior),
    co_quan_ban_hanh: balanceLines(issuer.body),
    so_ky_hieu: `Số: ${numText}`,
    dia_danh_ngay: `${place}, ${dateForLine ? formatDocumentDate(dateForLine) : 'ngày ... tháng ... năm 20..'}`,
    trich_yeu: `${subjectLine}\ntại ${unitName}`,
    nam: String(c.year),
    ten_don_vi: unitName,
    ten_doan: input.team ? `Đoàn kiểm tra số ${input.team.number}` : 'Đoàn kiểm tra',
    thoi_gian_kiem_tra: periodText(i.dateFrom, i.dateTo),
    dia_diem: i.place.trim() || unitName,
    ke_hoach: plan,
    quyet_dinh: decision,
    gio_bat_dau: timeText(i.startTime),
    gio_ket_thuc: timeText(i.endTime),
    ngay_lap: c.meetingDay ? formatDocumentDate(c.meetingDay) : BLANK_DATE,
    so_ban: pad2(Math.max(1, i.docOptions.copies)),
  };
  const blocks: Record<string, Block[]> = {
    mo_dau: openingBlocks(c, type, issuer),
    thanh_phan: participantsBlocks(c),
    don_vi_truc_thuoc: subUnitBlocks(c),
    ket_qua: resultsByArea(c),
    nhan_xet_chung: generalBlocks(c),
    so_lieu: figureTable(c),
    uu_diem: findingsAllAreas(c, 'strength'),
    ton_tai: findingsAllAreas(c, 'shortcoming'),
    nguyen_nhan: causeBlocks(c),
    kien_nghi_bang: recommendationTable(c, type),
    kien_nghi_danh_sach: recommendationList(c, type),
    // Results are reported to whoever issues the conclusion, in the minutes too.
    bao_cao_ket_qua: reportBack(c, type === 'conclusion' ? issuer : conclusionIssuer({ ...c, warnings: [] }, i.docOptions.conclusionIssuer)),
    y_kien_don_vi: unitOpinionBlocks(c),
    de_xuat_don_vi: unitProposalBlocks(c),
    ket_thuc: closingBlocks(c, type),
    chu_ky: signatureBlocks(c, type),
    noi_nhan: recipientsBlock(c, type),
  };
  if (!recommendations(c).length) warnings.push('Chưa có kiến nghị của Đoàn kiểm tra.');
  const model: DocumentModel = {
    type, number: opts.number, issuedDate: opts.issuedDate, symbol, numberText: numText, year: c.year, title, unitName,
    text, blocks, warnings: [...new Set(warnings)],
  };
  return nfcDeep(model);
}

function nfcDeep<T>(v: T): T {
  if (typeof v === 'string') return v.normalize('NFC') as T;
  if (Array.isArray(v)) return v.map(nfcDeep) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfcDeep(x)])) as T;
  return v;
}

/** Keys whose values depend only on the number and the date of issue. */
const ISSUE_KEYS = new Set(['so_ky_hieu', 'dia_danh_ngay']);

/**
 * A stable fingerprint of everything in the model except its number and date of issue: equal
 * fingerprints mean the same document content, so the register can tell when the records changed.
 */
export function modelFingerprint(model: DocumentModel): string {
  const { number: _n, issuedDate: _d, numberText: _t, warnings: _w, text, ...rest } = model;
  const stableText = Object.fromEntries(Object.entries(text).filter(([k]) => !ISSUE_KEYS.has(k)));
  const json = stableStringify({ ...rest, text: stableText });
  return `v1-${hash64(json)}`;
}

function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableStringify((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Two independent 32-bit FNV-1a hashes over the UTF-16 code units, as 16 hex digits. */
function hash64(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

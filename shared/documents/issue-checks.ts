// What is checked before a document goes out under a number (docs/documents.md §3, last paragraph):
// - missing items: a fact the document cannot read naturally without (the unit's signer, the end
//   of the meeting…). They block issuing; a draft still prints dots in their place.
// - checks to confirm: figures that contradict themselves, a field still holding an invalid entry,
//   a date far ahead. Issuing needs her explicit confirmation of exactly these (by key); a new or
//   changed one needs a new confirmation.
// - refusals: dates that cannot be right (before the meeting, earlier than the previous number).
// Each item says where it is typed, so the Văn bản tab can open the tab and field.
import { figureProblems } from '../figures';
import type { Campaign, Inspection } from '../records';
import { isoToDisplay } from '../vi/dates';
import { ISSUER_TAB } from './numbering';
import { foldKey } from '../vi/text';
import type { DocType } from './fields';
import type { Block, ModelInput } from './model-types';

/** The tabs of the inspection editor (renderer/src/screens/inspection/InspectionEditor.tsx). */
export type InspectionTab = 'general' | 'attendees' | 'findings' | 'figures' | 'recommendations' | 'opinion' | 'documents';

/**
 * Where a fact is typed: a tab of the inspection and the label of its field there (`index`: the
 * n-th field with that label, from 0), or a tab of the inspection's campaign: its teams, its issuing
 * side, its plan and decision.
 */
export type Where =
  | { tab: InspectionTab; label: string; index?: number }
  | { screen: 'team' | 'issuer' | 'campaign'; label: string };

/** A fact the document needs before it can be issued; `field` is a stable path of the record. */
export interface MissingItem { field: string; label: string; where: Where }

/** Something to look at and confirm before issuing; `key` changes when the values involved change. */
export interface IssueCheck { key: string; text: string; where: Where | null }

/** What the Văn bản tab shows for a document about to be issued on a date. */
export interface IssuePreview {
  /** The number issuing would take, "05/BB-ĐKT". */
  numberText: string;
  /** Soft notes: what the document leaves out (Vietnamese). */
  warnings: string[];
  /** Facts that block issuing until typed. */
  missing: MissingItem[];
  /** Reasons issuing on this date is refused (dates out of order). */
  refusals: string[];
  /** Points to confirm ("Tôi đã kiểm tra, vẫn ban hành") or fix before issuing. */
  checks: IssueCheck[];
}

/** Days after today beyond which a date of issue is probably a slip (a year typed wrong). */
export const FUTURE_DAYS = 30;

const DOTTED_LINE = /^- \.{10,}$/u;
const blockText = (b: Block): string => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '');

/**
 * The facts a document of `type` lacks, read from the model it prints (blank lines, signers with no
 * name) and from the records: never from how a signer is derived, which is signing.ts's job.
 */
export function missingItems(input: ModelInput, type: DocType, blocks: Record<string, Block[]>, place: string): MissingItem[] {
  const i = input.inspection;
  const out: MissingItem[] = [];
  if (!input.unit) out.push({ field: 'unitId', label: 'Đơn vị được kiểm tra', where: { tab: 'general', label: 'Đơn vị được kiểm tra' } });
  if (!place.replace(/\./g, '').trim()) {
    // The place is the campaign's own issuing side, not the settings (those only seed a new campaign).
    out.push({
      field: 'settings.placeName', label: `Địa danh ghi ở dòng ngày tháng (thẻ "${ISSUER_TAB}" của đợt kiểm tra)`,
      where: { screen: 'issuer', label: 'Địa danh ghi ngày tháng' },
    });
  }
  if (type === 'minutes') {
    if (!(i.meetingDate ?? i.dateTo ?? i.dateFrom)) {
      out.push({ field: 'meetingDate', label: 'Ngày họp, lập biên bản', where: { tab: 'general', label: 'Ngày họp, lập biên bản' } });
    }
    // The minutes close with the hour they were read and signed (docs/documents.md §1.6).
    if (!i.endTime) out.push({ field: 'endTime', label: 'Giờ kết thúc buổi làm việc', where: { tab: 'general', label: 'Kết thúc lúc' } });
    // A part of "Thành phần" with nobody in it prints a dotted line.
    let side: 'team' | 'unit' | null = null;
    for (const b of blocks.thanh_phan ?? []) {
      if (b.kind === 'heading') side = b.text.startsWith('1.') ? 'team' : b.text.startsWith('2.') ? 'unit' : null;
      else if (side && DOTTED_LINE.test(blockText(b))) {
        out.push(side === 'team'
          ? { field: 'attendees.team', label: 'Thành phần Đoàn kiểm tra', where: { tab: 'attendees', label: 'Đoàn kiểm tra' } }
          : { field: 'attendees.unit', label: 'Thành phần của đơn vị được kiểm tra', where: { tab: 'attendees', label: 'Đơn vị được kiểm tra' } });
      }
    }
  }
  for (const b of blocks.chu_ky ?? []) {
    if (b.kind !== 'signatures') continue;
    for (const cell of b.rows.flatMap((r) => [r.left, r.right])) {
      if (!cell || cell.kind !== 'signer' || cell.name.trim()) continue;
      const caption = foldKey(cell.lines.join(' '));
      if (type === 'conclusion') {
        out.push({ field: 'docOptions.conclusionSigner.name', label: 'Họ tên người ký thông báo kết luận', where: { tab: 'documents', label: 'Họ và tên', index: 2 } });
      } else if (caption.includes('dai dien don vi')) {
        out.push({ field: 'docOptions.minutesUnitSigner.name', label: 'Họ tên người ký biên bản của đơn vị được kiểm tra', where: { tab: 'documents', label: 'Họ và tên', index: 0 } });
      } else if (caption.startsWith('thu ky')) {
        out.push({ field: 'team.secretary', label: 'Thư ký Đoàn kiểm tra (người ký biên bản)', where: { screen: 'team', label: 'Thư ký' } });
      } else {
        out.push({ field: 'docOptions.minutesTeamSigner.name', label: 'Họ tên người ký biên bản của Đoàn kiểm tra', where: { tab: 'documents', label: 'Họ và tên', index: 1 } });
      }
    }
  }
  return out;
}

const GENERAL_LABELS: Record<string, string> = {
  dateFrom: 'Từ ngày', dateTo: 'Đến ngày', meetingDate: 'Ngày họp, lập biên bản', startTime: 'Bắt đầu lúc', endTime: 'Kết thúc lúc',
};
const RECOMMENDATION_LABELS: Record<string, string> = { remedyDeadline: 'Thời hạn khắc phục', reportDeadline: 'Hạn báo cáo kết quả' };
const CAMPAIGN_LABELS: Record<string, string> = { 'plan.date': 'Ngày ban hành Kế hoạch kiểm tra', 'decision.date': 'Ngày ban hành Quyết định thành lập Đoàn' };

/** Fields holding text that is not a valid value (kept as a draft): the document leaves them empty. */
export function draftChecks(inspection: Inspection, campaign: Campaign): IssueCheck[] {
  const out: IssueCheck[] = [];
  const say = (label: string, text: string) => `${label}: "${text}" chưa phải giá trị hợp lệ, văn bản sẽ bỏ trống mục này.`;
  for (const [path, text] of Object.entries(inspection.drafts ?? {})) {
    const key = `draft:${path}:${text}`;
    const [head, rowId, field] = path.split('.');
    if (GENERAL_LABELS[path]) {
      out.push({ key, text: say(GENERAL_LABELS[path], text), where: { tab: 'general', label: GENERAL_LABELS[path] } });
    } else if (head === 'figures') {
      const fig = inspection.figures.find((f) => f.id === rowId);
      const ind = fig && campaign.indicators.find((x) => x.id === fig.indicatorId);
      const name = ind?.name ?? 'Số liệu';
      const label = ind?.kind === 'ratio' ? `${name} – ${field === 'denominator' ? 'mẫu số' : 'tử số'}` : name;
      out.push({ key, text: say(`Số liệu "${label}"`, text), where: { tab: 'figures', label } });
    } else if (head === 'recommendations') {
      const k = inspection.recommendations.findIndex((r) => r.id === rowId);
      const label = RECOMMENDATION_LABELS[field] ?? field;
      out.push({ key, text: say(`Kiến nghị số ${k + 1}, ${label.toLocaleLowerCase('vi')}`, text), where: k < 0 ? null : { tab: 'recommendations', label, index: k } });
    } else {
      out.push({ key, text: say(path, text), where: null });
    }
  }
  for (const [path, text] of Object.entries(campaign.drafts ?? {})) {
    const label = CAMPAIGN_LABELS[path] ?? path;
    out.push({ key: `draft:campaign.${path}:${text}`, text: say(label, text), where: { screen: 'campaign', label } });
  }
  return out;
}

/** Figures that contradict themselves (shared/figures.ts), each pointing at the figures tab. */
export function figureChecks(inspection: Inspection, campaign: Campaign): IssueCheck[] {
  return figureProblems(campaign.indicators, inspection.figures).map((p) => {
    const ind = campaign.indicators.find((x) => x.id === p.indicatorId);
    // A ratio's two fields are labelled "<name> – tử số" and "<name> – mẫu số" (FiguresSection).
    const label = ind ? (ind.kind === 'ratio' ? `${ind.name} – tử số` : ind.name) : '';
    return { key: p.key, text: p.text, where: { tab: 'figures', label } };
  });
}

/** The last document of the same symbol and year before this one. */
export interface PreviousNumber { numberText: string; issuedDate: string }

/** Adds days to an ISO date (calendar days, no time zone involved). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/**
 * The date of issue against the inspection, today and the register: never before the meeting (minutes)
 * or the inspection's last day (conclusion), never earlier than the number before it; a date more than
 * FUTURE_DAYS ahead is a point to confirm.
 */
export function dateChecks(args: {
  type: DocType; issuedDate: string; today: string; inspection: Pick<Inspection, 'dateFrom' | 'dateTo' | 'meetingDate'>;
  previous: PreviousNumber | null;
}): { refusals: string[]; checks: IssueCheck[] } {
  const { type, issuedDate, today, inspection: i, previous } = args;
  const refusals: string[] = [];
  const checks: IssueCheck[] = [];
  const day = isoToDisplay(issuedDate);
  if (type === 'minutes') {
    const meeting = i.meetingDate ?? i.dateTo ?? i.dateFrom;
    if (meeting && issuedDate < meeting) refusals.push(`Ngày ban hành biên bản (${day}) sớm hơn ngày họp, lập biên bản (${isoToDisplay(meeting)}).`);
  } else {
    const last = [i.dateFrom, i.dateTo, i.meetingDate].filter((d): d is string => Boolean(d)).sort().at(-1);
    if (last && issuedDate < last) {
      refusals.push(`Ngày ban hành thông báo kết luận (${day}) sớm hơn ngày cuối của cuộc kiểm tra (${isoToDisplay(last)}).`);
    }
  }
  if (previous && issuedDate < previous.issuedDate) {
    refusals.push(
      `Số trước đó, ${previous.numberText}, đã ban hành ngày ${isoToDisplay(previous.issuedDate)}: văn bản số sau không được mang ngày sớm hơn (${day}).`,
    );
  }
  if (issuedDate > addDays(today, FUTURE_DAYS)) {
    checks.push({ key: `future:${issuedDate}`, text: `Ngày ban hành ${day} còn hơn ${FUTURE_DAYS} ngày nữa mới đến (hôm nay ${isoToDisplay(today)}).`, where: null });
  }
  return { refusals, checks };
}

/** The checks not covered by her confirmation. */
export function unconfirmed(checks: IssueCheck[], accepted: readonly string[]): IssueCheck[] {
  const ok = new Set(accepted);
  return checks.filter((c) => !ok.has(c.key));
}

const KIND: Record<DocType, string> = { minutes: 'biên bản', conclusion: 'thông báo kết luận' };
const list = (lines: string[]) => lines.map((l) => `- ${l}`).join('\n');

/** Why issuing is refused: what is missing, and dates out of order (Vietnamese, one line each). */
export function blockedMessage(type: DocType, missing: MissingItem[], refusals: string[]): string {
  const parts = [`Chưa ban hành ${KIND[type]}:`];
  if (missing.length) parts.push('Hồ sơ còn thiếu (văn bản sẽ để trống):', list(missing.map((m) => m.label)));
  if (refusals.length) parts.push('Ngày ban hành không hợp lệ:', list(refusals));
  parts.push('Không có số nào bị lấy. Bản dự thảo vẫn lưu được.');
  return parts.join('\n');
}

/** Why issuing waits for a confirmation: each point not yet confirmed. */
export function unconfirmedMessage(type: DocType, checks: IssueCheck[], how: string): string {
  return [`Chưa ban hành ${KIND[type]}: còn điểm cần kiểm tra lại.`, list(checks.map((c) => c.text)), how, 'Không có số nào bị lấy.'].join('\n');
}

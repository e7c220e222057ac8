// The document model: every formatting decision for a biên bản (minutes) or a thông báo kết luận
// (conclusion notice), made from the records by a pure function (no Node, no DOM). The generator
// only places what is here into a Word template; the register compares fingerprints to see whether
// the records changed since a document was issued.
//
// This file assembles the sections (sections/*.ts); who issues and who signs is signing.ts, the
// wording helpers wording.ts, the fingerprint fingerprint.ts. Wording follows docs/documents.md §2
// (biên bản) and §3 (thông báo kết luận). Nothing here knows a province, a level of government or a
// department: names, titles and symbols come from the records and the campaign's issuing side.
import { formatDocumentDate } from '../vi/dates';
import { pad2 } from '../vi/numbers';
import { foldKey } from '../vi/text';
import { DOC_TYPE_CODES, type DocType } from './fields';
import { draftChecks, figureChecks, missingItems, type MissingItem } from './issue-checks';
import type { Block, BuildOptions, DocumentModel, ModelInput } from './model-types';
import { documentSymbol, formatDocNumber, SETTINGS_SCREEN } from './numbering';
import { closingBlocks } from './sections/closing';
import { type Ctx, EMPTY_SETTINGS, para, recommendations, subjectOf } from './sections/context';
import { causeBlocks, figureTable, findingsAllAreas, generalBlocks, resultsByArea } from './sections/findings';
import { openingBlocks } from './sections/opening';
import { participantsBlocks, subUnitBlocks } from './sections/participants';
import { recommendationList, recommendationTable, reportBack } from './sections/recommendations';
import { recipientsBlock, signatureBlocks } from './sections/signatures';
import { unitOpinionBlocks, unitProposalBlocks } from './sections/unit';
import { conclusionIssuer, teamIssuer, teamLeader } from './signing';
import { balanceLines, blankDate, citation, citeDate, DOTS, hyphenate, periodText, sentenceName, timeText } from './wording';

export type { Block, BuildOptions, DocumentModel, Inline, ModelInput, SignatureCell, SignatureRow } from './model-types';
export { fingerprintMatches, modelFingerprint } from './fingerprint';
export { deadlineText } from './sections/recommendations';
export {
  balanceLines, citation, citeDate, initials, lowerFirst, periodText, pointLetter, roman, sentenceName, stripEnd, timeText, upperFirst,
} from './wording';
/** "05/BB-ĐKT"; ".../BB-ĐKT" for a draft: the one writer of a document number is numbering.ts. */
export const numberText = formatDocNumber;

export function buildModel(input: ModelInput, type: DocType, opts: BuildOptions): DocumentModel {
  const s = { ...EMPTY_SETTINGS, ...(input.settings ?? {}) };
  const i = input.inspection;
  const warnings: string[] = [];
  if (!input.settings) warnings.push(`Chưa khai báo cơ quan ban hành (${SETTINGS_SCREEN}): phần đầu văn bản còn thiếu.`);
  const unitName = input.unit?.name.trim() || DOTS;
  if (!input.unit) warnings.push('Chưa chọn đơn vị được kiểm tra.');
  const leader = teamLeader(input.team);
  const sources = [
    ...(input.team?.members ?? []).flatMap((m) => [m.title, m.agency]),
    ...i.attendees.flatMap((a) => [a.title, a.agency]),
    input.unit?.name ?? '', ...input.unitParents.map((u) => u.name),
    input.campaign.plan.issuer, input.campaign.decision.issuer,
  ];
  const meetingDay = i.meetingDate ?? i.dateTo ?? i.dateFrom;
  const c: Ctx = {
    input, s, i, unitName, subject: subjectOf(input.campaign), year: input.campaign.year, leader,
    meetingDay, docYear: meetingDay ? Number(meetingDay.slice(0, 4)) : input.campaign.year, warnings, sources,
  };
  const issuer = type === 'minutes' ? teamIssuer(s) : conclusionIssuer(s, i.docOptions.conclusionIssuer, sources, warnings);
  // A body is not its own cơ quan chủ quản (a UBND xã issuing in its own name has none above it here).
  if (foldKey(issuer.superior) === foldKey(issuer.body)) issuer.superior = '';
  // The register's rule for the symbol when the settings give one (shared/documents/numbering.ts), so
  // the number printed is the number registered; the model's own derivation otherwise (a draft).
  const registered = documentSymbol(type, input.settings, i.docOptions.conclusionIssuer);
  const symbol = registered.ok ? registered.symbol : `${DOC_TYPE_CODES[type]}-${issuer.symbol}`;
  const numText = formatDocNumber(opts.number, symbol);
  const place = s.placeName.trim() || s.province.trim() || DOTS;
  const dateForLine = opts.issuedDate ?? (type === 'minutes' ? c.meetingDay : null);
  const subjectLine = `${type === 'minutes' ? 'Kiểm tra' : 'Kết luận kiểm tra'} ${c.subject} năm ${c.year}`;
  const title = `${subjectLine} tại ${unitName}`;
  // A new version names the one it replaces (the number stays with the old one, which never changes).
  const kindName = type === 'minutes' ? 'Biên bản' : 'Thông báo';
  const replaces = opts.replaces ? `${kindName} này thay thế ${kindName} số ${opts.replaces.numberText} ngày ${citeDate(opts.replaces.issuedDate)}.` : '';
  const plan = citation('Kế hoạch', input.campaign.plan);
  const decision = citation('Quyết định', input.campaign.decision);

  const text: Record<string, string> = {
    co_quan_chu_quan: balanceLines(issuer.superior),
    co_quan_ban_hanh: balanceLines(issuer.body),
    so_ky_hieu: `Số: ${numText}`,
    dia_danh_ngay: `${place}, ${dateForLine ? formatDocumentDate(dateForLine) : blankDate(c.docYear)}`,
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
    ngay_lap: c.meetingDay ? formatDocumentDate(c.meetingDay) : blankDate(c.docYear),
    so_ban: pad2(Math.max(1, i.docOptions.copies)),
  };
  // Results are reported to whoever issues the conclusion, in the minutes too.
  const reportIssuer = type === 'conclusion' ? issuer : conclusionIssuer(s, i.docOptions.conclusionIssuer, sources, []);
  const blocks: Record<string, Block[]> = {
    mo_dau: [...openingBlocks(c, type, issuer), ...(replaces ? [para(replaces)] : [])],
    thanh_phan: participantsBlocks(c),
    don_vi_truc_thuoc: subUnitBlocks(c),
    ket_qua: resultsByArea(c),
    nhan_xet_chung: generalBlocks(c),
    so_lieu: figureTable(c),
    uu_diem: findingsAllAreas(c, 'strength'),
    ton_tai: findingsAllAreas(c, 'shortcoming'),
    nguyen_nhan: causeBlocks(c),
    kien_nghi_bang: recommendationTable(c, type, reportIssuer),
    kien_nghi_danh_sach: recommendationList(c, type, reportIssuer),
    bao_cao_ket_qua: reportBack(c, reportIssuer),
    y_kien_don_vi: unitOpinionBlocks(c),
    de_xuat_don_vi: unitProposalBlocks(c),
    ket_thuc: closingBlocks(c, type),
    chu_ky: signatureBlocks(c, type),
    noi_nhan: recipientsBlock(c, type),
  };
  if (!recommendations(c).length) warnings.push('Chưa có kiến nghị của Đoàn kiểm tra.');
  const missing = missingItems(input, type, blocks, place);
  const model: DocumentModel = {
    type, number: opts.number, issuedDate: opts.issuedDate, draft: opts.number === null,
    author: issuer.body === 'VĂN PHÒNG' ? issuer.sentence : sentenceName(issuer.body, sources), place, replaces, symbol, numberText: numText, year: c.year, title, unitName,
    text, blocks,
    warnings: [...new Set(warnings)].filter((w) => !supersededBy(w, missing) && !(type === 'conclusion' && PARTICIPANT_NOTES.includes(w))),
    missing: [],
    checks: [],
  };
  // Missing items and checks name fields by their labels on screen: NFC, but not re-hyphenated like printed text.
  const nfc = <T>(v: T): T => JSON.parse(JSON.stringify(v).normalize('NFC')) as T;
  return { ...nfcDeep(model), missing: nfc(missing), checks: nfc([...figureChecks(i, input.campaign), ...draftChecks(i, input.campaign)]) };
}

/**
 * The section builders' notes that a missing item says again (with a link to where it is typed):
 * shown once, as the missing item.
 */
const SUPERSEDED: Record<string, string[]> = {
  unitId: ['Chưa chọn đơn vị được kiểm tra.'],
  meetingDate: ['Chưa ghi ngày làm việc.'],
  endTime: ['Chưa ghi giờ kết thúc buổi làm việc.'],
  'attendees.team': ['Chưa có thành phần Đoàn kiểm tra.'],
  'attendees.unit': ['Chưa có thành phần của đơn vị được kiểm tra.'],
  'docOptions.conclusionSigner.name': ['Chưa có họ tên người ký thông báo kết luận.'],
  'docOptions.minutesUnitSigner.name': ['Chưa có người ký biên bản của đơn vị được kiểm tra.'],
  'docOptions.minutesTeamSigner.name': ['Chưa có Trưởng đoàn kiểm tra.'],
  'team.secretary': ['Chưa có Thư ký Đoàn kiểm tra.'],
};
const supersededBy = (note: string, missing: MissingItem[]): boolean => missing.some((m) => SUPERSEDED[m.field]?.includes(note));
/** The conclusion names no participants (docs/documents.md §3): notes about them do not concern it. */
const PARTICIPANT_NOTES = [...SUPERSEDED['attendees.team'], ...SUPERSEDED['attendees.unit']];

/** Every string NFC, names joined by a hyphen rather than a dash. */
function nfcDeep<T>(v: T): T {
  if (typeof v === 'string') return hyphenate(v.normalize('NFC')) as T;
  if (Array.isArray(v)) return v.map(nfcDeep) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfcDeep(x)])) as T;
  return v;
}

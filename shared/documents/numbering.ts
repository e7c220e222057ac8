// Numbers and symbols of issued documents (documents.md §1.4): "Số: 05/BB-ĐKT", "Số: 112/TB-SNV".
// Numbers run from 01 on 1 January and are unique per symbol and year; a team keeps its own series.
// Pure: the register (electron/core/documents/register.ts) supplies the numbers already used.
import type { ConclusionIssuer, IssuerSettings } from '../records';
import { upperVi } from '../vi/text';
import { DOC_TYPE_CODES, type DocType } from './fields';

/** Symbol of the Văn phòng UBND tỉnh when it issues the conclusion (documents.md §3, case 3). */
export const OFFICE_SYMBOL = 'VP';

/** Symbol of a UBND issuing the conclusion in its own name (a district campaign's UBND huyện). */
export const COMMITTEE_SYMBOL = 'UBND';

/**
 * Where the issuing side and its symbols are typed: a tab of the campaign (docs/domain.md "Who
 * issues what"), named in every message about them.
 */
export const ISSUER_TAB = 'Cơ quan ban hành';
/** The same place as a sentence names it. */
export const SETTINGS_SCREEN = `thẻ "${ISSUER_TAB}" của đợt kiểm tra`;

// Said on an inspection's Văn bản tab and on the campaign's own documents alike: it names the campaign only.
export const SETTINGS_MISSING =
  `Đợt kiểm tra chưa có thông tin cơ quan ban hành. Hãy điền thẻ "${ISSUER_TAB}" của đợt kiểm tra ` +
  '(màn hình "Kế hoạch và Đoàn kiểm tra": tên cơ quan, địa danh, ký hiệu của Đoàn, ký hiệu cơ quan) trước khi lập văn bản.';

export type SymbolResult = { ok: true; symbol: string } | { ok: false; message: string };

/**
 * The symbol after the number: minutes → BB-<team>; the conclusion by its issuer: the department
 * (Sở Nội vụ) → TB-<issuer>, the team itself → TB-<team>, the Văn phòng UBND → TB-VP, the UBND → TB-UBND.
 */
export function documentSymbol(
  type: DocType,
  settings: IssuerSettings | null,
  conclusionIssuer: ConclusionIssuer,
): SymbolResult {
  const code = DOC_TYPE_CODES[type];
  if (!settings) return { ok: false, message: SETTINGS_MISSING };
  if (type === 'conclusion' && conclusionIssuer === 'office') return { ok: true, symbol: `${code}-${OFFICE_SYMBOL}` };
  if (type === 'conclusion' && conclusionIssuer === 'committee') return { ok: true, symbol: `${code}-${COMMITTEE_SYMBOL}` };
  const useTeam = type === 'minutes' || conclusionIssuer === 'team';
  // Symbols are written in capitals (NĐ 30), as the document model prints them: "đkt" → "ĐKT".
  const raw = upperVi((useTeam ? settings.teamSymbol : settings.issuerSymbol).normalize('NFC').trim());
  const what = useTeam ? 'Ký hiệu của Đoàn kiểm tra (ví dụ ĐKT)' : 'Ký hiệu của cơ quan ban hành (ví dụ SNV)';
  if (!raw) {
    return { ok: false, message: `Chưa điền "${what}" trong ${SETTINGS_SCREEN}. Hãy điền rồi lập lại văn bản.` };
  }
  if (/[\s/\\]/.test(raw)) {
    return {
      ok: false,
      message: `"${what}" trong ${SETTINGS_SCREEN} không được có dấu cách hay dấu "/" (đang là "${raw}"). Hãy sửa rồi lập lại văn bản.`,
    };
  }
  return { ok: true, symbol: `${code}-${raw}` };
}

/** "05" for 5, "12" for 12, "1203" for 1203: a leading zero below 10, never a thousands separator. */
export function formatNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Số văn bản không hợp lệ: ${n}`);
  return n < 10 ? `0${n}` : String(n);
}

/** "05/BB-ĐKT"; a draft (no number yet) reads ".../BB-ĐKT". */
export function formatDocNumber(n: number | null, symbol: string): string {
  return `${n === null ? '...' : formatNumber(n)}/${symbol}`;
}

/** The number after the highest one used this year for the symbol; 1 when none is. */
export function nextNumberAfter(maxUsed: number | null | undefined): number {
  return (maxUsed ?? 0) + 1;
}

/** The year of an ISO date "2022-10-06" (the numbering year of a document issued that day). */
export function yearOf(isoDate: string): number {
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(isoDate);
  if (!m) throw new RangeError(`Ngày không đúng dạng yyyy-mm-dd: ${isoDate}`);
  return Number(m[1]);
}

/** A date in the local calendar (the secretary's), as yyyy-mm-dd: shared/vi/dates.ts localToday. */
export { localToday as localIsoDate } from '../vi/dates';

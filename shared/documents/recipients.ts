// Nơi nhận (NĐ 30/2020 Phụ lục I ô 9b): lines "- …;" flush left, the last "- Lưu: VT, <unit>.".
import { foldKey } from '../vi/text';

const strip = (s: string) => s.trim().replace(/^[-–•+]\s*/, '').replace(/[;.,]+$/, '').trim();

/** Normalises typed recipients and ends the list with "- Lưu: VT, <archiveUnit>." unless one is there. */
export function recipientLines(items: readonly string[], archiveUnit: string): string[] {
  const clean = items.map(strip).filter(Boolean);
  const isArchive = (s: string) => foldKey(s).startsWith('luu');
  const body = clean.filter((s) => !isArchive(s));
  const archive = clean.find(isArchive) ?? `Lưu: VT${archiveUnit.trim() ? `, ${archiveUnit.trim()}` : ''}`;
  return [...body.map((s) => `- ${s};`), `- ${archive}.`];
}

/** Default distribution of a conclusion notice: the unit (to act), the team, the archive. */
export function defaultConclusionRecipients(unitName: string): string[] {
  return [`${unitName} (để thực hiện)`, 'Thành viên Đoàn kiểm tra'];
}

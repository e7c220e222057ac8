// Issuer settings for the demo (the header of the documents: UBND TỈNH ĐIỆN BIÊN / SỞ NỘI VỤ),
// written only when the user has not set any, with the same row core.ts 'settings.save' writes.
import { IssuerSettings } from '../../../shared/records';
import { cleanDeep } from '../../../shared/vi/text';
import type { Records } from '../repos/records';

export const DEMO_ISSUER: IssuerSettings = {
  province: 'Điện Biên',
  superiorBody: 'UBND TỈNH ĐIỆN BIÊN',
  issuingBody: 'SỞ NỘI VỤ',
  teamBodyName: 'ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
  placeName: 'Điện Biên',
  teamSymbol: 'ĐKT',
  issuerSymbol: 'SNV',
};

/** Returns true when the demo settings were written. */
export function saveIssuerIfEmpty(r: Records): boolean {
  const row = r.db.prepare(`SELECT 1 FROM settings WHERE key = 'issuer' AND deleted_at IS NULL`).get();
  if (row) return false;
  const now = r.now();
  r.db
    .prepare(
      `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, deleted_at = NULL`,
    )
    .run('issuer', JSON.stringify(cleanDeep(IssuerSettings.parse(DEMO_ISSUER))), now, now);
  return true;
}

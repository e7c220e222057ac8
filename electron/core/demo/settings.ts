// Issuer settings for the demo (the header of the documents: UBND TỈNH ĐIỆN BIÊN / SỞ NỘI VỤ),
// written only when the user has not set any, through the settings repository.
import type { IssuerSettings } from '../../../shared/records';
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

/** Returns true when the demo settings were written: never over an issuing side she has filled. */
export function saveIssuerIfEmpty(r: Records): boolean {
  if (r.settings.hasIssuer()) return false;
  r.settings.saveIssuer(DEMO_ISSUER);
  return true;
}

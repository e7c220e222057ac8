// The issuing side of each demo campaign (docs/domain.md "Who issues what"): the province of the
// article it comes from, never one laptop-wide header. DEMO_ISSUER (Điện Biên) is also written as the
// default a new campaign starts from, only when the user has not set one, through the settings
// repository.
import type { IssuerSettings } from '../../../shared/records';
import type { Records } from '../repos/records';

const TEAM_BODY = 'ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH';

/** Seeds 000, 001, 004: UBND tỉnh Điện Biên and its Sở Nội vụ (Kế hoạch 1703/KH-UBND, 3855/KH-UBND). */
export const DEMO_ISSUER: IssuerSettings = {
  province: 'Điện Biên',
  superiorBody: 'UBND TỈNH ĐIỆN BIÊN',
  issuingBody: 'SỞ NỘI VỤ',
  teamBodyName: TEAM_BODY,
  placeName: 'Điện Biên',
  teamSymbol: 'ĐKT',
  issuerSymbol: 'SNV',
  level: 'province',
  issuingBodyKind: '',
  headTitle: '',
};

/**
 * Seed 002: the article names the team leader's body "Ban Tổ chức – Nội vụ tỉnh Hà Giang" (the
 * province had merged its personnel and home-affairs bodies), so that Ban issues, under UBND tỉnh Hà
 * Giang; its head is the Trưởng ban.
 */
export const DEMO_ISSUER_HA_GIANG: IssuerSettings = {
  province: 'Hà Giang',
  superiorBody: 'UBND TỈNH HÀ GIANG',
  issuingBody: 'BAN TỔ CHỨC - NỘI VỤ',
  teamBodyName: TEAM_BODY,
  placeName: 'Hà Giang',
  teamSymbol: 'ĐKT',
  issuerSymbol: 'BTCNV',
  level: 'province',
  issuingBodyKind: 'board',
  headTitle: 'Trưởng ban',
};

/** Seed 003: the working visit of the Sở Nội vụ Thanh Hóa, under UBND tỉnh Thanh Hóa. */
export const DEMO_ISSUER_THANH_HOA: IssuerSettings = {
  province: 'Thanh Hóa',
  superiorBody: 'UBND TỈNH THANH HÓA',
  issuingBody: 'SỞ NỘI VỤ',
  teamBodyName: TEAM_BODY,
  placeName: 'Thanh Hóa',
  teamSymbol: 'ĐKT',
  issuerSymbol: 'SNV',
  level: 'province',
  issuingBodyKind: '',
  headTitle: '',
};

/** Returns true when the demo's default was written: never over an issuing side she has filled. */
export function saveIssuerIfEmpty(r: Records): boolean {
  if (r.settings.hasIssuer()) return false;
  r.settings.saveIssuer(DEMO_ISSUER);
  return true;
}

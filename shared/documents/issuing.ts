// The issuing side of a campaign as the secretary chooses it (docs/domain.md "Who issues what"):
// whether anything is filled in, the usual set-ups to start from, and which bodies may issue a
// conclusion notice at the campaign's level. The signing form itself is signing.ts.
import type { ConclusionIssuer, IssuerSettings } from '../records';
import { upperVi } from '../vi/text';
import { issuingBodyOf } from './signing';
import { sentenceName } from './wording';

/** True when anything of the issuing side is filled in (an all-empty one counts as none). */
export function hasIssuer(s: IssuerSettings): boolean {
  return [s.province, s.superiorBody, s.issuingBody, s.teamBodyName, s.placeName, s.teamSymbol, s.issuerSymbol].some((v) => v.trim() !== '');
}

/** A usual set-up, filled from the province or district name she types. */
export interface IssuerPreset {
  key: string;
  label: string;
  /** What the place name stands for in `make` ("tỉnh" or "huyện"). */
  placeKind: 'tỉnh' | 'huyện';
  make: (place: string, province: string) => IssuerSettings;
}

const base = (patch: Partial<IssuerSettings> & Pick<IssuerSettings, 'level'>): IssuerSettings => ({
  province: '', superiorBody: '', issuingBody: '', teamBodyName: '', placeName: '', teamSymbol: 'ĐKT', issuerSymbol: '',
  issuingBodyKind: '', headTitle: '', ...patch,
});

export const ISSUER_PRESETS: IssuerPreset[] = [
  {
    key: 'so-noi-vu', label: 'Sở Nội vụ (cấp tỉnh)', placeKind: 'tỉnh',
    make: (p) => base({ level: 'province', province: p, placeName: p, superiorBody: upperVi(`UBND tỉnh ${p}`), issuingBody: 'SỞ NỘI VỤ', issuerSymbol: 'SNV' }),
  },
  {
    key: 'van-phong-ubnd-tinh', label: 'Văn phòng UBND tỉnh', placeKind: 'tỉnh',
    make: (p) => base({ level: 'province', province: p, placeName: p, superiorBody: upperVi(`UBND tỉnh ${p}`), issuingBody: 'VĂN PHÒNG', issuerSymbol: 'VP', issuingBodyKind: 'office' }),
  },
  {
    key: 'phong-noi-vu', label: 'Phòng Nội vụ huyện (trước 01/7/2025)', placeKind: 'huyện',
    make: (d, province) => base({ level: 'district', province, placeName: d, superiorBody: upperVi(`UBND huyện ${d}`), issuingBody: 'PHÒNG NỘI VỤ', issuerSymbol: 'PNV' }),
  },
  {
    key: 'ubnd-huyen', label: 'UBND huyện (trước 01/7/2025)', placeKind: 'huyện',
    make: (d, province) => base({ level: 'district', province, placeName: d, superiorBody: '', issuingBody: upperVi(`Ủy ban nhân dân huyện ${d}`), issuerSymbol: 'UBND' }),
  },
];

export interface IssuerChoice { value: ConclusionIssuer; label: string }

/**
 * Who may issue the conclusion notice in a campaign (documents.md §3): its issuing body and the
 * team always; at a province also the Văn phòng UBND tỉnh; at a district also the UBND huyện above
 * its Phòng Nội vụ. A choice already made that no longer fits stays listed, so nothing she chose
 * changes behind her back.
 */
export function conclusionIssuerChoices(s: IssuerSettings, current?: ConclusionIssuer): IssuerChoice[] {
  const body = issuingBodyOf(s);
  const own = body.name ? sentenceName(body.name, []) : 'Cơ quan ban hành';
  const out: IssuerChoice[] = [{ value: 'department', label: own }, { value: 'team', label: 'Đoàn kiểm tra' }];
  const sup = s.superiorBody.trim();
  if (s.level === 'province' && body.kind !== 'office') out.push({ value: 'office', label: 'Văn phòng UBND tỉnh' });
  if (s.level === 'district' && sup && body.kind !== 'peoples-committee') out.push({ value: 'committee', label: sentenceName(upperVi(sup), []) });
  if (current && !out.some((c) => c.value === current)) {
    const old: Record<ConclusionIssuer, string> = { department: own, team: 'Đoàn kiểm tra', office: 'Văn phòng UBND tỉnh', committee: 'UBND' };
    out.push({ value: current, label: `${old[current]} (không thuộc cấp của đợt kiểm tra)` });
  }
  return out;
}

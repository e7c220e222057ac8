// Fixed ids for the demo records, so that loading the demo again updates the same rows instead of
// adding copies. The records other code may want to point at are hard-coded here; the rows inside
// them (areas, indicators, members, findings, figures, ...) get ids derived from their owner's id
// and a stable key, which is just as fixed but does not need hundreds of literal UUIDs.
import { createHash } from 'node:crypto';

export const DEMO_IDS = {
  campaign2022DienBien: '1199d6b1-1f54-46a1-aa0f-4bb9228af4d3',
  campaign2020DienBien: '43792c28-c469-4cc1-b2df-c90e47d85b3e',
  campaign2019HaGiang: '41cdfa33-4608-4e82-ad1d-25ebbe14ecc4',
  campaign2023ThanhHoa: 'a113b3ac-0f13-4c9e-aab5-e59c7a9e8293',

  team2022No1: '1a596a0c-4048-4d25-9823-b4c39c3f6be8',
  team2022No2: 'da879f01-8139-4281-add1-d68b24bc08c0',
  team2019HaGiang: '68f1c718-1e5e-412d-bbca-53bbbc027749',
  team2023ThanhHoa: '40b28e1f-f071-4aaf-8200-e9ceda8a4547',

  unitTinhDienBien: 'aecc7616-1b65-41a8-8baa-29988ed7a311',
  unitHuyenMuongCha: '2b526f85-415b-46db-9d5b-6801b9937e62',
  unitHuyenDienBien: 'f6039d5d-247c-4b51-ba80-f8adff22799f',
  unitHuyenMuongAng: 'd0fc7eb8-41c7-4f89-a7b6-02779a34265f',
  unitTinhHaGiang: 'db15fe30-8af7-4ef3-bd81-89d0310d7093',
  unitHuyenViXuyen: '7e1e21ef-1dcd-41b8-bc89-bcfc92b6b6d5',
  unitTinhThanhHoa: '81493398-6042-4abf-a394-c084ff15f0c8',
  unitHuyenNgocLac: '686add5d-485c-4cbb-9dce-c94c18bd2ea5',
  unitXaPhucThinh: 'b4622b16-c1af-439d-8f2e-4743528a8a81',
  unitXaThuySon: '45dc3229-dd57-4a3e-ad7f-ef0177bff4ac',

  inspectionMuongCha2022: '60e5941e-e031-4cf8-8a54-fe471f33936a',
  inspectionHuyenDienBien2022: '456232ae-e313-4923-aa19-5f0f0fe3ac07',
  inspectionViXuyen2019: '799de826-6afd-4a44-9b81-b319bb38189d',
  inspectionNgocLac2023: '08dcbd68-4ded-4976-8c4a-8cf85d57fe74',
  inspectionMuongAng2020: '3f71c582-1e2d-4afa-8d43-e9b63bc5a96b',
} as const;

/**
 * A fixed UUID (version-4 layout, RFC 9562 variant) for the row `key` inside the record `ownerId`:
 * the same inputs always give the same id.
 */
export function childId(ownerId: string, key: string): string {
  const h = createHash('sha256').update(`bienban-demo/${ownerId}/${key}`).digest('hex').split('');
  h[12] = '4';
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/** The five demo inspections by a readable label, for benchmarks and tests that go through all of them. */
export const DEMO_INSPECTIONS: Record<string, string> = {
  'Mường Chà 2022': DEMO_IDS.inspectionMuongCha2022,
  'huyện Điện Biên 2022': DEMO_IDS.inspectionHuyenDienBien2022,
  'Vị Xuyên 2019': DEMO_IDS.inspectionViXuyen2019,
  'Ngọc Lặc 2023': DEMO_IDS.inspectionNgocLac2023,
  'Mường Ảng 2020': DEMO_IDS.inspectionMuongAng2020,
};

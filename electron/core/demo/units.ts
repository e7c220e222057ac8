// The units the five articles name: the three provinces as parents, the districts inspected, and
// the two communes the Thanh Hóa team visited first. Listed parents first.
import type { Unit } from '../../../shared/records';
import { childId, DEMO_IDS as ID } from './ids';

interface UnitSpec {
  id: string;
  name: string;
  /** Name of a unit level (shared/defaults.ts DEFAULT_UNIT_LEVELS). */
  level: string;
  parentId: string | null;
  representatives?: [fullName: string, title: string][];
}

const UNITS: UnitSpec[] = [
  { id: ID.unitTinhDienBien, name: 'UBND tỉnh Điện Biên', level: 'Cấp tỉnh', parentId: null },
  { id: ID.unitTinhHaGiang, name: 'UBND tỉnh Hà Giang', level: 'Cấp tỉnh', parentId: null },
  { id: ID.unitTinhThanhHoa, name: 'UBND tỉnh Thanh Hóa', level: 'Cấp tỉnh', parentId: null },
  {
    id: ID.unitHuyenMuongCha, name: 'UBND huyện Mường Chà', level: 'Cấp huyện', parentId: ID.unitTinhDienBien,
    representatives: [['Trang A Lử', 'Chủ tịch UBND huyện']],
  },
  {
    id: ID.unitHuyenDienBien, name: 'UBND huyện Điện Biên', level: 'Cấp huyện', parentId: ID.unitTinhDienBien,
    representatives: [['Nông Quang Thắng', 'Phó Chủ tịch UBND huyện']],
  },
  { id: ID.unitHuyenMuongAng, name: 'UBND huyện Mường Ảng', level: 'Cấp huyện', parentId: ID.unitTinhDienBien },
  { id: ID.unitHuyenViXuyen, name: 'UBND huyện Vị Xuyên', level: 'Cấp huyện', parentId: ID.unitTinhHaGiang },
  {
    id: ID.unitHuyenNgocLac, name: 'UBND huyện Ngọc Lặc', level: 'Cấp huyện', parentId: ID.unitTinhThanhHoa,
    representatives: [['Phạm Văn Đạt', 'Phó Chủ tịch UBND huyện']],
  },
  { id: ID.unitXaPhucThinh, name: 'UBND xã Phúc Thịnh', level: 'Cấp xã', parentId: ID.unitHuyenNgocLac },
  { id: ID.unitXaThuySon, name: 'UBND xã Thúy Sơn', level: 'Cấp xã', parentId: ID.unitHuyenNgocLac },
];

/** Level names the demo needs; the loader adds any the user has removed or renamed. */
export const DEMO_LEVEL_NAMES = [...new Set(UNITS.map((u) => u.level))];

export function demoUnits(levelId: (name: string) => string): Unit[] {
  return UNITS.map((u) => ({
    id: u.id, name: u.name, levelId: levelId(u.level), parentId: u.parentId, address: '', email: '',
    representatives: (u.representatives ?? []).map(([fullName, title], k) => ({
      id: childId(u.id, `representative/${k}`), honorific: '' as const, fullName, title,
    })),
  }));
}

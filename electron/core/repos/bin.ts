// The bin: deleting moves a record out of sight (deleted_at) and can be undone until purged.
import type { BinEntry, BinKind } from '../../../shared/records';
import { CoreError } from '../errors';
import type { Records } from './records';

const TABLE: Record<BinKind, 'campaigns' | 'teams' | 'units' | 'inspections'> = {
  campaign: 'campaigns', team: 'teams', unit: 'units', inspection: 'inspections',
};

export function moveToBin(r: Records, kind: BinKind, id: string): void {
  const now = r.now();
  if (!r.t[TABLE[kind]].get(id)) throw new CoreError('NOT_FOUND', 'Không tìm thấy mục cần xóa');
  r.t[TABLE[kind]].setDeleted(id, now, now);
}

export function restoreFromBin(r: Records, kind: BinKind, id: string): void {
  const now = r.now();
  if (!r.t[TABLE[kind]].setDeleted(id, null, now)) throw new CoreError('NOT_FOUND', 'Không tìm thấy mục trong thùng rác');
}

export function listBin(r: Records): BinEntry[] {
  const rows = r.db.prepare(`
    SELECT 'campaign' AS kind, id, 'Đợt kiểm tra năm ' || year || ': ' || title AS label, deleted_at FROM campaigns WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'team', t.id, 'Đoàn kiểm tra số ' || t.number || ' (' || c.year || ')', t.deleted_at
      FROM teams t JOIN campaigns c ON c.id = t.campaign_id WHERE t.deleted_at IS NOT NULL
    UNION ALL SELECT 'unit', id, name, deleted_at FROM units WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'inspection', i.id, 'Kiểm tra tại ' || coalesce(u.name, '(chưa chọn đơn vị)'), i.deleted_at
      FROM inspections i LEFT JOIN units u ON u.id = i.unit_id WHERE i.deleted_at IS NOT NULL
    ORDER BY 4 DESC`).all() as { kind: BinKind; id: string; label: string; deleted_at: string }[];
  return rows.map((x) => ({ kind: x.kind, id: x.id, label: x.label, deletedAt: x.deleted_at }));
}

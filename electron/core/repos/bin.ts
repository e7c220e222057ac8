// The bin: deleting moves a record out of sight (deleted_at) and can be undone until purged.
import type { BinEntry, BinKind } from '../../../shared/records';
import { CoreError } from '../errors';
import type { Records } from './records';

type AggregateKind = Exclude<BinKind, 'remediationReport'>;
const TABLE: Record<AggregateKind, 'campaigns' | 'teams' | 'units' | 'inspections'> = {
  campaign: 'campaigns', team: 'teams', unit: 'units', inspection: 'inspections',
};

/** A unit's remediation report is a record of its own (repos/remediation.ts), not an aggregate of Records. */
function setReportDeleted(r: Records, id: string, deletedAt: string | null, now: string): boolean {
  return r.db.prepare(`UPDATE remediation_reports SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS ${deletedAt ? 'NULL' : 'NOT NULL'}`)
    .run(deletedAt, now, id).changes === 1;
}

export function moveToBin(r: Records, kind: BinKind, id: string): void {
  const now = r.now();
  if (kind === 'remediationReport') {
    if (!setReportDeleted(r, id, now, now)) throw new CoreError('NOT_FOUND', 'Không tìm thấy mục cần xóa');
    return;
  }
  if (!r.t[TABLE[kind]].get(id)) throw new CoreError('NOT_FOUND', 'Không tìm thấy mục cần xóa');
  r.t[TABLE[kind]].setDeleted(id, now, now);
}

export function restoreFromBin(r: Records, kind: BinKind, id: string): void {
  const now = r.now();
  const done = kind === 'remediationReport' ? setReportDeleted(r, id, null, now) : r.t[TABLE[kind]].setDeleted(id, null, now);
  if (!done) throw new CoreError('NOT_FOUND', 'Không tìm thấy mục trong thùng rác');
}

export function listBin(r: Records): BinEntry[] {
  const rows = r.db.prepare(`
    SELECT 'campaign' AS kind, id, 'Đợt kiểm tra năm ' || year || ': ' || title AS label, deleted_at FROM campaigns WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'team', t.id, 'Đoàn kiểm tra số ' || t.number || ' (' || c.year || ')', t.deleted_at
      FROM teams t JOIN campaigns c ON c.id = t.campaign_id WHERE t.deleted_at IS NOT NULL
    UNION ALL SELECT 'unit', id, name, deleted_at FROM units WHERE deleted_at IS NOT NULL
    UNION ALL SELECT 'inspection', i.id, 'Kiểm tra tại ' || coalesce(u.name, '(chưa chọn đơn vị)'), i.deleted_at
      FROM inspections i LEFT JOIN units u ON u.id = i.unit_id WHERE i.deleted_at IS NOT NULL
    UNION ALL SELECT 'remediationReport', rr.id,
      'Báo cáo khắc phục ' || CASE WHEN trim(rr.doc_number) != '' THEN 'số ' || rr.doc_number ELSE 'nhận ngày ' || strftime('%d/%m/%Y', rr.received_date) END
        || ' của ' || coalesce(u.name, '(chưa chọn đơn vị)'), rr.deleted_at
      FROM remediation_reports rr JOIN inspections i ON i.id = rr.inspection_id LEFT JOIN units u ON u.id = i.unit_id
      WHERE rr.deleted_at IS NOT NULL
    ORDER BY 4 DESC`).all() as { kind: BinKind; id: string; label: string; deleted_at: string }[];
  return rows.map((x) => ({ kind: x.kind, id: x.id, label: x.label, deletedAt: x.deleted_at }));
}

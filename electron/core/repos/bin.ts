// The bin: deleting moves a record out of sight (deleted_at) and can be undone until purged.
import { DOC_TYPE_LABELS, type DocType } from '../../../shared/documents/fields';
import { formatDocNumber } from '../../../shared/documents/numbering';
import type { BinEntry, BinKind } from '../../../shared/records';
import { CoreError } from '../errors';
import type { Records } from './records';

type AggregateKind = Exclude<BinKind, 'remediationReport' | 'attachment'>;
const TABLE: Record<AggregateKind, 'campaigns' | 'teams' | 'units' | 'inspections'> = {
  campaign: 'campaigns', team: 'teams', unit: 'units', inspection: 'inspections',
};

/** A unit's remediation report is a record of its own (repos/remediation.ts), not an aggregate of Records. */
function setReportDeleted(r: Records, id: string, deletedAt: string | null, now: string): boolean {
  return r.db.prepare(`UPDATE remediation_reports SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS ${deletedAt ? 'NULL' : 'NOT NULL'}`)
    .run(deletedAt, now, id).changes === 1;
}

/**
 * A scan taken off its document or report (files/attachments.ts). Only the row moves: the stored
 * file stays in the data folder (the app never deletes one), so restoring it from the bin finds it.
 */
function setAttachmentDeleted(r: Records, id: string, deletedAt: string | null, now: string): boolean {
  return r.db.prepare(`UPDATE attachments SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS ${deletedAt ? 'NULL' : 'NOT NULL'}`)
    .run(deletedAt, now, id).changes === 1;
}

export function moveToBin(r: Records, kind: BinKind, id: string): void {
  const now = r.now();
  if (kind === 'remediationReport' || kind === 'attachment') {
    const done = kind === 'attachment' ? setAttachmentDeleted(r, id, now, now) : setReportDeleted(r, id, now, now);
    if (!done) throw new CoreError('NOT_FOUND', 'Không tìm thấy mục cần xóa');
    return;
  }
  if (!r.t[TABLE[kind]].get(id)) throw new CoreError('NOT_FOUND', 'Không tìm thấy mục cần xóa');
  r.t[TABLE[kind]].setDeleted(id, now, now);
}

export function restoreFromBin(r: Records, kind: BinKind, id: string): void {
  const now = r.now();
  const done = kind === 'remediationReport' ? setReportDeleted(r, id, null, now)
    : kind === 'attachment' ? setAttachmentDeleted(r, id, null, now)
    : r.t[TABLE[kind]].setDeleted(id, null, now);
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
  const entries = rows.map((x) => ({ kind: x.kind, id: x.id, label: x.label, deletedAt: x.deleted_at }));
  const scans = binnedScans(r);
  // Newest deletion first across both lists (ISO times sort as text).
  return scans.length ? [...entries, ...scans].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt)) : entries;
}

/** Removed scans, named by the file she attached and what it belonged to. */
function binnedScans(r: Records): BinEntry[] {
  const rows = r.db.prepare(`
    SELECT a.id, a.file_name, a.deleted_at, a.owner_kind, d.type, d.number, d.symbol,
           rr.doc_number, strftime('%d/%m/%Y', rr.received_date) AS received, coalesce(u.name, ud.name) AS unit
      FROM attachments a
      LEFT JOIN documents d ON a.owner_kind = 'signed_document' AND d.id = a.owner_id
      LEFT JOIN inspections di ON di.id = d.inspection_id LEFT JOIN units ud ON ud.id = di.unit_id
      LEFT JOIN remediation_reports rr ON a.owner_kind = 'remediation_report' AND rr.id = a.owner_id
      LEFT JOIN inspections ri ON ri.id = rr.inspection_id LEFT JOIN units u ON u.id = ri.unit_id
     WHERE a.deleted_at IS NOT NULL`).all() as {
      id: string; file_name: string; deleted_at: string; owner_kind: string; type: DocType | null; number: number | null;
      symbol: string | null; doc_number: string | null; received: string | null; unit: string | null;
    }[];
  return rows.map((x) => {
    const of = x.owner_kind === 'signed_document'
      ? (x.type ? `bản đã ký của ${DOC_TYPE_LABELS[x.type]} số ${formatDocNumber(x.number, x.symbol ?? '')}` : 'bản đã ký')
      : `báo cáo khắc phục ${x.doc_number?.trim() ? `số ${x.doc_number.trim()}` : `nhận ngày ${x.received ?? ''}`}`;
    return { kind: 'attachment' as const, id: x.id, label: `Bản chụp "${x.file_name}" (${of}${x.unit ? ` của ${x.unit}` : ''})`, deletedAt: x.deleted_at };
  });
}

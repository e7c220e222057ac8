// The dashboard's numbers in a few aggregate queries (no list is read whole): it opens on every start,
// so it must stay fast with ten years of records. The status of each recommendation comes from the
// one rule (shared/follow-up/status.ts) called from SQL (follow-sql.ts).
import { DASHBOARD_LIMIT, type Dashboard, type DashboardDraft, type DashboardReport, type DashboardUnit, type DashboardUnsent } from '../../../shared/dashboard';
import { formatDocNumber } from '../../../shared/documents/numbering';
import { DUE_SQL, FOLLOWED_FROM, FOLLOWED_WHERE, STATUS_SQL } from './follow-sql';
import type { Records } from './records';

export function getDashboard(r: Records, today: string, soonDays: number): Dashboard {
  // One pass over the recommendations not stored as done: their status and due date today (the status
  // function runs only on those; done ones cannot be overdue, due or waiting for an assessment).
  const rows = r.db.prepare(`
    SELECT * FROM (
      SELECT rec.id, rec.inspection_id, rec.content, rec.position, i.unit_id, c.year, ${STATUS_SQL} AS st, ${DUE_SQL} AS due
      ${FOLLOWED_FROM}
      WHERE ${FOLLOWED_WHERE} AND rec.status != 'done')
    WHERE st IN ('overdue', 'due_soon', 'reported')
    ORDER BY due, year DESC, inspection_id, position, id`).all(today, soonDays) as {
      id: string; inspection_id: string; content: string; position: number; unit_id: string | null; year: number;
      st: 'overdue' | 'due_soon' | 'reported'; due: string | null;
    }[];
  const unitName = new Map((r.db.prepare('SELECT id, name FROM units').all() as { id: string; name: string }[]).map((u) => [u.id, u.name]));
  // "Kiến nghị số N" of the few shown: its place among the followed recommendations of its inspection, as in the documents.
  const numberOf = r.db.prepare(`SELECT count(*) AS n FROM recommendations rec WHERE rec.inspection_id = ? AND ${FOLLOWED_WHERE}
                                 AND (rec.position < ? OR (rec.position = ? AND rec.id <= ?))`);

  const byUnit = new Map<string, DashboardUnit>();
  let overdue = 0;
  const soon = rows.filter((x) => x.st === 'due_soon');
  const reported = rows.filter((x) => x.st === 'reported').length;
  for (const x of rows) {
    if (x.st !== 'overdue') continue;
    overdue++;
    const key = x.unit_id ?? '';
    const u = byUnit.get(key) ?? { unitId: x.unit_id, unitName: unitName.get(x.unit_id ?? '') ?? '(chưa chọn đơn vị)', count: 0, oldestDue: null };
    u.count++;
    if (x.due && (!u.oldestDue || x.due < u.oldestDue)) u.oldestDue = x.due;
    byUnit.set(key, u);
  }

  const reportCount = r.db.prepare(`
    SELECT count(*) AS n FROM remediation_reports rr
    JOIN inspections i ON i.id = rr.inspection_id AND i.deleted_at IS NULL
    JOIN campaigns c ON c.id = i.campaign_id AND c.deleted_at IS NULL
    WHERE rr.deleted_at IS NULL AND EXISTS (
      SELECT 1 FROM remediation_report_items it JOIN recommendations rec ON rec.id = it.recommendation_id AND rec.deleted_at IS NULL
      WHERE it.report_id = rr.id AND it.deleted_at IS NULL AND it.assessment IS NULL)`).get() as { n: number };
  const reports = r.db.prepare(`
    SELECT rr.id, rr.inspection_id, rr.doc_number, rr.doc_date, rr.received_date, u.name AS unit_name, count(*) AS pending
    FROM remediation_reports rr
    JOIN inspections i ON i.id = rr.inspection_id AND i.deleted_at IS NULL
    JOIN campaigns c ON c.id = i.campaign_id AND c.deleted_at IS NULL
    LEFT JOIN units u ON u.id = i.unit_id
    JOIN remediation_report_items it ON it.report_id = rr.id AND it.deleted_at IS NULL AND it.assessment IS NULL
    JOIN recommendations rec ON rec.id = it.recommendation_id AND rec.deleted_at IS NULL
    WHERE rr.deleted_at IS NULL
    GROUP BY rr.id ORDER BY rr.received_date, rr.created_at LIMIT ?`).all(DASHBOARD_LIMIT) as {
      id: string; inspection_id: string; doc_number: string; doc_date: string | null; received_date: string; unit_name: string | null; pending: number;
    }[];

  // An inspection whose conclusion notice has not been issued is still a draft (documents.md).
  const NOT_ISSUED = `FROM inspections i JOIN campaigns c ON c.id = i.campaign_id AND c.deleted_at IS NULL
    WHERE i.deleted_at IS NULL AND NOT EXISTS (
      SELECT 1 FROM documents d WHERE d.inspection_id = i.id AND d.type = 'conclusion' AND d.deleted_at IS NULL)`;
  const draftCount = r.db.prepare(`SELECT count(*) AS n ${NOT_ISSUED}`).get() as { n: number };
  const drafts = r.db.prepare(`
    SELECT i.id, c.year, i.date_from, i.date_to, (SELECT name FROM units u WHERE u.id = i.unit_id) AS unit_name ${NOT_ISSUED}
    ORDER BY c.year DESC, i.date_from IS NULL, i.date_from DESC, i.created_at DESC LIMIT ?`).all(DASHBOARD_LIMIT) as {
      id: string; year: number; date_from: string | null; date_to: string | null; unit_name: string | null;
    }[];

  // Issued documents (their latest version) not yet on file as signed, or not yet sent (document_dispatch).
  const UNSENT = `FROM documents d
    JOIN inspections i ON i.id = d.inspection_id AND i.deleted_at IS NULL
    JOIN campaigns c ON c.id = i.campaign_id AND c.deleted_at IS NULL
    LEFT JOIN document_dispatch dd ON dd.document_id = d.id AND dd.deleted_at IS NULL
    WHERE d.deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes_id = d.id AND n.deleted_at IS NULL)
      AND (dd.signed_date IS NULL OR dd.sent_date IS NULL)`;
  const unsentCount = r.db.prepare(`SELECT count(*) AS n ${UNSENT}`).get() as { n: number };
  const unsent = r.db.prepare(`
    SELECT d.id, d.inspection_id, d.type, d.symbol, d.number, d.issued_date, dd.signed_date, dd.sent_date,
           (SELECT name FROM units u WHERE u.id = i.unit_id) AS unit_name ${UNSENT}
    ORDER BY d.issued_date, d.created_at LIMIT ?`).all(DASHBOARD_LIMIT) as {
      id: string; inspection_id: string; type: 'minutes' | 'conclusion'; symbol: string; number: number; issued_date: string;
      signed_date: string | null; sent_date: string | null; unit_name: string | null;
    }[];

  const inspections = (r.db.prepare(`SELECT count(*) AS n FROM inspections i JOIN campaigns c ON c.id = i.campaign_id AND c.deleted_at IS NULL
                                     WHERE i.deleted_at IS NULL`).get() as { n: number }).n;
  return {
    inspections,
    today,
    overdue: {
      total: overdue,
      units: byUnit.size,
      byUnit: [...byUnit.values()].sort((a, b) => b.count - a.count || (a.oldestDue ?? '').localeCompare(b.oldestDue ?? '')),
    },
    dueSoon: {
      total: soon.length,
      days: soonDays,
      items: soon.slice(0, DASHBOARD_LIMIT).map((x) => ({
        inspectionId: x.inspection_id, recommendationId: x.id, unitName: unitName.get(x.unit_id ?? '') ?? '(chưa chọn đơn vị)', year: x.year,
        number: (numberOf.get(x.inspection_id, x.position, x.position, x.id) as { n: number }).n, content: x.content.trim(), due: x.due,
      })),
    },
    reportsToAssess: {
      total: reportCount.n,
      recommendations: reported,
      items: reports.map((x): DashboardReport => ({
        reportId: x.id, inspectionId: x.inspection_id, unitName: x.unit_name ?? '(chưa chọn đơn vị)', docNumber: x.doc_number,
        docDate: x.doc_date, receivedDate: x.received_date, pending: x.pending,
      })),
    },
    drafts: {
      total: draftCount.n,
      items: drafts.map((x): DashboardDraft => ({
        inspectionId: x.id, unitName: x.unit_name ?? '(chưa chọn đơn vị)', year: x.year, dateFrom: x.date_from, dateTo: x.date_to,
      })),
    },
    unsent: {
      total: unsentCount.n,
      items: unsent.map((x): DashboardUnsent => ({
        documentId: x.id, inspectionId: x.inspection_id, unitName: x.unit_name ?? '(chưa chọn đơn vị)', type: x.type,
        numberText: formatDocNumber(x.number, x.symbol), issuedDate: x.issued_date, signed: x.signed_date !== null, sent: x.sent_date !== null,
      })),
    },
  };
}

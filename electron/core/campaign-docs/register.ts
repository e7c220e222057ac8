// The register of the campaign's own issued documents (table campaign_documents): rows are only
// inserted; triggers refuse any change and any deletion. Numbers share one series per symbol and
// year with the inspections' documents (electron/core/documents/register.ts maxNumberUsed).
import crypto from 'node:crypto';
import type { CampaignDocKind } from '../../../shared/campaign-report/kinds';
import { nextNumberAfter } from '../../../shared/documents/numbering';
import type { Db } from '../db/database';
import { maxNumberUsed, sha256Hex } from '../documents/register';

export interface CampaignRegisterRow {
  id: string; campaignId: string; unitId: string | null; kind: CampaignDocKind; symbol: string; year: number; number: number;
  issuedDate: string; version: number; supersedesId: string | null; templateName: string; templateSha256: string;
  fingerprint: string; fileName: string; sha256: string; size: number; recommendationIds: string[]; reportBy: string | null; createdAt: string;
}

export type NewCampaignRow = Omit<CampaignRegisterRow, 'id' | 'version' | 'supersedesId' | 'sha256' | 'size' | 'createdAt'> & { content: Uint8Array };

const COLUMNS = `id, campaign_id, unit_id, kind, symbol, year, number, issued_date, version, supersedes_id, template_name,
  template_sha256, fingerprint, file_name, sha256, size, recommendation_ids, report_by, created_at`;

interface SqlRow {
  id: string; campaign_id: string; unit_id: string | null; kind: CampaignDocKind; symbol: string; year: number; number: number;
  issued_date: string; version: number; supersedes_id: string | null; template_name: string; template_sha256: string;
  fingerprint: string; file_name: string; sha256: string; size: number; recommendation_ids: string; report_by: string | null; created_at: string;
}

const toRow = (r: SqlRow): CampaignRegisterRow => ({
  id: r.id, campaignId: r.campaign_id, unitId: r.unit_id, kind: r.kind, symbol: r.symbol, year: r.year, number: r.number,
  issuedDate: r.issued_date, version: r.version, supersedesId: r.supersedes_id, templateName: r.template_name,
  templateSha256: r.template_sha256, fingerprint: r.fingerprint, fileName: r.file_name, sha256: r.sha256, size: r.size,
  recommendationIds: JSON.parse(r.recommendation_ids) as string[], reportBy: r.report_by, createdAt: r.created_at,
});

export class CampaignRegister {
  constructor(private readonly db: Db, private readonly now: () => string) {}

  nextNumber(symbol: string, year: number): number {
    return nextNumberAfter(maxNumberUsed(this.db, symbol, year));
  }

  /** The date of the highest number of the symbol and year in either register: a new one may not be dated before it. */
  lastDate(symbol: string, year: number): { number: number; issuedDate: string } | undefined {
    return this.db.prepare(`
      SELECT number, issued_date AS issuedDate FROM (
        SELECT number, issued_date FROM documents WHERE symbol = @symbol AND year = @year
        UNION ALL SELECT number, issued_date FROM campaign_documents WHERE symbol = @symbol AND year = @year)
      ORDER BY number DESC LIMIT 1`).get({ symbol, year }) as { number: number; issuedDate: string } | undefined;
  }

  get(id: string): CampaignRegisterRow | undefined {
    const r = this.db.prepare(`SELECT ${COLUMNS} FROM campaign_documents WHERE id = ? AND deleted_at IS NULL`).get(id) as SqlRow | undefined;
    return r && toRow(r);
  }

  content(id: string): { bytes: Uint8Array; intact: boolean } | undefined {
    const r = this.db.prepare('SELECT content, sha256 FROM campaign_documents WHERE id = ? AND deleted_at IS NULL').get(id) as
      | { content: Buffer; sha256: string } | undefined;
    if (!r) return undefined;
    const bytes = new Uint8Array(r.content.buffer, r.content.byteOffset, r.content.byteLength);
    return { bytes, intact: sha256Hex(bytes) === r.sha256 };
  }

  /** Every live document of a campaign: the report's versions, then the reminders, oldest first. */
  list(campaignId: string): CampaignRegisterRow[] {
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM campaign_documents WHERE campaign_id = ? AND deleted_at IS NULL
      ORDER BY CASE kind WHEN 'report' THEN 0 ELSE 1 END, issued_date, number`).all(campaignId) as SqlRow[];
    return rows.map(toRow);
  }

  /** The latest version for the campaign, kind and unit (also one in the bin: versions keep counting). */
  latest(campaignId: string, kind: CampaignDocKind, unitId: string | null): CampaignRegisterRow | undefined {
    const r = this.db.prepare(`SELECT ${COLUMNS} FROM campaign_documents WHERE campaign_id = ? AND kind = ? AND COALESCE(unit_id, '') = ?
      ORDER BY version DESC LIMIT 1`).get(campaignId, kind, unitId ?? '') as SqlRow | undefined;
    return r && toRow(r);
  }

  /** Inserts the next version; call inside a transaction that has checked the number is free. */
  insert(doc: NewCampaignRow): CampaignRegisterRow {
    const prev = this.latest(doc.campaignId, doc.kind, doc.unitId);
    const id = crypto.randomUUID();
    const now = this.now();
    this.db.prepare(`INSERT INTO campaign_documents (id, campaign_id, unit_id, kind, symbol, year, number, issued_date, version,
        supersedes_id, template_name, template_sha256, fingerprint, file_name, content, sha256, size, recommendation_ids, report_by,
        created_at, updated_at)
      VALUES (@id, @campaignId, @unitId, @kind, @symbol, @year, @number, @issuedDate, @version, @supersedesId, @templateName,
        @templateSha256, @fingerprint, @fileName, @content, @sha256, @size, @recommendationIds, @reportBy, @now, @now)`).run({
      ...doc, id, version: (prev?.version ?? 0) + 1, supersedesId: prev?.id ?? null,
      content: Buffer.from(doc.content.buffer, doc.content.byteOffset, doc.content.byteLength),
      sha256: sha256Hex(doc.content), size: doc.content.byteLength, recommendationIds: JSON.stringify(doc.recommendationIds), now,
    });
    return this.get(id)!;
  }
}

// The register of issued documents (table `documents`, migration 2): one row per issued document,
// holding the .docx exactly as issued, its SHA-256 and its number. Rows are only ever inserted;
// triggers refuse any change to what was issued and any deletion.
import crypto from 'node:crypto';
import type { DocType } from '../../../shared/documents/fields';
import { formatDocNumber, nextNumberAfter } from '../../../shared/documents/numbering';
import type { Db } from '../db/database';

export interface RegisterRow {
  id: string;
  inspectionId: string;
  type: DocType;
  symbol: string;
  year: number;
  number: number;
  issuedDate: string;
  version: number;
  supersedesId: string | null;
  templateName: string;
  templateSha256: string;
  fingerprint: string;
  fileName: string;
  sha256: string;
  size: number;
  createdAt: string;
}

/** What issuing supplies; the register adds id, version, supersedesId, sha256, size and createdAt. */
export type NewRegisterRow = Omit<RegisterRow, 'id' | 'version' | 'supersedesId' | 'sha256' | 'size' | 'createdAt'> & {
  content: Uint8Array;
};

export const sha256Hex = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');

const COLUMNS = `id, inspection_id, type, symbol, year, number, issued_date, version, supersedes_id,
  template_name, template_sha256, fingerprint, file_name, sha256, size, created_at`;

interface SqlRow {
  id: string; inspection_id: string; type: DocType; symbol: string; year: number; number: number; issued_date: string;
  version: number; supersedes_id: string | null; template_name: string; template_sha256: string; fingerprint: string;
  file_name: string; sha256: string; size: number; created_at: string;
}

const toRow = (r: SqlRow): RegisterRow => ({
  id: r.id, inspectionId: r.inspection_id, type: r.type, symbol: r.symbol, year: r.year, number: r.number,
  issuedDate: r.issued_date, version: r.version, supersedesId: r.supersedes_id, templateName: r.template_name,
  templateSha256: r.template_sha256, fingerprint: r.fingerprint, fileName: r.file_name, sha256: r.sha256,
  size: r.size, createdAt: r.created_at,
});

/**
 * The highest number of a symbol and year in either register (the inspections' documents and the
 * campaign's own, electron/core/campaign-docs/register.ts): one series per symbol and year.
 */
export function maxNumberUsed(db: Db, symbol: string, year: number): number | null {
  return db
    .prepare(`SELECT max(n) FROM (SELECT number AS n FROM documents WHERE symbol = @symbol AND year = @year
              UNION ALL SELECT number FROM campaign_documents WHERE symbol = @symbol AND year = @year)`)
    .pluck()
    .get({ symbol, year }) as number | null;
}

export function isNumberFree(db: Db, symbol: string, year: number, number: number): boolean {
  return !db
    .prepare(`SELECT 1 FROM documents WHERE symbol = @symbol AND year = @year AND number = @number
              UNION ALL SELECT 1 FROM campaign_documents WHERE symbol = @symbol AND year = @year AND number = @number`)
    .get({ symbol, year, number });
}

export const numberTextOf = (r: Pick<RegisterRow, 'number' | 'symbol'>): string => formatDocNumber(r.number, r.symbol);

export class DocumentRegister {
  constructor(private readonly db: Db, private readonly now: () => string) {}

  /**
   * The number the next document with this symbol gets in `year`: one more than the highest already
   * issued that year. Documents moved to the bin still hold their number (a number is never reused).
   */
  nextNumber(symbol: string, year: number): number {
    return nextNumberAfter(maxNumberUsed(this.db, symbol, year));
  }

  /**
   * The highest number of this symbol and year, with its date: the number a new document comes after,
   * which it may never be dated earlier than. Documents in the bin count (their number stays taken).
   */
  last(symbol: string, year: number): RegisterRow | undefined {
    const r = this.db
      .prepare(`SELECT ${COLUMNS} FROM documents WHERE symbol = ? AND year = ? ORDER BY number DESC LIMIT 1`)
      .get(symbol, year) as SqlRow | undefined;
    return r && toRow(r);
  }

  isFree(symbol: string, year: number, number: number): boolean {
    return isNumberFree(this.db, symbol, year, number);
  }

  get(id: string): RegisterRow | undefined {
    const r = this.db.prepare(`SELECT ${COLUMNS} FROM documents WHERE id = ? AND deleted_at IS NULL`).get(id) as SqlRow | undefined;
    return r && toRow(r);
  }

  /** The issued bytes, checked against the checksum taken when they were issued. */
  content(id: string): { bytes: Uint8Array; intact: boolean } | undefined {
    const r = this.db.prepare('SELECT content, sha256 FROM documents WHERE id = ? AND deleted_at IS NULL').get(id) as
      | { content: Buffer; sha256: string }
      | undefined;
    if (!r) return undefined;
    const bytes = new Uint8Array(r.content.buffer, r.content.byteOffset, r.content.byteLength);
    return { bytes, intact: sha256Hex(bytes) === r.sha256 };
  }

  /** Every document of an inspection: minutes before conclusion, each type oldest version first (latest last). */
  list(inspectionId: string): RegisterRow[] {
    const rows = this.db
      .prepare(
        `SELECT ${COLUMNS} FROM documents WHERE inspection_id = ? AND deleted_at IS NULL
         ORDER BY CASE type WHEN 'minutes' THEN 0 ELSE 1 END, version`,
      )
      .all(inspectionId) as SqlRow[];
    return rows.map(toRow);
  }

  /** The latest version issued for the inspection and type (also one in the bin: versions keep counting). */
  latest(inspectionId: string, type: DocType): RegisterRow | undefined {
    const r = this.db
      .prepare(`SELECT ${COLUMNS} FROM documents WHERE inspection_id = ? AND type = ? ORDER BY version DESC LIMIT 1`)
      .get(inspectionId, type) as SqlRow | undefined;
    return r && toRow(r);
  }

  /**
   * Inserts an issued document as the next version for its inspection and type, superseding the
   * previous one. Call inside a transaction that has checked the number is free.
   */
  insert(doc: NewRegisterRow): RegisterRow {
    const prev = this.latest(doc.inspectionId, doc.type);
    const id = crypto.randomUUID();
    const now = this.now();
    this.db
      .prepare(
        `INSERT INTO documents (id, inspection_id, type, symbol, year, number, issued_date, version, supersedes_id,
           template_name, template_sha256, fingerprint, file_name, content, sha256, size, created_at, updated_at)
         VALUES (@id, @inspectionId, @type, @symbol, @year, @number, @issuedDate, @version, @supersedesId,
           @templateName, @templateSha256, @fingerprint, @fileName, @content, @sha256, @size, @now, @now)`,
      )
      .run({
        ...doc,
        id,
        version: (prev?.version ?? 0) + 1,
        supersedesId: prev?.id ?? null,
        content: Buffer.from(doc.content.buffer, doc.content.byteOffset, doc.content.byteLength),
        sha256: sha256Hex(doc.content),
        size: doc.content.byteLength,
        now,
      });
    return this.get(id)!;
  }
}

// A small typed mapper between record objects (camelCase) and STRICT table rows (snake_case),
// shared by every repository so that upsert, soft delete and ordered reads are written once.
import type { Db } from './database';

export type ColumnType = 'text' | 'nullableText' | 'int' | 'nullableReal' | 'bool' | 'json';
export type Columns = Record<string, [column: string, type: ColumnType]>;

export interface TableSpec {
  table: string;
  /** Column that links a child row to its parent aggregate, if any. */
  parent?: string;
  columns: Columns;
}

type Row = Record<string, unknown>;

function toSql(type: ColumnType, v: unknown): unknown {
  if (type === 'bool') return v ? 1 : 0;
  if (type === 'json') return JSON.stringify(v);
  if (v === undefined) return null;
  return v;
}
function fromSql(type: ColumnType, v: unknown): unknown {
  if (type === 'bool') return v === 1;
  if (type === 'json') return JSON.parse(v as string);
  return v;
}

export class Table<T extends { id: string }> {
  private readonly cols: [field: string, column: string, type: ColumnType][];
  private readonly upsertSql: string;

  constructor(private readonly db: Db, private readonly spec: TableSpec) {
    this.cols = Object.entries(spec.columns).map(([f, [c, t]]) => [f, c, t]);
    const names = [
      'id', ...(spec.parent ? [spec.parent, 'position'] : []), ...this.cols.map(([, c]) => c), 'created_at', 'updated_at',
    ];
    const updates = names.filter((n) => n !== 'id' && n !== 'created_at').map((n) => `${n} = excluded.${n}`);
    this.upsertSql =
      `INSERT INTO ${spec.table} (${names.join(', ')}, deleted_at) VALUES (${names.map((n) => '@' + n).join(', ')}, NULL) ` +
      `ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}, deleted_at = NULL`;
  }

  /** A row read with SELECT * (plus any extra columns, ignored) as a record. */
  toRecord(row: Row): T {
    const rec: Row = { id: row.id };
    for (const [f, c, t] of this.cols) rec[f] = fromSql(t, row[c]);
    return rec as T;
  }

  upsert(rec: T, now: string, parentId?: string, position?: number): void {
    const params: Row = { id: rec.id, created_at: now, updated_at: now };
    if (this.spec.parent) {
      params[this.spec.parent] = parentId;
      params.position = position ?? 0;
    }
    for (const [f, c, t] of this.cols) params[c] = toSql(t, (rec as Row)[f]);
    this.db.prepare(this.upsertSql).run(params);
  }

  get(id: string, includeDeleted = false): T | undefined {
    const row = this.db
      .prepare(`SELECT * FROM ${this.spec.table} WHERE id = ?${includeDeleted ? '' : ' AND deleted_at IS NULL'}`)
      .get(id) as Row | undefined;
    return row ? this.toRecord(row) : undefined;
  }

  all(where = '1 = 1', ...params: unknown[]): T[] {
    const order = this.spec.parent ? 'position' : 'created_at';
    const rows = this.db
      .prepare(`SELECT * FROM ${this.spec.table} WHERE deleted_at IS NULL AND (${where}) ORDER BY ${order}, id`)
      .all(...params) as Row[];
    return rows.map((r) => this.toRecord(r));
  }

  children(parentId: string): T[] {
    return this.all(`${this.spec.parent} = ?`, parentId);
  }

  /** Makes the live children of a parent exactly `rows`, in that order; the rest go to the bin. */
  syncChildren(parentId: string, rows: T[], now: string): void {
    rows.forEach((r, i) => this.upsert(r, now, parentId, i));
    const keep = new Set(rows.map((r) => r.id));
    const live = this.db
      .prepare(`SELECT id FROM ${this.spec.table} WHERE ${this.spec.parent} = ? AND deleted_at IS NULL`)
      .all(parentId) as { id: string }[];
    const del = this.db.prepare(`UPDATE ${this.spec.table} SET deleted_at = ?, updated_at = ? WHERE id = ?`);
    for (const { id } of live) if (!keep.has(id)) del.run(now, now, id);
  }

  setDeleted(id: string, deletedAt: string | null, now: string): boolean {
    const res = this.db
      .prepare(`UPDATE ${this.spec.table} SET deleted_at = ?, updated_at = ? WHERE id = ?`)
      .run(deletedAt, now, id);
    return res.changes > 0;
  }
}

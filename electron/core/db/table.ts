// A small typed mapper between record objects (camelCase) and STRICT table rows (snake_case),
// shared by every repository so that writes, soft delete and ordered reads are written once.
//
// Write rules (every save of a record or of its rows goes through here; tests in
// test/integration/write-rules.test.ts):
//   1. No restore on save: a row that is in the bin (deleted_at set) is never written by a save.
//      A record in the bin is refused with DELETED, a child row with DELETED_ROW; restoring is an
//      explicit act (bin.restore for records, rows.restore for child rows).
//   2. No re-parenting: a child row id that belongs to another parent (live or in the bin) is
//      refused with CHILD_OWNED_ELSEWHERE; a save never moves a row from one record to another.
//   3. Write what changed: a row equal to the stored one (same columns, parent and position) is not
//      rewritten, so its updated_at stays; only rows that differ are updated.
//   4. Removing a child from a record sends it to the bin (deleted_at), never erases it.
// A refusal throws a CoreError before anything of the save is committed (callers run in a transaction).
import type { Db } from './database';
import { CoreError } from '../errors';

export type ColumnType = 'text' | 'nullableText' | 'int' | 'nullableReal' | 'bool' | 'json';
export type Columns = Record<string, [column: string, type: ColumnType]>;

export interface TableSpec {
  table: string;
  /** Column that links a child row to its parent aggregate, if any. */
  parent?: string;
  /** What one row is called in a message ("Kiến nghị"), numbered by its position in the list. */
  label: string;
  /** The parent as named in "thuộc một cuộc kiểm tra khác" (child tables only). */
  parentLabel?: string;
  columns: Columns;
}

type Row = Record<string, unknown>;
/** What a write did, so callers can tell whether their record changed at all. */
export type WriteOutcome = 'inserted' | 'updated' | 'unchanged';

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
  /** Columns a save writes besides id and the time stamps (parent and position included). */
  private readonly dataCols: string[];
  private readonly insertSql: string;
  private readonly updateSql: string;

  constructor(private readonly db: Db, readonly spec: TableSpec) {
    this.cols = Object.entries(spec.columns).map(([f, [c, t]]) => [f, c, t]);
    this.dataCols = [...(spec.parent ? [spec.parent, 'position'] : []), ...this.cols.map(([, c]) => c)];
    const names = ['id', ...this.dataCols, 'created_at', 'updated_at'];
    this.insertSql = `INSERT INTO ${spec.table} (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`;
    this.updateSql =
      `UPDATE ${spec.table} SET ${[...this.dataCols, 'updated_at'].map((n) => `${n} = @${n}`).join(', ')} ` +
      'WHERE id = @id AND deleted_at IS NULL';
  }

  /** A row read with SELECT * (plus any extra columns, ignored) as a record. */
  toRecord(row: Row): T {
    const rec: Row = { id: row.id };
    for (const [f, c, t] of this.cols) rec[f] = fromSql(t, row[c]);
    return rec as T;
  }

  private params(rec: T, now: string, parentId?: string, position?: number): Row {
    const params: Row = { id: rec.id, created_at: now, updated_at: now };
    if (this.spec.parent) {
      params[this.spec.parent] = parentId;
      params.position = position ?? 0;
    }
    for (const [f, c, t] of this.cols) params[c] = toSql(t, (rec as Row)[f]);
    return params;
  }

  private same(stored: Row, params: Row): boolean {
    return this.dataCols.every((c) => stored[c] === params[c]);
  }

  private raw(id: string): Row | undefined {
    return this.db.prepare(`SELECT * FROM ${this.spec.table} WHERE id = ?`).get(id) as Row | undefined;
  }

  /**
   * Writes a record that has no parent (a campaign, a unit, a team, an inspection, a unit level):
   * refused when it is in the bin (rule 1), skipped when unchanged (rule 3).
   */
  save(rec: T, now: string, position?: number): WriteOutcome {
    const params = this.params(rec, now);
    const stored = this.raw(rec.id);
    if (stored?.deleted_at != null) {
      throw position === undefined
        ? new CoreError('DELETED', `${this.spec.label} này đã được chuyển vào Thùng rác; khôi phục trong Thùng rác để sửa tiếp.`)
        : this.deletedRow(position);
    }
    return this.write(stored, params);
  }

  private write(stored: Row | undefined, params: Row): WriteOutcome {
    if (!stored) {
      this.db.prepare(this.insertSql).run(params);
      return 'inserted';
    }
    if (this.same(stored, params)) return 'unchanged';
    const { created_at: _unused, ...update } = params;
    this.db.prepare(this.updateSql).run(update);
    return 'updated';
  }

  private deletedRow(position: number): CoreError {
    return new CoreError(
      'DELETED_ROW',
      `${this.spec.label} số ${position + 1} đã bị xóa; không lưu lại một dòng đã xóa. Hãy hoàn tác việc xóa hoặc thêm dòng mới.`,
    );
  }

  get(id: string, includeDeleted = false): T | undefined {
    const row = this.db
      .prepare(`SELECT * FROM ${this.spec.table} WHERE id = ?${includeDeleted ? '' : ' AND deleted_at IS NULL'}`)
      .get(id) as Row | undefined;
    return row ? this.toRecord(row) : undefined;
  }

  /** The parent id and bin state of a row, whoever owns it (import and rows.restore check ownership). */
  owner(id: string): { parentId: string | null; deleted: boolean } | undefined {
    const row = this.raw(id);
    if (!row) return undefined;
    return { parentId: this.spec.parent ? (row[this.spec.parent] as string) : null, deleted: row.deleted_at != null };
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

  /**
   * Makes the live children of a parent exactly `rows`, in that order; the rest go to the bin.
   * Refuses (before writing) a row in the bin or owned by another parent. Returns whether any row
   * was written.
   */
  syncChildren(parentId: string, rows: T[], now: string): boolean {
    const parent = this.spec.parent!;
    const mine = new Map(
      (this.db.prepare(`SELECT * FROM ${this.spec.table} WHERE ${parent} = ?`).all(parentId) as Row[]).map((r) => [r.id as string, r]),
    );
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (seen.has(r.id)) throw new CoreError('DUPLICATE_ROW', `${this.spec.label} số ${i + 1} trùng mã với một dòng khác trong cùng danh sách.`);
      seen.add(r.id);
      const stored = mine.get(r.id);
      if (stored?.deleted_at != null) throw this.deletedRow(i);
      if (!stored && this.raw(r.id)) {
        throw new CoreError(
          'CHILD_OWNED_ELSEWHERE',
          `${this.spec.label} số ${i + 1} thuộc ${this.spec.parentLabel ?? 'một mục khác'}; không lưu được vào đây.`,
        );
      }
    });
    let changed = false;
    rows.forEach((r, i) => {
      if (this.write(mine.get(r.id), this.params(r, now, parentId, i)) !== 'unchanged') changed = true;
    });
    const del = this.db.prepare(`UPDATE ${this.spec.table} SET deleted_at = ?, updated_at = ? WHERE id = ?`);
    for (const [id, stored] of mine) {
      if (stored.deleted_at == null && !seen.has(id)) {
        del.run(now, now, id);
        changed = true;
      }
    }
    return changed;
  }

  /** Takes one row out of the bin; false when it was not in the bin. Callers check the owner first. */
  restore(id: string, now: string): boolean {
    return this.db.prepare(`UPDATE ${this.spec.table} SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL`).run(now, id).changes > 0;
  }

  setDeleted(id: string, deletedAt: string | null, now: string): boolean {
    const res = this.db
      .prepare(`UPDATE ${this.spec.table} SET deleted_at = ?, updated_at = ? WHERE id = ?`)
      .run(deletedAt, now, id);
    return res.changes > 0;
  }

  /** Marks a record changed without rewriting it (a child row changed: the list date moves). */
  touch(id: string, now: string): void {
    this.db.prepare(`UPDATE ${this.spec.table} SET updated_at = ? WHERE id = ?`).run(now, id);
  }
}

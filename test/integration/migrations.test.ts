// The database file: how it is opened, how its schema is created and upgraded, and what happens to a
// file we must not touch (from a newer BienBan) or cannot trust (damaged).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, DB_FILE } from '../../electron/core/core';
import { MIN_SQLITE, openDatabase, versionAtLeast, type Db } from '../../electron/core/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { dispatch } from '../../electron/core/dispatch';
import { CoreError } from '../../electron/core/errors';
import { SPECS } from '../../electron/core/repos/specs';
import { newCampaign, newId, newInspection } from '../../shared/defaults';
import type { Inspection } from '../../shared/records';
import { tempDir } from '../helpers';

const open: { close(): void }[] = [];
const dirs: string[] = [];
afterEach(() => {
  open.splice(0).forEach((d) => d.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function freshPath(): string {
  const dir = tempDir('bienban-db-');
  dirs.push(dir);
  return path.join(dir, DB_FILE);
}
function opened(db: Db): Db {
  open.push(db);
  return db;
}
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Runs `fn`, expecting a CoreError, and returns it. */
function coreErrorOf(fn: () => unknown): CoreError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CoreError);
    return e as CoreError;
  }
  throw new Error('expected a CoreError, nothing was thrown');
}

/** A database at the current schema with some records in it, closed again. */
function populatedDb(campaigns = 1): { dir: string; dbPath: string; ids: string[] } {
  const dir = tempDir('bienban-db-');
  dirs.push(dir);
  const core = createCore({ dataDir: dir });
  const ids: string[] = [];
  for (let k = 0; k < campaigns; k++) {
    const c = newCampaign(2022);
    c.plan.summary = `Kế hoạch kiểm tra số ${k}. ` + 'Kiểm tra công tác cải cách hành chính tại các cơ quan. '.repeat(50);
    ids.push(core.handlers['campaigns.save'](c).id);
  }
  core.close();
  return { dir, dbPath: core.dbPath, ids };
}

function blankInspection(campaignId: string): Inspection {
  return newInspection(campaignId);
}

describe('opening a new database', () => {
  it('runs migration 1: every table is STRICT and user_version is the schema version', () => {
    const db = opened(openDatabase(freshPath()));
    const tables = db
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThanOrEqual(15);
    // The search index (migration 10) is an FTS5 virtual table, whose own shadow tables SQLite makes.
    for (const t of tables.filter((x) => !x.name.startsWith('search_index'))) expect(t.sql, `table ${t.name}`).toMatch(/\)\s*STRICT\s*$/);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('gives every table the bookkeeping columns and every mapped field a column', () => {
    const db = opened(openDatabase(freshPath()));
    const columns = (table: string) =>
      new Map((db.pragma(`table_info(${table})`) as { name: string; type: string; pk: number }[]).map((c) => [c.name, c]));
    // The search index and its keys (migration 10) are derived from the records by triggers: no record of their own.
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%'`)
      .pluck()
      .all() as string[];
    // field_drafts holds no record of its own: its rows are replaced with each save of their record,
    // so it has no bin column. Append-only tables (follow-up history, extensions) are never changed.
    const appendOnly = ['recommendation_history', 'recommendation_extensions'];
    for (const t of tables) {
      const cols = columns(t);
      const stamps = appendOnly.includes(t) ? ['created_at'] : ['created_at', 'updated_at', ...(t === 'field_drafts' ? [] : ['deleted_at'])];
      for (const c of stamps) expect(cols.has(c), `${t}.${c}`).toBe(true);
    }
    // The repositories' column maps (repos/specs.ts) must name real columns.
    for (const spec of Object.values(SPECS)) {
      const cols = columns(spec.table);
      expect(cols.get('id')?.pk, `${spec.table}.id is the primary key`).toBe(1);
      expect(cols.get('id')?.type, `${spec.table}.id`).toBe('TEXT');
      for (const [column] of Object.values(spec.columns)) expect(cols.has(column), `${spec.table}.${column}`).toBe(true);
      if ('parent' in spec) expect(cols.has(spec.parent) && cols.has('position'), spec.table).toBe(true);
    }
  });

  it('uses WAL, synchronous=FULL, foreign keys and a busy timeout on the connection it returns', () => {
    const db = opened(openDatabase(freshPath()));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('the core connection has the same settings', () => {
    const dir = tempDir();
    dirs.push(dir);
    const core = createCore({ dataDir: dir });
    open.push(core);
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(core.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(core.handlers['system.info']({}).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('reopening an up-to-date database neither migrates nor backs it up', () => {
    const { dir, dbPath, ids } = populatedDb();
    const db = opened(openDatabase(dbPath));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT id FROM campaigns').pluck().all()).toEqual(ids);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.backup-'))).toEqual([]);
  });
});

describe('SQLite version', () => {
  it('is at least 3.51.3 (WAL corruption race fixed)', () => {
    const db = opened(openDatabase(freshPath()));
    const v = db.prepare('SELECT sqlite_version()').pluck().get() as string;
    expect(MIN_SQLITE).toBe('3.51.3');
    expect(versionAtLeast(v, MIN_SQLITE), `sqlite ${v}`).toBe(true);
  });

  it('versionAtLeast compares numerically, part by part', () => {
    expect(versionAtLeast('3.51.3', '3.51.3')).toBe(true);
    expect(versionAtLeast('3.51.4', '3.51.3')).toBe(true);
    expect(versionAtLeast('3.52.0', '3.51.3')).toBe(true);
    expect(versionAtLeast('4.0.0', '3.51.3')).toBe(true);
    expect(versionAtLeast('3.51.3.1', '3.51.3')).toBe(true);
    expect(versionAtLeast('3.51.2', '3.51.3')).toBe(false);
    expect(versionAtLeast('3.50.9', '3.51.3')).toBe(false);
    expect(versionAtLeast('3.51', '3.51.3')).toBe(false);
    expect(versionAtLeast('3.9.0', '3.51.3')).toBe(false); // not a string comparison ('3.9' > '3.5')
    expect(versionAtLeast('2.99.99', '3.51.3')).toBe(false);
  });
});

describe('a database from a newer BienBan', () => {
  for (const mode of ['wal', 'delete'] as const) {
    it(`is refused with DB_TOO_NEW and left byte-for-byte unchanged (journal_mode=${mode})`, () => {
      const { dir, dbPath, ids } = populatedDb();
      const raw = new Database(dbPath);
      raw.pragma(`journal_mode = ${mode}`);
      raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      raw.close();
      const before = sha256(dbPath);
      const files = fs.readdirSync(dir).sort();

      const err = coreErrorOf(() => openDatabase(dbPath));
      expect(err.code).toBe('DB_TOO_NEW');
      expect(err.message).toContain('phiên bản BienBan mới hơn');
      expect(err.message).toContain('dữ liệu không bị thay đổi');
      // The core refuses it the same way.
      expect(coreErrorOf(() => createCore({ dataDir: dir })).code).toBe('DB_TOO_NEW');

      expect(sha256(dbPath)).toBe(before);
      expect(fs.readdirSync(dir).sort()).toEqual(files); // no backup, no leftover WAL
      const check = new Database(dbPath, { readonly: true });
      expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
      expect(check.prepare('SELECT id FROM campaigns').pluck().all()).toEqual(ids);
      check.close();
    });
  }
});

describe('upgrading an older database', () => {
  const EXTRA = `CREATE TABLE audit_notes (id TEXT PRIMARY KEY, note TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT) STRICT;`;
  const at = new Date('2025-03-09T07:30:00.000Z');

  it('writes a full backup before migrating, then migrates to the new version', () => {
    const { dir, dbPath, ids } = populatedDb();
    const db = opened(openDatabase(dbPath, { migrations: [...MIGRATIONS, EXTRA], now: () => at }));

    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'audit_notes'`).pluck().get()).toMatch(/STRICT$/);
    expect(db.prepare('SELECT id FROM campaigns').pluck().all()).toEqual(ids);

    const backups = fs.readdirSync(dir).filter((f) => f.includes('.backup-'));
    expect(backups).toEqual([`${DB_FILE}.backup-v${SCHEMA_VERSION}-2025-03-09T07-30-00-000Z.sqlite`]);
    const backup = new Database(path.join(dir, backups[0]), { readonly: true });
    try {
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(backup.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(backup.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'audit_notes'`).pluck().get()).toBe(0);
      expect(backup.prepare('SELECT id FROM campaigns').pluck().all()).toEqual(ids);
    } finally {
      backup.close();
    }
  });

  it('a failing migration changes nothing: all migrations run in one transaction', () => {
    const { dir, dbPath, ids } = populatedDb();
    const broken = `${EXTRA}\nINSERT INTO no_such_table VALUES (1);`;
    const err = coreErrorOf(() => openDatabase(dbPath, { migrations: [...MIGRATIONS, broken], now: () => at }));
    expect(err.code).toBe('DB_OPEN');

    const db = opened(openDatabase(dbPath));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'audit_notes'`).pluck().get()).toBe(0);
    expect(db.prepare('SELECT id FROM campaigns').pluck().all()).toEqual(ids);
    // The backup taken before the attempt is still there for the secretary.
    expect(fs.readdirSync(dir).filter((f) => f.includes(`.backup-v${SCHEMA_VERSION}-`))).toHaveLength(1);
  });

  it('a brand-new file is created without a backup (nothing to lose)', () => {
    const dbPath = freshPath();
    opened(openDatabase(dbPath, { migrations: [...MIGRATIONS, EXTRA] }));
    expect(fs.readdirSync(path.dirname(dbPath)).filter((f) => f.includes('.backup-'))).toEqual([]);
  });
});

describe('a damaged database file', () => {
  /** Overwrites whole pages with garbage, as a failing disk or a bad copy would. */
  function damage(dbPath: string, where: 'middle' | 'header'): void {
    const buf = fs.readFileSync(dbPath);
    const pageSize = buf.readUInt16BE(16);
    const pages = buf.length / pageSize;
    expect(pages).toBeGreaterThan(20);
    const garbage = Buffer.alloc(where === 'header' ? 64 : pageSize * 2, 0xa5);
    garbage.copy(buf, where === 'header' ? 0 : Math.floor(pages / 2) * pageSize);
    fs.writeFileSync(dbPath, buf);
  }

  function expectRecoveryAdvice(err: CoreError, dbPath: string): void {
    expect(['DB_CORRUPT', 'DB_OPEN']).toContain(err.code);
    expect(err.message).toContain(dbPath);
    expect(err.message).toContain('bị hỏng');
    // Says what to do, and never points at a backup that does not exist (these folders have none).
    expect(err.message).toContain('Chưa có bản sao lưu nào');
    expect(err.message).toContain('Không xóa tệp hỏng');
  }

  it('garbage in the middle of its pages is refused with DB_CORRUPT and recovery advice in Vietnamese', () => {
    const { dir, dbPath } = populatedDb(40);
    damage(dbPath, 'middle');
    const before = sha256(dbPath);
    const err = coreErrorOf(() => createCore({ dataDir: dir }));
    expect(err.code).toBe('DB_CORRUPT');
    expectRecoveryAdvice(err, dbPath);
    expect(err.message.length).toBeLessThan(800); // a few lines of detail, not SQLite's full report
    expect(sha256(dbPath)).toBe(before); // the damaged file is kept as it was
  });

  it('a damaged header is refused the same way (not a raw SQLite error)', () => {
    const { dir, dbPath } = populatedDb(40);
    damage(dbPath, 'header');
    const err = coreErrorOf(() => createCore({ dataDir: dir }));
    expectRecoveryAdvice(err, dbPath);
    expect(err.code).toBe('DB_CORRUPT');
  });
});

describe('foreign keys', () => {
  it('are enforced by SQLite itself', () => {
    const db = opened(openDatabase(freshPath()));
    const now = new Date().toISOString();
    expect(() =>
      db.prepare(`INSERT INTO inspections (id, campaign_id, place, chair_note, unit_opinion, doc_options, created_at, updated_at)
                  VALUES (?, ?, '', '', '', '{}', ?, ?)`).run(newId(), newId(), now, now),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }));
    expect(db.prepare('SELECT count(*) FROM inspections').pluck().get()).toBe(0);
  });

  it('saving an inspection for a unit that does not exist fails and writes nothing', () => {
    const dir = tempDir();
    dirs.push(dir);
    const core = createCore({ dataDir: dir });
    open.push(core);
    const c = core.handlers['campaigns.save'](newCampaign(2022));
    const i = { ...blankInspection(c.id), unitId: newId(), place: 'Mường Chà' };
    expect(() => core.handlers['inspections.save'](i)).toThrow(CoreError);
    const res = dispatch(core.handlers, 'inspections.save', i);
    expect(res.ok).toBe(false);
    expect(core.handlers['inspections.list']({})).toEqual([]);
    expect(core.db.prepare('SELECT count(*) FROM inspections').pluck().get()).toBe(0);
  });

  it('a child row pointing at a missing unit rolls back the whole save', () => {
    const dir = tempDir();
    dirs.push(dir);
    const core = createCore({ dataDir: dir });
    open.push(core);
    const c = core.handlers['campaigns.save'](newCampaign(2022));
    const i: Inspection = {
      ...blankInspection(c.id),
      place: 'Mường Chà',
      findings: [{ id: newId(), areaId: null, kind: 'strength', text: 'Ban hành kế hoạch kịp thời' }],
      subUnits: [{ id: newId(), unitId: newId(), name: 'UBND xã Sa Lông', note: '' }],
    };
    expect(() => core.handlers['inspections.save'](i)).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }));
    const res = dispatch(core.handlers, 'inspections.save', i);
    expect(res).toEqual({ ok: false, error: expect.objectContaining({ code: 'CONSTRAINT' }) });
    for (const table of ['inspections', 'findings', 'sub_units']) {
      expect(core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  });
});

describe('migration 2: the documents register', () => {
  /** A register row for `inspectionId`, as the document service inserts it. */
  function insertDocument(db: Db, inspectionId: string, over: Record<string, unknown> = {}): string {
    const content = Buffer.from('PK frozen docx bytes');
    const row = {
      id: newId(), inspection_id: inspectionId, type: 'minutes', symbol: 'BB-ĐKT', year: 2022, number: 5,
      issued_date: '2022-10-06', version: 1, supersedes_id: null, template_name: 'bien-ban.docx', template_sha256: 'a'.repeat(64),
      fingerprint: 'f1', file_name: '2022-10-06 Biên bản 05-BB-ĐKT.docx', content,
      sha256: crypto.createHash('sha256').update(content).digest('hex'), size: content.length,
      created_at: '2022-10-06T08:00:00.000Z', updated_at: '2022-10-06T08:00:00.000Z', ...over,
    };
    const cols = Object.keys(row);
    db.prepare(`INSERT INTO documents (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(row);
    return row.id;
  }

  it('upgrades a version-1 file: documents table (STRICT, unique number per symbol and year), records kept, issued rows frozen', () => {
    // A database as the previous release left it: migration 1 only, with records in it.
    const dbPath = freshPath();
    const v1 = openDatabase(dbPath, { migrations: MIGRATIONS.slice(0, 1) });
    const now = new Date().toISOString();
    const campaignId = newId();
    const inspectionId = newId();
    v1.prepare(`INSERT INTO campaigns (id, year, title, plan_number, plan_issuer, plan_summary, decision_number, decision_issuer,
      decision_summary, created_at, updated_at) VALUES (?, 2022, 'Kiểm tra CCHC', '', '', '', '', '', '', ?, ?)`).run(campaignId, now, now);
    v1.prepare(`INSERT INTO inspections (id, campaign_id, place, chair_note, unit_opinion, doc_options, created_at, updated_at)
      VALUES (?, ?, 'Mường Chà', '', '', '{}', ?, ?)`).run(inspectionId, campaignId, now, now);
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.close();

    const db = opened(openDatabase(dbPath));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    expect(fs.readdirSync(path.dirname(dbPath)).filter((f) => f.includes('.backup-v1-'))).toHaveLength(1);
    expect(db.prepare('SELECT id FROM inspections').pluck().all()).toEqual([inspectionId]);
    const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'documents'`).pluck().get() as string;
    expect(sql).toMatch(/\)\s*STRICT\s*$/);
    const cols = (db.pragma('table_info(documents)') as { name: string; type: string; notnull: number }[]);
    const byName = new Map(cols.map((c) => [c.name, c]));
    for (const c of ['id', 'inspection_id', 'type', 'symbol', 'year', 'number', 'issued_date', 'version', 'supersedes_id',
      'template_name', 'template_sha256', 'fingerprint', 'file_name', 'content', 'sha256', 'size', 'created_at', 'updated_at', 'deleted_at']) {
      expect(byName.has(c), `documents.${c}`).toBe(true);
    }
    expect(byName.get('content')).toMatchObject({ type: 'BLOB', notnull: 1 });
    expect(byName.get('sha256')).toMatchObject({ type: 'TEXT', notnull: 1 });

    const first = insertDocument(db, inspectionId);
    // The same number under the same symbol in the same year is refused by SQLite itself…
    expect(() => insertDocument(db, inspectionId, { version: 2 })).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }));
    // …and is fine in another year or under another symbol.
    insertDocument(db, inspectionId, { version: 2, year: 2023, issued_date: '2023-01-03', supersedes_id: first });
    insertDocument(db, inspectionId, { type: 'conclusion', symbol: 'TB-SNV' });
    // Checks: known types only, an existing inspection, a year that matches the date, size = bytes.
    expect(() => insertDocument(db, inspectionId, { type: 'report', number: 9 })).toThrow(/CHECK/);
    expect(() => insertDocument(db, newId(), { number: 9 })).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }));
    expect(() => insertDocument(db, inspectionId, { number: 9, version: 3, issued_date: '2023-01-03' })).toThrow(/CHECK/);
    expect(() => insertDocument(db, inspectionId, { number: 9, version: 3, size: 1 })).toThrow(/CHECK/);

    // An issued document is never changed: content, checksum and number are refused by a trigger.
    const frozen = () => db.prepare('SELECT number, sha256, content, size FROM documents WHERE id = ?').get(first);
    const before = frozen();
    for (const change of [
      `content = x'00'`, `sha256 = '${'b'.repeat(64)}'`, 'number = 6', 'year = 2021', `symbol = 'BB-X'`,
      `issued_date = '2022-10-07'`, `fingerprint = 'f2'`, 'version = 9',
    ]) {
      expect(() => db.prepare(`UPDATE documents SET ${change} WHERE id = ?`).run(first), change)
        .toThrow(/Văn bản đã ban hành không được sửa/);
    }
    expect(() => db.prepare('DELETE FROM documents WHERE id = ?').run(first)).toThrow(/không được xóa/);
    expect(frozen()).toEqual(before);
    // Moving it to the bin (and back) is allowed: only the bookkeeping columns change.
    db.prepare('UPDATE documents SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, first);
    db.prepare('UPDATE documents SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now, first);
    expect(frozen()).toEqual(before);
  });
});

describe('migration 3: the e-mail address of a unit', () => {
  it('upgrades a version-2 file: units keep their data and get an empty address, which the core then reads and saves', () => {
    const dbPath = freshPath();
    const v2 = openDatabase(dbPath, { migrations: MIGRATIONS.slice(0, 2) });
    const now = new Date().toISOString();
    const unitId = newId();
    v2.prepare(`INSERT INTO units (id, name, address, created_at, updated_at) VALUES (?, 'UBND huyện Mường Chà', 'Mường Chà', ?, ?)`).run(unitId, now, now);
    expect(v2.pragma('user_version', { simple: true })).toBe(2);
    v2.close();

    const db = opened(openDatabase(dbPath));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(fs.readdirSync(path.dirname(dbPath)).filter((f) => f.includes('.backup-v2-'))).toHaveLength(1);
    expect(db.prepare('SELECT name, address, email FROM units WHERE id = ?').get(unitId)).toEqual({ name: 'UBND huyện Mường Chà', address: 'Mường Chà', email: '' });
    const col = (db.pragma('table_info(units)') as { name: string; type: string; notnull: number }[]).find((c) => c.name === 'email');
    expect(col).toMatchObject({ type: 'TEXT', notnull: 1 });
    expect(() => db.prepare('UPDATE units SET email = NULL WHERE id = ?').run(unitId)).toThrow(/NOT NULL/);
    db.close();

    const core = createCore({ dataDir: path.dirname(dbPath) });
    try {
      expect(core.handlers['units.list']({}).find((u) => u.id === unitId)?.email).toBe('');
      const saved = core.handlers['units.save']({ ...core.handlers['units.list']({})[0], email: 'vanthu@muongcha.dienbien.gov.vn' });
      expect(saved.email).toBe('vanthu@muongcha.dienbien.gov.vn');
    } finally {
      core.close();
    }
  });
});

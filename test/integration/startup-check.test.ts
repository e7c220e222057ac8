// Opening the data file checks it in constant time after a clean shutdown, and in full (every page,
// integrity_check) after an unclean one or when the file changed while BienBan was closed; a damaged
// file is still refused with advice naming the backups.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newCampaign } from '../../shared/defaults';
import { createCore, DB_FILE } from '../../electron/core/core';
import { cleanMarkerPath } from '../../electron/core/db/clean-shutdown';
import { checkDatabase } from '../../electron/core/cli/check';
import { openDatabase, startupCheckOf } from '../../electron/core/db/database';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { CoreError } from '../../electron/core/errors';
import { tempDir } from '../helpers';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A data folder with a few campaigns, closed cleanly. */
function closedFolder(): { dir: string; dbPath: string } {
  const dir = tempDir('bienban-start-');
  dirs.push(dir);
  const core = createCore({ dataDir: dir });
  for (let k = 0; k < 30; k++) {
    const c = newCampaign(2020 + (k % 5));
    c.plan.summary = `Kế hoạch số ${k}. ` + 'Kiểm tra công tác cải cách hành chính. '.repeat(40);
    core.handlers['campaigns.save'](c);
  }
  core.close();
  return { dir, dbPath: path.join(dir, DB_FILE) };
}

/** The pragmas run on any connection while `fn` runs. */
function pragmasDuring<T>(fn: () => T): { result: T; pragmas: string[] } {
  const pragmas: string[] = [];
  const original = Database.prototype.pragma;
  vi.spyOn(Database.prototype, 'pragma').mockImplementation(function (this: Database.Database, source: string, options?: Database.PragmaOptions) {
    pragmas.push(source.trim().toLowerCase());
    return original.call(this, source, options);
  });
  const result = fn();
  vi.restoreAllMocks();
  return { result, pragmas };
}

const fullCheck = (pragmas: string[]) => pragmas.some((p) => p.startsWith('integrity_check') || p.startsWith('quick_check'));

function errorOf(fn: () => unknown): CoreError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('expected a CoreError');
}

describe('opening the data file', () => {
  it('after a clean shutdown runs no integrity_check, and forgets the shutdown while the file is open', () => {
    const { dbPath } = closedFolder();
    expect(fs.existsSync(cleanMarkerPath(dbPath))).toBe(true);
    const { result: db, pragmas } = pragmasDuring(() => openDatabase(dbPath));
    try {
      expect(fullCheck(pragmas)).toBe(false);
      expect(startupCheckOf(db)).toBe('light');
      // A crash from now on must leave no sign of a clean shutdown behind.
      expect(fs.existsSync(cleanMarkerPath(dbPath))).toBe(false);
    } finally {
      db.close();
    }
    expect(fs.existsSync(cleanMarkerPath(dbPath))).toBe(true);
  });

  it('after a crash (the files as a killed process leaves them: no close, log not checkpointed) runs the full check', () => {
    const { dir, dbPath } = closedFolder();
    const core = createCore({ dataDir: dir });
    try {
      const c = newCampaign(2025);
      core.handlers['campaigns.save'](c);
      // What a power cut leaves on disk: the file and its -wal as they are now, with no clean close.
      const crashed = tempDir('bienban-crashed-');
      dirs.push(crashed);
      for (const suffix of ['', '-wal']) fs.copyFileSync(`${dbPath}${suffix}`, path.join(crashed, `${DB_FILE}${suffix}`));
      expect(fs.statSync(path.join(crashed, `${DB_FILE}-wal`)).size).toBeGreaterThan(0);
      const { result: db, pragmas } = pragmasDuring(() => openDatabase(path.join(crashed, DB_FILE)));
      try {
        expect(pragmas).toContain('integrity_check');
        expect(startupCheckOf(db)).toBe('full');
        // Nothing acknowledged before the crash is lost.
        expect(db.prepare('SELECT count(*) FROM campaigns WHERE id = ?').pluck().get(c.id)).toBe(1);
      } finally {
        db.close();
      }
    } finally {
      core.close();
    }
  });

  it('a second open while the first is still open (never closed) runs the full check', () => {
    const { dir } = closedFolder();
    const first = createCore({ dataDir: dir });
    const { result: second, pragmas } = pragmasDuring(() => createCore({ dataDir: dir }));
    try {
      expect(pragmas).toContain('integrity_check');
      expect(startupCheckOf(second.db)).toBe('full');
    } finally {
      second.close();
      first.close();
    }
  });

  it('a clean file about to be migrated is checked in full before anything is rewritten', () => {
    const { dbPath } = closedFolder();
    const next = [...MIGRATIONS, 'CREATE TABLE later_feature (id TEXT PRIMARY KEY) STRICT;'];
    const { result: db, pragmas } = pragmasDuring(() => openDatabase(dbPath, { migrations: next }));
    try {
      expect(pragmas).toContain('integrity_check');
      expect(startupCheckOf(db)).toBe('full');
    } finally {
      db.close();
    }
  });

  it('a file written by another program after the clean close, even at once, is checked in full', () => {
    const { dbPath } = closedFolder();
    const other = new Database(dbPath);
    // A table outside the search index: writing an indexed one needs BienBan's fold() (migration 10).
    other.prepare("UPDATE unit_levels SET name = name || ' (sửa ngoài BienBan)'").run();
    other.close(); // a plain connection: no marker of its own
    const { result: db, pragmas } = pragmasDuring(() => openDatabase(dbPath));
    try {
      expect(pragmas).toContain('integrity_check');
      expect(startupCheckOf(db)).toBe('full');
    } finally {
      db.close();
    }
  });

  it('a file damaged after a clean close is refused, naming the backup to restore', async () => {
    const { dir, dbPath } = closedFolder();
    const core = createCore({ dataDir: dir });
    const backup = await core.backups.now();
    core.close();
    expect(fs.existsSync(cleanMarkerPath(dbPath))).toBe(true);
    const buf = fs.readFileSync(dbPath);
    const pageSize = buf.readUInt16BE(16);
    const pages = buf.length / pageSize;
    Buffer.alloc(pageSize * 2, 0xa5).copy(buf, Math.floor(pages / 2) * pageSize);
    fs.writeFileSync(dbPath, buf);
    const err = errorOf(() => createCore({ dataDir: dir }));
    expect(err.code).toBe('DB_CORRUPT');
    expect(err.message).toContain('bị hỏng');
    expect(err.message).toContain(backup.name);
    // Refused once, refused again: the failed open left no clean marker behind.
    expect(fs.existsSync(cleanMarkerPath(dbPath))).toBe(false);
    expect(errorOf(() => createCore({ dataDir: dir })).code).toBe('DB_CORRUPT');
  });

  it('cli check always runs the full integrity_check, changes nothing, and says how BienBan was last closed', () => {
    const { dir, dbPath } = closedFolder();
    const shutdown = () => checkDatabase(dbPath).items.find((i) => i.label === 'Lần đóng BienBan gần nhất')?.detail;
    const { result: report, pragmas } = pragmasDuring(() => checkDatabase(dbPath));
    expect(pragmas).toContain('integrity_check');
    expect(report.ok).toBe(true);
    expect(shutdown()).toMatch(/^bình thường/);
    expect(fs.existsSync(cleanMarkerPath(dbPath))).toBe(true); // read-only: the marker stays
    const open = createCore({ dataDir: dir });
    try {
      expect(shutdown()).toMatch(/^không thấy dấu đóng bình thường/);
      expect(checkDatabase(dbPath).ok).toBe(true);
    } finally {
      open.close();
    }
  });

  it('a file cut short after a clean close is refused by the constant-time check', () => {
    const { dbPath } = closedFolder();
    const marker = fs.readFileSync(cleanMarkerPath(dbPath), 'utf8');
    const st = fs.statSync(dbPath);
    const pageSize = fs.readFileSync(dbPath).readUInt16BE(16);
    fs.truncateSync(dbPath, st.size - 4 * pageSize);
    // Pretend the marker matches the shortened file, so that only the light check stands between it and the app.
    const m = JSON.parse(marker) as { size: number; mtimeMs: number };
    fs.utimesSync(dbPath, st.atime, m.mtimeMs / 1000);
    fs.writeFileSync(cleanMarkerPath(dbPath), JSON.stringify({ size: st.size - 4 * pageSize, mtimeMs: m.mtimeMs }));
    const err = errorOf(() => openDatabase(dbPath));
    expect(err.code).toBe('DB_CORRUPT');
    expect(err.message).toContain('Chưa có bản sao lưu nào');
  });
});

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { dispatchAsync } from '../../electron/core/dispatch';
import { CoreError } from '../../electron/core/errors';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { harnessPlatform } from '../harness/platform';
import { tempDir } from '../helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A core on a fresh folder whose clock the test moves by hand (local time, as backup names are). */
function setup() {
  const dir = tempDir('bienban-backup-');
  const t = { now: new Date(2026, 10, 30, 23, 18) };
  const platform = harnessPlatform(dir);
  const core = createCore({ dataDir: dir, clock: () => t.now, platform });
  cleanups.push(() => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const advance = (minutes: number) => { t.now = new Date(t.now.getTime() + minutes * 60_000); };
  return { dir, core, platform, advance };
}

function saveUnit(core: Core, name: string): string {
  const id = randomUUID();
  core.handlers['units.save']({ id, name, levelId: null, parentId: null, address: '', email: '', representatives: [] });
  return id;
}
const unitNames = (core: Core) => core.handlers['units.list']({}).map((u) => u.name).sort();

async function call(core: Core, name: string, input: unknown) {
  return dispatchAsync(core.handlers, name, input, { log: core.log });
}

/** "Khôi phục từ tệp…": she picks `file` in the open dialog, then confirms; the dispatched result. */
async function restoreChosen(core: Core, platform: ReturnType<typeof harnessPlatform>, file: string) {
  platform.toChoose.push(file);
  const chosen = await core.handlers['backup.chooseFile']({});
  expect(chosen).toMatchObject({ path: file, fileName: path.basename(file), size: fs.statSync(file).size });
  return call(core, 'backup.restore', { chosen: chosen!.token });
}

describe('backups', () => {
  it('backup.now writes a named, self-contained copy with the schema version, listed newest first', async () => {
    const { core, advance } = setup();
    saveUnit(core, 'UBND xã A');
    const first = await core.handlers['backup.now']({});
    expect(first.name).toBe('bienban-2026-11-30_2318.sqlite');
    expect(first.schemaVersion).toBe(MIGRATIONS.length);
    expect(first.size).toBeGreaterThan(0);
    const second = await core.handlers['backup.now']({}); // same minute: a second name, not an overwrite
    expect(second.name).toBe('bienban-2026-11-30_2318-2.sqlite');
    advance(5);
    const third = await core.handlers['backup.now']({});
    expect(core.handlers['backup.list']({}).map((b) => b.name)).toEqual([third.name, second.name, first.name]);
    // One file, no -wal beside it: a copy that can be carried on a USB stick as it is.
    const dir = core.backups.dir;
    expect(fs.readdirSync(dir).filter((n) => /-(wal|shm)$|\.tmp$/.test(n))).toEqual([]);
    const copy = new Database(path.join(dir, first.name), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect((copy.prepare('SELECT name FROM units').all() as { name: string }[]).map((r) => r.name)).toEqual(['UBND xã A']);
    copy.close();
  });

  it('restore: save A, back up, save B, restore → A present, B absent, the data before kept as "truoc-khoi-phuc"', async () => {
    const { core } = setup();
    saveUnit(core, 'Đơn vị A');
    const backup = await core.handlers['backup.now']({});
    saveUnit(core, 'Đơn vị B');
    expect(unitNames(core)).toEqual(['Đơn vị A', 'Đơn vị B']);

    const res = await call(core, 'backup.restore', { name: backup.name });
    expect(res).toMatchObject({ ok: true, value: { restored: backup.name, schemaVersion: MIGRATIONS.length } });
    const keptAs = (res as { value: { keptAs: string } }).value.keptAs;
    expect(keptAs).toMatch(/truoc-khoi-phuc\.sqlite$/);

    // The same core (same handlers object) now serves the restored data, reads and writes.
    expect(unitNames(core)).toEqual(['Đơn vị A']);
    saveUnit(core, 'Đơn vị C');
    expect(unitNames(core)).toEqual(['Đơn vị A', 'Đơn vị C']);

    // Taken in the same minute as the backup it replaced, and listed first: it is the newer.
    expect(keptAs).toBe('bienban-2026-11-30_2318-2-truoc-khoi-phuc.sqlite');
    expect(core.handlers['backup.list']({})[0]).toMatchObject({ name: keptAs, preRestore: true });
    const old = new Database(path.join(core.backups.dir, keptAs), { readonly: true });
    expect((old.prepare('SELECT name FROM units ORDER BY name').all() as { name: string }[]).map((r) => r.name)).toEqual(['Đơn vị A', 'Đơn vị B']);
    old.close();
    expect(fs.readdirSync(path.dirname(core.dbPath)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('restore from a file she picked in the dialog works the same way', async () => {
    const { core, dir, platform } = setup();
    saveUnit(core, 'Đơn vị A');
    const backup = await core.handlers['backup.now']({});
    saveUnit(core, 'Đơn vị B');
    const file = path.join(dir, 'tu-usb.sqlite');
    fs.copyFileSync(path.join(core.backups.dir, backup.name), file);
    const res = await restoreChosen(core, platform, file);
    expect(res.ok).toBe(true);
    expect(unitNames(core)).toEqual(['Đơn vị A']);
  });

  it('a damaged file is refused and nothing changes', async () => {
    const { core, dir, platform } = setup();
    for (let k = 0; k < 60; k++) saveUnit(core, `Đơn vị ${k} ${'x'.repeat(400)}`);
    const backup = await core.handlers['backup.now']({});
    saveUnit(core, 'Sau sao lưu');
    const bytes = fs.readFileSync(path.join(core.backups.dir, backup.name));
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    expect(pages).toBeGreaterThan(8);
    Buffer.alloc(pageSize * 2, 0xa5).copy(bytes, Math.floor(pages / 2) * pageSize);
    const before = unitNames(core);
    const listed = core.handlers['backup.list']({}).length;

    fs.writeFileSync(path.join(dir, 'hong.sqlite'), bytes);
    const res = await restoreChosen(core, platform, path.join(dir, 'hong.sqlite'));
    expect(res).toMatchObject({ ok: false, error: { code: 'RESTORE_REFUSED', message: expect.stringContaining('hong.sqlite') } });
    expect((res as { error: { message: string } }).error.message).toContain('không bị thay đổi');
    expect(unitNames(core)).toEqual(before);
    expect(core.handlers['backup.list']({}).length).toBe(listed); // no "truoc-khoi-phuc" copy for a refused file

    fs.writeFileSync(path.join(dir, 'ghi-chu.txt'), 'không phải cơ sở dữ liệu');
    const notDb = await restoreChosen(core, platform, path.join(dir, 'ghi-chu.txt'));
    expect(notDb).toMatchObject({ ok: false, error: { code: 'RESTORE_REFUSED', message: expect.stringContaining('không phải bản sao lưu BienBan') } });
    expect(unitNames(core)).toEqual(before);
  });

  it('a backup from a newer BienBan (higher schema) is refused, never accepted', async () => {
    const { core, dir, platform } = setup();
    saveUnit(core, 'Đơn vị A');
    const backup = await core.handlers['backup.now']({});
    const newer = path.join(dir, 'newer.sqlite');
    fs.copyFileSync(path.join(core.backups.dir, backup.name), newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    saveUnit(core, 'Đơn vị B');

    const res = await restoreChosen(core, platform, newer);
    expect(res).toMatchObject({ ok: false, error: { code: 'RESTORE_REFUSED', message: expect.stringContaining('phiên bản BienBan mới hơn') } });
    expect(unitNames(core)).toEqual(['Đơn vị A', 'Đơn vị B']);
  });

  it('a name that is not a listed backup is refused (no paths)', async () => {
    const { core } = setup();
    const res = await call(core, 'backup.restore', { name: '../bienban.sqlite' });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('saveTo offers a fresh backup to the platform (the harness records a download); openFolder opens the folder', async () => {
    const { core, platform } = setup();
    saveUnit(core, 'Đơn vị A');
    const saved = await core.handlers['backup.saveTo']({});
    expect(saved.fileName).toBe('bienban-2026-11-30_2318.zip');
    expect(platform.calls.at(-1)).toMatchObject({ op: 'saveFile', name: saved.fileName });
    // A .zip holding the database (the scans beside it: backup-scans.test.ts), also kept in the folder.
    const inside = unzipSync(new Uint8Array(fs.readFileSync(saved.path!)));
    expect(Object.keys(inside)).toEqual(['bienban-2026-11-30_2318.sqlite']);
    expect(Buffer.from(inside['bienban-2026-11-30_2318.sqlite'].subarray(0, 15)).toString('latin1')).toBe('SQLite format 3');
    expect(core.handlers['backup.list']({}).map((b) => b.name)).toContain('bienban-2026-11-30_2318.sqlite');
    await core.handlers['backup.openFolder']({});
    expect(platform.calls.at(-1)).toEqual({ op: 'openPath', path: core.backups.dir });
  });

  it('the "damaged database" message names the backups that exist, newest first', async () => {
    const { dir, core, advance } = setup();
    for (let k = 0; k < 60; k++) saveUnit(core, `Đơn vị ${k} ${'x'.repeat(400)}`);
    await core.handlers['backup.now']({});
    advance(60);
    const newest = await core.handlers['backup.now']({});
    core.close();
    const dbPath = path.join(dir, 'bienban.sqlite');
    const buf = fs.readFileSync(dbPath);
    const pageSize = buf.readUInt16BE(16);
    Buffer.alloc(pageSize * 2, 0xa5).copy(buf, Math.floor(buf.length / pageSize / 2) * pageSize);
    fs.writeFileSync(dbPath, buf);
    let err: unknown;
    try {
      createCore({ dataDir: dir }).close();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CoreError);
    const msg = (err as CoreError).message;
    expect(msg).toContain('Các bản sao lưu hiện có');
    expect(msg).toContain(`${newest.name} (01/12/2026 00:18)`);
    expect(msg.indexOf(newest.name)).toBeLessThan(msg.indexOf('bienban-2026-11-30_2318.sqlite'));
  });
});

describe('automatic backups', () => {
  it('one at start, then one 30 minutes after the first change since the last, none while idle', async () => {
    const { core, advance } = setup();
    const count = () => core.handlers['backup.list']({}).length;
    await core.backups.scheduler.start();
    expect(count()).toBe(1);
    advance(45);
    await core.backups.scheduler.tick();
    expect(count()).toBe(1); // nothing changed
    saveUnit(core, 'Đơn vị A');
    await core.backups.scheduler.tick(); // the change is noticed now
    advance(29);
    await core.backups.scheduler.tick();
    expect(count()).toBe(1);
    advance(1);
    await core.backups.scheduler.tick();
    expect(count()).toBe(2);
    advance(40);
    await core.backups.scheduler.tick();
    expect(count()).toBe(2);
  });
});

describe('restore and backup edge cases', () => {
  it('a backup of an older schema is accepted and brought up to date when the core reopens it', async () => {
    const { core, dir, platform } = setup();
    const { openDatabase } = await import('../../electron/core/db/database');
    const older = path.join(dir, 'older.sqlite');
    const db = openDatabase(older, { migrations: MIGRATIONS.slice(0, -1) });
    db.close();
    const res = await restoreChosen(core, platform, older);
    expect(res).toMatchObject({ ok: true, value: { schemaVersion: MIGRATIONS.length - 1 } });
    expect(core.handlers['system.info']({}).schemaVersion).toBe(MIGRATIONS.length);
    expect(unitNames(core)).toEqual([]);
  });

  it('a database that fails integrity_check is not backed up (good backups are never pushed out by a bad one)', async () => {
    const { takeBackup } = await import('../../electron/core/backup/backup');
    const dir = tempDir('bienban-badlive-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'live.sqlite');
    const setupDb = new Database(file);
    setupDb.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x);');
    const insert = setupDb.prepare('INSERT INTO t VALUES (?)');
    for (let k = 0; k < 200; k++) insert.run(`giá trị ${k}`);
    // An index whose declared order no longer matches its pages: the file opens, integrity_check fails.
    setupDb.unsafeMode(true);
    setupDb.pragma('writable_schema = ON');
    setupDb.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX t_x ON t (x DESC)' WHERE name = 't_x'").run();
    setupDb.close();
    const live = new Database(file);
    const backups = path.join(dir, 'backups');
    await expect(takeBackup(live, { dir: backups, at: new Date(2026, 10, 30, 23, 18) })).rejects.toMatchObject({ code: 'BACKUP_REFUSED', detail: expect.stringContaining('missing from index t_x') });
    live.close();
    expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([]);
  });
});

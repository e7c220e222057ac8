// Opens the one SQLite file that holds a secretary's records, with the settings that make a save
// survive a power cut (WAL + synchronous=FULL), and brings its schema up to date safely.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { formatBackupTime } from '../../../shared/backup';
import { BACKUP_DIR, listBackupFiles, listMigrationBackups } from '../backup/names';
import { CoreError } from '../errors';
import { forgetCleanShutdown, markCleanOnClose, shutdownWasClean } from './clean-shutdown';
import { MIGRATIONS } from './migrations';
import { registerSqlFunctions } from './sql-functions';

export type Db = Database.Database;

/** SQLite 3.51.3 fixes a WAL corruption race; refuse to run our data on anything older. */
export const MIN_SQLITE = '3.51.3';

export function versionAtLeast(actual: string, min: string): boolean {
  const a = actual.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another ABI (Electron); tests use the Node build. */
  nativeBinding?: string;
  now?: () => Date;
  /** Ordered schema migrations; defaults to MIGRATIONS. Tests pass a longer list to exercise an upgrade. */
  migrations?: readonly string[];
}

export function openDatabase(dbPath: string, opts: OpenOptions = {}): Db {
  const migrations = opts.migrations ?? MIGRATIONS;
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const existed = fs.existsSync(dbPath) && fs.statSync(dbPath).size > 0;
  // Read before SQLite opens the file: opening may replay and checkpoint a log left by a crash.
  const clean = existed && shutdownWasClean(dbPath);
  let db: Db;
  try {
    db = new Database(dbPath, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  } catch (e) {
    throw openError(e, dbPath);
  }
  try {
    const version = db.prepare('select sqlite_version() as v').get() as { v: string };
    if (!versionAtLeast(version.v, MIN_SQLITE)) {
      throw new CoreError('SQLITE_TOO_OLD', `Phiên bản SQLite ${version.v} quá cũ (cần ít nhất ${MIN_SQLITE}).`);
    }
    // Refuse a newer database before anything below can write to it (switching a file to WAL
    // rewrites its header), so "dữ liệu không bị thay đổi" holds.
    const schema = db.pragma('user_version', { simple: true }) as number;
    refuseNewer(schema, migrations.length);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Before the migrations: their triggers and every query may call them (db/sql-functions.ts).
    registerSqlFunctions(db);
    if (existed) {
      // A migration about to reshape the file gets the full check too: it is rare, and a damaged file
      // must be refused before anything is rewritten from it.
      const kind = clean && schema === migrations.length ? 'light' : 'full';
      // From here until a clean close the file is in use: a crash leaves no marker behind.
      forgetCleanShutdown(dbPath);
      if (kind === 'full') checkIntegrity(db, dbPath);
      else checkLight(db, dbPath);
      checks.set(db, kind);
    }
    migrate(db, dbPath, migrations, opts.now ?? (() => new Date()));
  } catch (e) {
    db.close();
    throw asOpenError(e, dbPath);
  }
  markCleanOnClose(db, dbPath);
  return db;
}

/**
 * Which check opening the file ran: 'full' (integrity_check, after an unclean shutdown, when the
 * file changed while closed, or before a migration), 'light' (constant-time checks after a clean shutdown), or undefined
 * for a file created by this open.
 */
export type StartupCheck = 'full' | 'light';
const checks = new WeakMap<Db, StartupCheck>();
export const startupCheckOf = (db: Db): StartupCheck | undefined => checks.get(db);

/**
 * What to do about a damaged file, naming the backups that exist (newest first, up to three, with
 * their dates), or saying plainly that there is none: never send her looking for a file that is not there.
 */
export function recoveryHint(dbPath: string): string {
  const dir = path.join(path.dirname(dbPath), BACKUP_DIR);
  const found = [
    ...listBackupFiles(dir).map((b) => ({ path: b.path, time: b.time })),
    ...listMigrationBackups(dbPath),
  ].sort((a, b) => b.time.getTime() - a.time.getTime()).slice(0, 3);
  const keep = 'Không xóa tệp hỏng: giữ lại để khôi phục.';
  if (!found.length) {
    return `Chưa có bản sao lưu nào (thư mục ${dir} trống). ${keep} Hãy liên hệ người hỗ trợ; các cuộc kiểm tra đã xuất ra tệp JSON có thể nhập lại.`;
  }
  const list = found.map((b) => `${b.path} (${formatBackupTime(b.time)})`).join('; ');
  return (
    `Các bản sao lưu hiện có, mới nhất trước: ${list}. ` +
    `Để khôi phục: đóng BienBan, chép tệp hỏng ra chỗ khác, xóa ${path.basename(dbPath)}-wal và ${path.basename(dbPath)}-shm nếu có, ` +
    `chép bản sao lưu mới nhất vào ${path.dirname(dbPath)} với tên ${path.basename(dbPath)}, rồi mở lại ` +
    `(hoặc dùng lệnh: restore TỆP_SAO_LƯU). ${keep}`
  );
}

/** SQLite reports a damaged header or page as an error while opening, not as an integrity row. */
function asOpenError(e: unknown, dbPath: string): unknown {
  if (e instanceof CoreError) return e;
  const code = String((e as { code?: unknown })?.code ?? '');
  const detail = (e as Error)?.message ?? String(e);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new CoreError('DB_CORRUPT', `Tệp dữ liệu ${dbPath} bị hỏng. ${recoveryHint(dbPath)}`, `${code}: ${detail}`);
  }
  return openError(e, dbPath);
}

/** Why a file could not be opened, in her words; SQLite's own (English) words go to the detail. */
function openError(e: unknown, dbPath: string): CoreError {
  const code = String((e as { code?: unknown })?.code ?? '');
  const detail = `${code ? `${code}: ` : ''}${(e as Error)?.message ?? String(e)}`;
  const why =
    code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') ? 'tệp đang được một chương trình khác dùng (có thể BienBan đang mở ở một cửa sổ khác)'
      : code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EPERM' ? 'không có tệp hoặc không có quyền truy cập thư mục'
        : code.startsWith('SQLITE_READONLY') ? 'tệp hoặc thư mục chỉ cho đọc, không cho ghi'
          : code === 'SQLITE_FULL' || code === 'ENOSPC' ? 'ổ đĩa đã đầy'
            : 'lỗi khi đọc hoặc cập nhật tệp (chi tiết trong nhật ký lỗi)';
  return new CoreError('DB_OPEN', `Không mở được tệp dữ liệu ${dbPath}: ${why}.`, detail);
}

export function integrityErrors(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const msgs = rows.map((r) => r.integrity_check);
  return msgs.length === 1 && msgs[0] === 'ok' ? [] : msgs;
}

function checkIntegrity(db: Db, dbPath: string): void {
  reportDamage(integrityErrors(db), dbPath);
}

function reportDamage(errors: string[], dbPath: string): void {
  if (errors.length) {
    // integrity_check can return long multi-line rows; three lines are enough to tell what broke.
    const detail = errors.flatMap((m) => m.split('\n')).filter((l) => l && !l.startsWith('***')).slice(0, 3);
    throw new CoreError('DB_CORRUPT', `Tệp dữ liệu ${dbPath} bị hỏng (kiểm tra tính toàn vẹn không đạt). ${recoveryHint(dbPath)}`, detail.join('\n'));
  }
}

/**
 * The checks of a start after a clean shutdown, in constant time whatever the size of the file (a
 * full integrity_check reads every page, and issued documents make the file grow for ever): the
 * schema reads back, and the file holds every page its header counts (a copy cut short, a truncated
 * file). What only a full check would find is found by the integrity_check every backup runs first.
 */
function checkLight(db: Db, dbPath: string): void {
  db.prepare('SELECT count(*) FROM sqlite_schema').get(); // a damaged first page throws SQLITE_CORRUPT here
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = fs.statSync(dbPath).size;
  if (size < pageSize * pages) {
    reportDamage([`file holds ${size} bytes, header counts ${pages} pages of ${pageSize} bytes`], dbPath);
  }
}

function refuseNewer(current: number, supported: number): void {
  if (current > supported) {
    throw new CoreError(
      'DB_TOO_NEW',
      `Dữ liệu được tạo bởi phiên bản BienBan mới hơn (lược đồ ${current}, bản này hỗ trợ ${supported}). ` +
        'Hãy cài phiên bản BienBan mới nhất; dữ liệu không bị thay đổi.',
    );
  }
}

function migrate(db: Db, dbPath: string, migrations: readonly string[], now: () => Date): void {
  const target = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  refuseNewer(current, target);
  if (current === target) return;
  if (current > 0) backupBeforeMigration(db, dbPath, current, now());
  const run = db.transaction(() => {
    for (let v = current; v < target; v++) db.exec(migrations[v]);
    db.pragma(`user_version = ${target}`);
  });
  run();
}

/** Copies the whole database next to it before a migration changes its shape. */
function backupBeforeMigration(db: Db, dbPath: string, version: number, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const target = `${dbPath}.backup-v${version}-${stamp}.sqlite`;
  // VACUUM INTO writes a consistent, synchronous copy (db.backup() is async and we are in startup).
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

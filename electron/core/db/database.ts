// Opens the one SQLite file that holds a secretary's records, with the settings that make a save
// survive a power cut (WAL + synchronous=FULL), and brings its schema up to date safely.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

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
}

export function openDatabase(dbPath: string, opts: OpenOptions = {}): Db {
  fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const existed = fs.existsSync(dbPath) && fs.statSync(dbPath).size > 0;
  let db: Db;
  try {
    db = new Database(dbPath, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  } catch (e) {
    throw new CoreError('DB_OPEN', `Không mở được tệp dữ liệu ${dbPath}: ${(e as Error).message}`);
  }
  try {
    const version = db.prepare('select sqlite_version() as v').get() as { v: string };
    if (!versionAtLeast(version.v, MIN_SQLITE)) {
      throw new CoreError('SQLITE_TOO_OLD', `Phiên bản SQLite ${version.v} quá cũ (cần ít nhất ${MIN_SQLITE}).`);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (existed) checkIntegrity(db, dbPath);
    migrate(db, dbPath, opts.now ?? (() => new Date()));
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function integrityErrors(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const msgs = rows.map((r) => r.integrity_check);
  return msgs.length === 1 && msgs[0] === 'ok' ? [] : msgs;
}

function checkIntegrity(db: Db, dbPath: string): void {
  const errors = integrityErrors(db);
  if (errors.length) {
    throw new CoreError(
      'DB_CORRUPT',
      `Tệp dữ liệu ${dbPath} bị hỏng (${errors.slice(0, 3).join('; ')}). ` +
        'Hãy đóng BienBan, chép một bản sao lưu (*.backup-*.sqlite trong cùng thư mục) đè lên tệp này, rồi mở lại. ' +
        'Không xóa tệp hỏng: giữ lại để khôi phục.',
    );
  }
}

function migrate(db: Db, dbPath: string, now: () => Date): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new CoreError(
      'DB_TOO_NEW',
      `Dữ liệu được tạo bởi phiên bản BienBan mới hơn (lược đồ ${current}, bản này hỗ trợ ${SCHEMA_VERSION}). ` +
        'Hãy cài phiên bản BienBan mới nhất; dữ liệu không bị thay đổi.',
    );
  }
  if (current === SCHEMA_VERSION) return;
  if (current > 0) backupBeforeMigration(db, dbPath, current, now());
  const run = db.transaction(() => {
    for (let v = current; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
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

// Restoring means trusting a file: it is checked on a private copy first (a SQLite database, intact,
// a BienBan schema no newer than this build: a newer one is refused, never altered; an older one is
// migrated, with its own backup, when the core reopens it). Only then is the live file replaced:
// the connection is closed, stale -wal/-shm removed (SQLite would replay a stale -wal onto the new
// file), and the checked copy renamed into place in one step.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../errors';
import { makeStandalone, reason } from './backup';
import { freshBackupName } from './names';
import { describeProblem, folderSource, isZipFile, openBackupZip, refsInFile, restoreScans, type ScanSource } from './attachments';
import { ZipFormatError } from './zip-file';
import { ATTACHMENT_DIR } from '../files/attachments';

const refuse = (message: string, detail?: string) =>
  new CoreError('RESTORE_REFUSED', `${message} Dữ liệu hiện tại không bị thay đổi.`, detail);

export interface CheckedCandidate {
  /** A private, self-contained copy beside the data file, ready to be renamed into place. */
  file: string;
  schemaVersion: number;
}

/** Copies `source` beside `dbPath` and checks the copy; throws RESTORE_REFUSED (copy removed) if it will not do. */
export function checkCandidate(source: string, dbPath: string, supported: number, label: string, nativeBinding?: string): CheckedCandidate {
  const file = `${dbPath}.restore-${process.pid}.tmp`;
  removeWithSidecars(file);
  try {
    fs.copyFileSync(source, file);
  } catch (e) {
    throw new CoreError('RESTORE_FAILED', `Không đọc được tệp ${label}: ${reason(e)}. Dữ liệu hiện tại không bị thay đổi.`, String((e as Error)?.message ?? e));
  }
  try {
    const head = Buffer.alloc(16);
    const fd = fs.openSync(file, 'r');
    const n = fs.readSync(fd, head, 0, 16, 0);
    fs.closeSync(fd);
    if (n < 16 || head.toString('latin1') !== 'SQLite format 3\u0000') {
      throw refuse(`Tệp ${label} không phải bản sao lưu BienBan (không phải cơ sở dữ liệu SQLite).`);
    }
    let db: Database.Database;
    try {
      db = new Database(file, nativeBinding ? { nativeBinding } : {});
    } catch (e) {
      throw refuse(`Tệp ${label} bị hỏng, không mở được.`, String((e as Error)?.message ?? e));
    }
    let version: number;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      if (version > supported) {
        throw refuse(`Tệp ${label} được tạo bởi phiên bản BienBan mới hơn (lược đồ ${version}, bản này hỗ trợ ${supported}). Hãy cài phiên bản BienBan mới nhất rồi khôi phục.`);
      }
      if (version < 1) throw refuse(`Tệp ${label} không phải bản sao lưu BienBan (chưa có lược đồ dữ liệu).`);
      const rows = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
      if (!(rows.length === 1 && rows[0] === 'ok')) {
        throw refuse(`Tệp ${label} bị hỏng (kiểm tra tính toàn vẹn không đạt).`, rows.slice(0, 5).join('\n'));
      }
    } catch (e) {
      if (e instanceof CoreError) throw e;
      throw refuse(`Tệp ${label} bị hỏng, không đọc được.`, String((e as Error)?.message ?? e));
    } finally {
      db.close();
    }
    makeStandalone(file, nativeBinding);
    return { file, schemaVersion: version };
  } catch (e) {
    removeWithSidecars(file);
    throw e;
  }
}

export function removeWithSidecars(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/** Puts a checked, self-contained file in place of the (closed) database in one rename. */
export function replaceDatabaseFile(dbPath: string, checkedFile: string): void {
  const fd = fs.openSync(checkedFile, 'r+');
  try {
    fs.fsyncSync(fd); // on disk before the rename makes it the only copy of her data
  } finally {
    fs.closeSync(fd);
  }
  for (const f of [`${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`]) fs.rmSync(f, { force: true });
  fs.renameSync(checkedFile, dbPath);
}

/** A copy of a standalone backup file into place (used to put the pre-restore copy back if reopening fails). */
export function copyIntoPlace(dbPath: string, source: string): void {
  const temp = `${dbPath}.putback-${process.pid}.tmp`;
  fs.copyFileSync(source, temp);
  replaceDatabaseFile(dbPath, temp);
}

/**
 * A backup .zip opened for a restore (the screen, the command line): its database inflated to `temp`,
 * its scans read from the archive as the restore asks for them. Refused, with `temp` removed, when the
 * archive is not one of ours or its database does not come out intact.
 */
export function openZipSource(zipFile: string, temp: string, label: string): { file: string; scans: ScanSource; close(): void } {
  let opened: ReturnType<typeof openBackupZip>;
  try {
    opened = openBackupZip(zipFile, temp);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    if (e instanceof ZipFormatError) throw refuse(`Tệp ${label} bị hỏng (không giải nén được dữ liệu BienBan trong tệp nén).`, e.message);
    throw new CoreError('RESTORE_FAILED', `Không đọc được tệp ${label}: ${reason(e)}. Dữ liệu hiện tại không bị thay đổi.`, String((e as Error)?.message ?? e));
  }
  if (!opened) throw refuse(`Tệp ${label} không phải bản sao lưu BienBan (tệp nén không chứa dữ liệu BienBan).`);
  return { file: temp, scans: opened.scans, close: opened.close };
}

/**
 * Restore while the database cannot be opened at all (reported damaged at start): the source is
 * checked like any restore, the damaged file is kept, by a plain file copy (nothing has it open), in
 * the backups folder under a "truoc-khoi-phuc" name with its -wal beside it, and the checked copy
 * goes into place. Returns where the damaged file was kept.
 */
export function restoreClosedDatabase(
  dbPath: string, source: string,
  o: { backupsDir: string; at: Date; supported: number; label?: string; nativeBinding?: string; onScanProblems?: (problems: string[]) => void },
): string {
  // The scans come from the folder beside the backup, or from inside a .zip carried on a USB stick.
  let scans: ScanSource = folderSource(path.join(path.dirname(source), ATTACHMENT_DIR));
  let dbSource = source;
  let closeZip = () => {};
  const unpackedTemp = `${dbPath}.unpacked-${process.pid}.tmp`;
  if (isZipFile(source)) {
    const unpacked = openZipSource(source, unpackedTemp, o.label ?? source);
    dbSource = unpacked.file;
    scans = unpacked.scans;
    closeZip = unpacked.close;
  }
  try {
    return placeChecked(dbPath, dbSource, source, scans, o);
  } finally {
    closeZip();
    fs.rmSync(unpackedTemp, { force: true });
  }
}

function placeChecked(
  dbPath: string, dbSource: string, source: string, scans: ScanSource,
  o: { backupsDir: string; at: Date; supported: number; label?: string; nativeBinding?: string; onScanProblems?: (problems: string[]) => void },
): string {
  const candidate = checkCandidate(dbSource, dbPath, o.supported, o.label ?? source, o.nativeBinding);
  try {
    const { problems } = restoreScans(refsInFile(candidate.file, o.nativeBinding), scans, path.dirname(dbPath));
    if (problems.length) o.onScanProblems?.(problems.map(describeProblem));
    const kept = path.join(o.backupsDir, freshBackupName(o.backupsDir, o.at, true));
    fs.mkdirSync(o.backupsDir, { recursive: true });
    if (fs.existsSync(dbPath)) {
      fs.copyFileSync(dbPath, kept);
      if (fs.existsSync(`${dbPath}-wal`)) fs.copyFileSync(`${dbPath}-wal`, `${kept}-wal`);
    }
    replaceDatabaseFile(dbPath, candidate.file);
    return kept;
  } catch (e) {
    removeWithSidecars(candidate.file);
    throw new CoreError('RESTORE_FAILED', `Không khôi phục được: ${reason(e)}. Tệp dữ liệu chưa bị thay đổi.`, String((e as Error)?.message ?? e));
  }
}

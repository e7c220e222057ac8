// One backup of the live database with SQLite's online backup API (never a file copy of a WAL
// database, which can catch it half-written), checked first with a full integrity_check so that a
// damaged database never pushes good backups out through retention. Written under a temporary name
// and renamed when complete: a backup cut off by a power cut is never listed as one.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database';
import { integrityErrors } from '../db/database';
import { CoreError } from '../errors';
import { freshBackupName, listBackupFiles, type BackupFile } from './names';
import { backupsToDelete } from './retention';

export interface TakeBackupOptions {
  /** The backups folder. */
  dir: string;
  at: Date;
  /** The copy kept just before a restore ("-truoc-khoi-phuc"). */
  preRestore?: boolean;
  /** better-sqlite3 built for Electron's ABI, as the core was opened with. */
  nativeBinding?: string;
}

export function integrityRefusal(errors: string[]): CoreError {
  const detail = errors.flatMap((m) => m.split('\n')).filter((l) => l && !l.startsWith('***')).slice(0, 3).join('; ');
  return new CoreError(
    'BACKUP_REFUSED',
    'Dữ liệu hiện tại không qua được kiểm tra tính toàn vẹn nên BienBan không sao lưu, để không đè mất các bản sao lưu tốt. ' +
      'Hãy khôi phục từ một bản sao lưu trong màn hình "Sao lưu và khôi phục".',
    detail, // SQLite's own words, for the log and "Sao chép chi tiết lỗi"
  );
}

/** Switches a finished copy to a single self-contained file (no -wal beside it), as a copy on a USB stick must be. */
export function makeStandalone(file: string, nativeBinding?: string): void {
  const copy = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export async function takeBackup(db: Db, o: TakeBackupOptions): Promise<string> {
  if (!o.preRestore) {
    let errors: string[];
    try {
      errors = integrityErrors(db);
    } catch (e) {
      // SQLite may stop the check itself on a badly damaged page (SQLITE_CORRUPT): just as much a refusal.
      errors = [String((e as Error)?.message ?? e)];
    }
    if (errors.length) throw integrityRefusal(errors);
  }
  fs.mkdirSync(o.dir, { recursive: true });
  const name = freshBackupName(o.dir, o.at, o.preRestore);
  const target = path.join(o.dir, name);
  const temp = path.join(o.dir, `.${name}.${process.pid}.tmp`);
  try {
    await db.backup(temp);
    makeStandalone(temp, o.nativeBinding);
    fs.renameSync(temp, target);
  } catch (e) {
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) fs.rmSync(f, { force: true });
    if (e instanceof CoreError) throw e;
    throw new CoreError('BACKUP_FAILED', `Không ghi được bản sao lưu vào thư mục ${o.dir}: ${reason(e)}.`, String((e as Error)?.message ?? e));
  }
  return target;
}

/** Deletes the backups the retention rule no longer keeps; returns their names. */
export function pruneBackups(dir: string, now: Date): string[] {
  const doomed = backupsToDelete(listBackupFiles(dir), now);
  const deleted: string[] = [];
  for (const name of doomed) {
    try {
      fs.rmSync(path.join(dir, name));
      deleted.push(name);
    } catch {
      // Open in another program: tried again after the next backup.
    }
  }
  return deleted;
}

export function reason(e: unknown): string {
  switch ((e as { code?: string }).code) {
    case 'ENOSPC': return 'ổ đĩa đã đầy';
    case 'EACCES':
    case 'EPERM': return 'không có quyền ghi';
    case 'ENOENT': return 'không tìm thấy tệp hoặc thư mục';
    default: return 'lỗi khi ghi tệp';
  }
}

export type { BackupFile };

// The backup operations of the contract (backup.*), over a host that owns the connection: the core
// closes and reopens its database around a restore, so everything it serves afterwards (records,
// documents, the number register) comes from the restored file.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, RestoreResult } from '../../../shared/api';
import type { SavedFile } from '../../../shared/documents/types';
import type { Db } from '../db/database';
import { CoreError } from '../errors';
import type { Logger } from '../log';
import type { Platform } from '../platform';
import { pruneBackups, reason, takeBackup } from './backup';
import { BACKUP_DIR, listBackupFiles, parseBackupName, type BackupFile } from './names';
import { checkCandidate, copyIntoPlace, removeWithSidecars, replaceDatabaseFile } from './restore';
import { createBackupScheduler } from './scheduler';

export interface BackupHost {
  dataDir: string;
  dbPath: string;
  clock: () => Date;
  nativeBinding?: string;
  platform: Platform;
  log: Logger;
  /** The schema version this build supports (MIGRATIONS.length). */
  supportedSchema: number;
  db(): Db;
  /** Closes the connection (and everything built on it). */
  close(): void;
  /** Opens the database file again (migrating an older schema) and rebuilds on it. */
  open(): void;
}

export type RestoreRequest = { name: string } | { fileName: string; base64: string };

const MAX_RESTORE_BYTES = 200_000_000;

export const backupsDir = (dataDir: string) => path.join(dataDir, BACKUP_DIR);

export function toInfo(f: BackupFile): BackupInfo {
  return { name: f.name, time: f.time.toISOString(), size: f.size, schemaVersion: f.schemaVersion, preRestore: f.preRestore };
}

export function createBackupService(host: BackupHost) {
  const dir = backupsDir(host.dataDir);
  const changes = () => (host.db().prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  let restoring = false;

  /** One backup into the folder, then retention; the scheduler counts changes from here. */
  const backupNow = async (): Promise<BackupInfo> => {
    if (restoring) throw new CoreError('BACKUP_FAILED', 'Đang khôi phục dữ liệu; hãy sao lưu sau khi khôi phục xong.');
    const file = await takeBackup(host.db(), { dir, at: host.clock(), nativeBinding: host.nativeBinding });
    scheduler.markBackedUp();
    for (const name of pruneBackups(dir, host.clock())) host.log.info('backup', `removed by retention: ${name}`);
    host.log.info('backup', `backup written: ${file}`);
    const info = listBackupFiles(dir).find((f) => f.path === file);
    if (!info) throw new CoreError('BACKUP_FAILED', `Bản sao lưu ${path.basename(file)} không còn trong thư mục ${dir}.`);
    return toInfo(info);
  };

  const scheduler = createBackupScheduler({
    clock: host.clock,
    changes,
    backup: backupNow,
    onError: (e) => host.log.error('backup.auto', e),
    paused: () => restoring,
  });

  /** The source to restore from as a file path, and how to name it to her; a temp file for uploaded bytes. */
  const sourceOf = (req: RestoreRequest | { path: string }): { file: string; label: string; temp?: string } => {
    if ('path' in req) return { file: req.path, label: req.path };
    if ('name' in req) {
      // Only a name the folder listing would show: never a path, never a file outside the folder.
      if (!parseBackupName(req.name) || !fs.existsSync(path.join(dir, req.name))) {
        throw new CoreError('NOT_FOUND', `Không tìm thấy bản sao lưu ${req.name} trong thư mục ${dir}.`);
      }
      return { file: path.join(dir, req.name), label: req.name };
    }
    const bytes = Buffer.from(req.base64, 'base64');
    if (bytes.length > MAX_RESTORE_BYTES) throw new CoreError('RESTORE_REFUSED', `Tệp ${req.fileName} quá lớn (tối đa 200 MB). Dữ liệu hiện tại không bị thay đổi.`);
    const temp = `${host.dbPath}.upload-${process.pid}.tmp`;
    fs.writeFileSync(temp, bytes);
    return { file: temp, label: req.fileName, temp };
  };

  const restore = async (req: RestoreRequest | { path: string }): Promise<RestoreResult> => {
    if (restoring) throw new CoreError('RESTORE_FAILED', 'Đang khôi phục dữ liệu; hãy đợi xong rồi thử lại.');
    restoring = true;
    let src: { file: string; label: string; temp?: string } | undefined;
    try {
      src = sourceOf(req);
      const checked = checkCandidate(src.file, host.dbPath, host.supportedSchema, src.label, host.nativeBinding);
      let kept: string;
      try {
        kept = await takeBackup(host.db(), { dir, at: host.clock(), preRestore: true, nativeBinding: host.nativeBinding });
      } catch (e) {
        removeWithSidecars(checked.file);
        throw e;
      }
      host.close();
      try {
        replaceDatabaseFile(host.dbPath, checked.file);
        host.open();
      } catch (e) {
        host.log.error('backup.restore', e);
        removeWithSidecars(checked.file);
        // Her data as it was a moment ago goes back, so the app keeps working on it.
        copyIntoPlace(host.dbPath, kept);
        host.open();
        throw new CoreError('RESTORE_FAILED', `Không khôi phục được từ ${src.label}: ${reason(e)}. Dữ liệu trước khi khôi phục đã được đặt lại.`, String((e as Error)?.message ?? e));
      }
      scheduler.markBackedUp();
      host.log.info('backup.restore', `restored from ${src.label}; previous data kept as ${kept}`);
      return { restored: src.label, keptAs: path.basename(kept), schemaVersion: checked.schemaVersion };
    } finally {
      if (src?.temp) fs.rmSync(src.temp, { force: true });
      restoring = false;
    }
  };

  return {
    dir,
    scheduler,
    list: (): BackupInfo[] => listBackupFiles(dir).map(toInfo),
    now: backupNow,
    /** A fresh backup (kept in the folder too) offered for saving elsewhere, e.g. a USB stick. */
    saveTo: async (): Promise<SavedFile> => {
      const info = await backupNow();
      const bytes = new Uint8Array(fs.readFileSync(path.join(dir, info.name)));
      const saved = await host.platform.saveFile({ suggestedName: info.name, bytes });
      return { path: saved, fileName: info.name };
    },
    restore: (req: RestoreRequest) => restore(req),
    /** A file anywhere (the command line's `restore F`). */
    restoreFile: (file: string) => restore({ path: file }),
    openFolder: async (): Promise<null> => {
      fs.mkdirSync(dir, { recursive: true });
      await host.platform.openPath(dir);
      return null;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;

// The backup operations of the contract (backup.*), over a host that owns the connection: the core
// closes and reopens its database around a restore, so everything it serves afterwards (records,
// documents, the number register) comes from the restored file.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, ChosenBackup, RestoreResult } from '../../../shared/api';
import type { SavedFile } from '../../../shared/documents/types';
import type { Db } from '../db/database';
import { CoreError } from '../errors';
import type { Logger } from '../log';
import type { Platform } from '../platform';
import { pruneBackups, reason, takeBackup } from './backup';
import { BACKUP_DIR, listBackupFiles, parseBackupName, type BackupFile } from './names';
import { checkCandidate, copyIntoPlace, openZipSource, removeWithSidecars, replaceDatabaseFile } from './restore';
import { createBackupScheduler } from './scheduler';
import {
  copyMissingScans, describeProblem, folderSource, isZipFile, packBackup, pruneScans, refsInFile, restoreScans, type ScanSource,
} from './attachments';
import { ATTACHMENT_DIR, attachmentRefs } from '../files/attachments';

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

export type RestoreRequest = { name: string } | { chosen: string };

export const backupsDir = (dataDir: string) => path.join(dataDir, BACKUP_DIR);

/** "bienban-2026-11-30_2318.sqlite" → "bienban-2026-11-30_2318.zip": the copy carried away with its scans. */
export const zipNameOf = (backupName: string) => backupName.replace(/\.sqlite$/, '.zip');

export function toInfo(f: BackupFile): BackupInfo {
  return { name: f.name, time: f.time.toISOString(), size: f.size, schemaVersion: f.schemaVersion, preRestore: f.preRestore };
}

export function createBackupService(host: BackupHost) {
  const dir = backupsDir(host.dataDir);
  const changes = () => (host.db().prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  let restoring = false;
  const scansDir = path.join(dir, ATTACHMENT_DIR);

  /** The scans a fresh backup file refers to, copied beside it if not there yet (usually none are new). */
  const carryScans = (file: string) => {
    let result: ReturnType<typeof copyMissingScans>;
    try {
      result = copyMissingScans(refsInFile(file, host.nativeBinding), path.join(host.dataDir, ATTACHMENT_DIR), scansDir);
    } catch (e) {
      throw new CoreError('BACKUP_FAILED', `Đã sao lưu dữ liệu nhưng không chép được các bản chụp đính kèm vào thư mục ${scansDir}: ${reason(e)}.`, String((e as Error)?.message ?? e));
    }
    const { copied, problems } = result;
    if (copied) host.log.info('backup', `${copied} scan(s) copied beside the backups`);
    // A scan already missing from the data folder cannot be backed up; the backup of the rest goes on.
    for (const p of problems) host.log.error('backup', new Error(`scan ${p.sha256} (${p.fileName}) ${p.why} in the data folder`));
  };

  /** One backup into the folder, then retention; the scheduler counts changes from here. */
  const backupNow = async (): Promise<BackupInfo> => {
    if (restoring) throw new CoreError('BACKUP_FAILED', 'Đang khôi phục dữ liệu; hãy sao lưu sau khi khôi phục xong.');
    const file = await takeBackup(host.db(), { dir, at: host.clock(), nativeBinding: host.nativeBinding });
    scheduler.markBackedUp();
    carryScans(file);
    for (const name of pruneBackups(dir, host.clock())) host.log.info('backup', `removed by retention: ${name}`);
    const kept = listBackupFiles(dir).map((f) => f.path);
    for (const name of pruneScans(dir, kept, attachmentRefs(host.db()), host.nativeBinding)) host.log.info('backup', `scan no backup needs removed: ${name}`);
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

  /** `close` lets go of a .zip the scans are still read from, once they are in. */
  type Source = { file: string; label: string; scans: ScanSource; temp?: string; close?: () => void };
  const unpackTemp = `${host.dbPath}.unpacked-${process.pid}.tmp`;

  /** A .zip made by "Sao lưu ra…": its database is inflated to a temp file, its scans are read from the archive as needed. */
  const fromZip = (file: string, label: string): Source => ({ ...openZipSource(file, unpackTemp, label), label, temp: unpackTemp });

  /** The file she chose in the open dialog, by the token the screen got back; one at a time. */
  const chosen = new Map<string, string>();

  /**
   * The source to restore from as a file path, how to name it to her, and where its scans are: the
   * `attachments` folder beside a backup file (the backups folder, or a USB folder with the CLI's
   * copy), or inside a .zip. The file is read where it is, never sent through the IPC channel whole.
   */
  const sourceOf = (req: RestoreRequest | { path: string }): Source => {
    if ('name' in req) {
      // Only a name the folder listing would show: never a path, never a file outside the folder.
      if (!parseBackupName(req.name) || !fs.existsSync(path.join(dir, req.name))) {
        throw new CoreError('NOT_FOUND', `Không tìm thấy bản sao lưu ${req.name} trong thư mục ${dir}.`);
      }
      return { file: path.join(dir, req.name), label: req.name, scans: folderSource(scansDir) };
    }
    let file: string;
    if ('chosen' in req) {
      const picked = chosen.get(req.chosen);
      if (!picked) throw new CoreError('NOT_FOUND', 'Không còn tệp sao lưu đã chọn. Hãy bấm "Khôi phục từ tệp…" và chọn lại tệp.');
      chosen.delete(req.chosen);
      file = picked;
    } else {
      file = req.path;
    }
    if (isZipFile(file)) return fromZip(file, file);
    return { file, label: file, scans: folderSource(path.join(path.dirname(file), ATTACHMENT_DIR)) };
  };

  const restore = async (req: RestoreRequest | { path: string }): Promise<RestoreResult> => {
    if (restoring) throw new CoreError('RESTORE_FAILED', 'Đang khôi phục dữ liệu; hãy đợi xong rồi thử lại.');
    restoring = true;
    let src: Source | undefined;
    try {
      src = sourceOf(req);
      const checked = checkCandidate(src.file, host.dbPath, host.supportedSchema, src.label, host.nativeBinding);
      let kept: string;
      let scans: ReturnType<typeof restoreScans>;
      try {
        kept = await takeBackup(host.db(), { dir, at: host.clock(), preRestore: true, nativeBinding: host.nativeBinding });
        carryScans(kept);
        // Scans first: content-addressed, so bringing them in changes nothing the current data sees.
        // One that is missing or damaged is reported by name; the database is restored all the same.
        scans = restoreScans(refsInFile(checked.file, host.nativeBinding), src.scans, host.dataDir);
      } catch (e) {
        removeWithSidecars(checked.file);
        if (e instanceof CoreError) throw e;
        throw new CoreError('RESTORE_FAILED', `Không khôi phục được từ ${src.label}: ${reason(e)}. Dữ liệu hiện tại không bị thay đổi.`, String((e as Error)?.message ?? e));
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
      host.log.info('backup.restore', `restored from ${src.label}; previous data kept as ${kept}; ${scans.restored} scan(s) brought back, ${scans.problems.length} not`);
      return {
        restored: src.label, keptAs: path.basename(kept), schemaVersion: checked.schemaVersion,
        scansRestored: scans.restored, scanProblems: scans.problems.map(describeProblem),
      };
    } finally {
      src?.close?.();
      if (src?.temp) fs.rmSync(src.temp, { force: true });
      restoring = false;
    }
  };

  return {
    dir,
    scheduler,
    list: (): BackupInfo[] => listBackupFiles(dir).map(toInfo),
    now: backupNow,
    /**
     * A fresh backup (kept in the folder too) offered for saving elsewhere, e.g. a USB stick: one
     * .zip with the database and every scan it refers to, so a new laptop gets them all back.
     */
    saveTo: async (): Promise<SavedFile> => {
      const info = await backupNow();
      const fileName = zipNameOf(info.name);
      const packed = packBackup(path.join(dir, info.name), scansDir, refsInFile(path.join(dir, info.name), host.nativeBinding));
      for (const p of packed.problems) host.log.error('backup.saveTo', new Error(`scan ${p.sha256} (${p.fileName}) ${p.why}, left out of ${fileName}`));
      const saved = await host.platform.saveFile({ suggestedName: fileName, bytes: packed.bytes });
      return { path: saved, fileName };
    },
    /**
     * Asks her for a backup file in the open dialog (a .zip from "Sao lưu ra…" or a .sqlite); null when
     * she cancelled. The screen gets the path, name and size only to confirm with her, and a one-use
     * token to restore by: the window never names a file for the core to read, and no file content
     * crosses the IPC channel.
     */
    chooseFile: async (): Promise<ChosenBackup | null> => {
      if (!host.platform.chooseFile) throw new CoreError('NO_PLATFORM', 'Không mở được hộp thoại chọn tệp trên máy này.');
      const file = await host.platform.chooseFile({
        title: 'Chọn tệp sao lưu để khôi phục', filterName: 'Tệp sao lưu BienBan (.zip, .sqlite)', extensions: ['zip', 'sqlite'],
      });
      if (!file) return null;
      let size: number;
      try {
        size = fs.statSync(file).size;
      } catch (e) {
        throw new CoreError('RESTORE_FAILED', `Không đọc được tệp ${file}: ${reason(e)}. Dữ liệu hiện tại không bị thay đổi.`, String((e as Error)?.message ?? e));
      }
      chosen.clear();
      const token = randomUUID();
      chosen.set(token, file);
      return { token, path: file, fileName: path.basename(file), size };
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

// The scans go with the backups (docs/architecture.md, "Data safety"). Stored scans are
// content-addressed and never change (files/attachments.ts), so a folder of backups shares one
// `attachments/` folder beside them: each backup copies only the scans not there yet (an automatic
// backup usually copies nothing), and a backup file plus that folder is everything a restore needs.
// A copy carried away ("Sao lưu ra…") is one .zip: the database and `attachments/<sha256>.<ext>`.
// Every file read back is checked against the SHA-256 in its name before it is used.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { writeFileAtomic } from '../files/atomic-write';
import {
  ATTACHMENT_DIR, attachmentRefs, MAX_ATTACHMENT_BYTES, readIntact, sha256Of, STORED_NAME, storedFileName, type AttachmentRef,
} from '../files/attachments';
import { openZipFile, ZipFormatError, type ZipFile } from './zip-file';

/** The folder of scans beside a set of backups (the backups folder, a USB folder, …). */
export const attachmentsBeside = (backupFile: string) => path.join(path.dirname(backupFile), ATTACHMENT_DIR);

/** The attachments a database file refers to; [] for an older database without the table. Throws if it cannot be read. */
export function refsInFile(file: string, nativeBinding?: string): AttachmentRef[] {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return attachmentRefs(db);
  } finally {
    db.close();
  }
}

/** A scan that could not be copied, named as she knows it. */
export interface ScanProblem { fileName: string; sha256: string; why: 'missing' | 'damaged' }

/**
 * Copies into `targetDir` each referred scan not already there intact, taken from `sourceDir` and
 * checked on the way. Returns what could not be copied (missing or damaged at the source).
 */
export function copyMissingScans(refs: readonly AttachmentRef[], sourceDir: string, targetDir: string): { copied: number; problems: ScanProblem[] } {
  let copied = 0;
  const problems: ScanProblem[] = [];
  for (const ref of refs) {
    const name = storedFileName(ref);
    const target = path.join(targetDir, name);
    if (fs.existsSync(target) && readIntact(target, ref.sha256)) continue;
    const bytes = readIntact(path.join(sourceDir, name), ref.sha256);
    if (!bytes) {
      problems.push({ fileName: ref.fileName, sha256: ref.sha256, why: fs.existsSync(path.join(sourceDir, name)) ? 'damaged' : 'missing' });
      continue;
    }
    fs.mkdirSync(targetDir, { recursive: true });
    writeFileAtomic(target, bytes);
    copied++;
  }
  return { copied, problems };
}

/**
 * Removes from the shared folder the scans that no kept backup (and not the live data) refers to,
 * after retention deleted some backups. If any kept backup cannot be read, nothing is removed:
 * a scan is only ever dropped when it is certain no backup needs it.
 */
export function pruneScans(dir: string, keptBackups: readonly string[], live: readonly AttachmentRef[], nativeBinding?: string): string[] {
  const scans = path.join(dir, ATTACHMENT_DIR);
  let names: string[];
  try {
    names = fs.readdirSync(scans).filter((n) => STORED_NAME.test(n));
  } catch {
    return [];
  }
  const needed = new Set(live.map(storedFileName));
  try {
    for (const file of keptBackups) for (const ref of refsInFile(file, nativeBinding)) needed.add(storedFileName(ref));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const n of names) {
    if (needed.has(n)) continue;
    try {
      fs.rmSync(path.join(scans, n));
      removed.push(n);
    } catch {
      // Open elsewhere: tried again after the next backup.
    }
  }
  return removed;
}

/** One file for a USB stick: the database (compressed) and its scans (stored as they are: already compressed). */
export function packBackup(dbFile: string, scansDir: string, refs: readonly AttachmentRef[]): { bytes: Uint8Array; problems: ScanProblem[] } {
  const files: Zippable = { [path.basename(dbFile)]: [new Uint8Array(fs.readFileSync(dbFile)), { level: 6 }] };
  const problems: ScanProblem[] = [];
  for (const ref of refs) {
    const name = storedFileName(ref);
    const bytes = readIntact(path.join(scansDir, name), ref.sha256);
    if (bytes) files[`${ATTACHMENT_DIR}/${name}`] = [new Uint8Array(bytes), { level: 0 }];
    else problems.push({ fileName: ref.fileName, sha256: ref.sha256, why: fs.existsSync(path.join(scansDir, name)) ? 'damaged' : 'missing' });
  }
  return { bytes: zipSync(files), problems };
}

const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/** Whether a file on disk is a .zip (by its first bytes); false when it cannot be read (the restore's check says why). */
export function isZipFile(file: string): boolean {
  const b = Buffer.alloc(4);
  try {
    const fd = fs.openSync(file, 'r');
    try { fs.readSync(fd, b, 0, 4, 0); } finally { fs.closeSync(fd); }
  } catch {
    return false;
  }
  return isZip(b);
}

/** Where a restore finds the scans its database refers to. */
export interface ScanSource { read(storedName: string): Uint8Array | null }

export const folderSource = (dir: string): ScanSource => ({
  read: (name) => {
    const file = path.join(dir, name);
    try {
      // Larger than any scan the app accepts: damaged (empty bytes fail the SHA-256), never loaded.
      if (fs.statSync(file).size > MAX_ATTACHMENT_BYTES) return new Uint8Array(0);
      return new Uint8Array(fs.readFileSync(file));
    } catch {
      return null;
    }
  },
});

/**
 * Opens a .zip made by packBackup (or the command line's `backup --out F.zip`) by its directory: the
 * one database at its root is inflated into `dbTarget`; the scans under attachments/ stay in the
 * archive and are read one at a time when the restore asks for them, each bounded by the largest scan
 * the app accepts (a larger entry is reported as damaged, never loaded). Other entries are ignored
 * (never written anywhere). null when the archive is not one of ours; throws ZipFormatError when the
 * database in it cannot be read back intact. The caller closes it once the scans are brought in.
 */
export function openBackupZip(file: string, dbTarget: string): { dbName: string; scans: ScanSource; close(): void } | null {
  let zip: ZipFile;
  try {
    zip = openZipFile(file);
  } catch (e) {
    if (e instanceof ZipFormatError) return null;
    throw e;
  }
  try {
    const dbs = [...zip.entries.values()].filter((e) => /^[^/\\]+\.sqlite$/.test(e.name));
    if (dbs.length !== 1) {
      zip.close();
      return null;
    }
    zip.extractTo(dbs[0], dbTarget);
    const scans: ScanSource = {
      read: (name) => {
        const entry = STORED_NAME.test(name) ? zip.entries.get(`${ATTACHMENT_DIR}/${name}`) : undefined;
        // An entry that is there but does not read back (too large, CRC-32 wrong) is a damaged scan,
        // not a missing one: empty bytes fail the SHA-256 check and are named as damaged.
        return entry ? (zip.read(entry, MAX_ATTACHMENT_BYTES) ?? new Uint8Array(0)) : null;
      },
    };
    return { dbName: dbs[0].name, scans, close: () => zip.close() };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/**
 * Brings into the data folder the scans a restored database refers to: only those not there intact,
 * each checked against its SHA-256 before it is written. Returns the ones that could not be brought.
 */
export function restoreScans(refs: readonly AttachmentRef[], source: ScanSource, dataDir: string): { restored: number; problems: ScanProblem[] } {
  const dir = path.join(dataDir, ATTACHMENT_DIR);
  let restored = 0;
  const problems: ScanProblem[] = [];
  for (const ref of refs) {
    const name = storedFileName(ref);
    const target = path.join(dir, name);
    if (readIntact(target, ref.sha256)) continue;
    const bytes = source.read(name);
    if (!bytes || sha256Of(bytes) !== ref.sha256) {
      problems.push({ fileName: ref.fileName, sha256: ref.sha256, why: bytes ? 'damaged' : 'missing' });
      continue;
    }
    fs.mkdirSync(dir, { recursive: true });
    writeFileAtomic(target, bytes);
    restored++;
  }
  return { restored, problems };
}

/** Her words for a scan that did not come back: the name she attached it by, and why. */
export function describeProblem(p: ScanProblem): string {
  return p.why === 'damaged'
    ? `Bản chụp "${p.fileName}" trong bản sao lưu bị hỏng (mã SHA-256 không khớp), không khôi phục được.`
    : `Bản chụp "${p.fileName}" không có trong bản sao lưu, không khôi phục được.`;
}

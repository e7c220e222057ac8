// Where backups live and what they are called: <dataDir>/backups/bienban-2026-11-30_2318.sqlite
// (local time, to the minute, so she can tell them apart in Explorer), "-2", "-3"… when two fall in
// the same minute, and "-truoc-khoi-phuc" for the copy of her data kept just before a restore.
// Reading the folder needs no SQLite: the schema version is read from the file header.
import fs from 'node:fs';
import path from 'node:path';

export const BACKUP_DIR = 'backups';
export const PRE_RESTORE_TAG = 'truoc-khoi-phuc';
const NAME = /^bienban-(\d{4})-(\d{2})-(\d{2})_(\d{2})(\d{2})(?:-(\d+))?(-truoc-khoi-phuc)?\.sqlite$/;

export interface BackupFile {
  name: string;
  path: string;
  /** When it was taken (local minute from the name). */
  time: Date;
  size: number;
  /** PRAGMA user_version from the header; null if the file is too short to be a database. */
  schemaVersion: number | null;
  preRestore: boolean;
  /** 1 for the first backup of its minute, 2 for "-2"…: orders backups taken within one minute. */
  seq: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function backupStem(at: Date): string {
  return `bienban-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}_${pad(at.getHours())}${pad(at.getMinutes())}`;
}

/** The local time encoded in a backup's name, or null if the name is not one of ours. */
export function parseBackupName(name: string): { time: Date; preRestore: boolean; seq: number } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number);
  const time = new Date(y, mo - 1, d, h, mi);
  if (time.getMonth() !== mo - 1 || time.getDate() !== d) return null;
  return { time, preRestore: !!m[7], seq: m[6] ? Number(m[6]) : 1 };
}

/** A name not yet used in `dir` for a backup taken at `at`. */
export function freshBackupName(dir: string, at: Date, preRestore = false): string {
  const stem = backupStem(at);
  const tag = preRestore ? `-${PRE_RESTORE_TAG}` : '';
  // One sequence for both kinds, so that within a minute the later backup always sorts first.
  for (let k = 1; ; k++) {
    const base = `${stem}${k === 1 ? '' : `-${k}`}`;
    const taken = [`${base}.sqlite`, `${base}-${PRE_RESTORE_TAG}.sqlite`].some((n) => fs.existsSync(path.join(dir, n)));
    if (!taken) return `${base}${tag}.sqlite`;
  }
}

/** SQLite keeps user_version as a 4-byte big-endian integer at offset 60 of the 100-byte header. */
export function headerSchemaVersion(file: string): number | null {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    if (fs.readSync(fd, header, 0, 100, 0) < 100) return null;
    if (header.subarray(0, 16).toString('latin1') !== 'SQLite format 3\u0000') return null;
    return header.readUInt32BE(60);
  } finally {
    fs.closeSync(fd);
  }
}

/** Newest first; within one minute the later sequence number first. */
export function newestFirst(a: { time: Date; seq?: number }, b: { time: Date; seq?: number }): number {
  return b.time.getTime() - a.time.getTime() || (b.seq ?? 1) - (a.seq ?? 1);
}

/** Every backup in the folder, newest first; files that are not ours are left out (and left alone). */
export function listBackupFiles(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile()) continue;
      out.push({ name, path: file, time: parsed.time, size: stat.size, schemaVersion: headerSchemaVersion(file), preRestore: parsed.preRestore, seq: parsed.seq });
    } catch {
      // Vanished or unreadable meanwhile: not offered.
    }
  }
  return out.sort(newestFirst);
}

/**
 * The copies database.ts makes before a schema migration, beside the data file
 * (bienban.sqlite.backup-v2-2026-11-30T23-18-00-000Z.sqlite), with their time.
 */
export function listMigrationBackups(dbPath: string): { path: string; time: Date }[] {
  const dir = path.dirname(dbPath);
  const prefix = `${path.basename(dbPath)}.backup-v`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix) && n.endsWith('.sqlite'))
    .map((n) => {
      const file = path.join(dir, n);
      const m = /-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/.exec(n);
      const time = m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : fs.statSync(file).mtime;
      return { path: file, time };
    });
}

// The one way BienBan writes a file it must never leave half-written (documents, templates, exports):
// a temporary file beside the target, flushed to disk, then renamed over it. A write cut off by a
// crash or a power cut leaves only the temporary file, whose recognisable name lets cleanStaleTemps
// remove it at the next start.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** ".<name>.bienban-<pid>-<8 hex>.tmp": hidden in Explorer's default view, and never one of our real files. */
const TEMP = /^\..+\.bienban-(\d+)-[0-9a-f]{8}\.tmp$/;

export function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.bienban-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes `data` (bytes, or text as UTF-8) to `target` atomically; the temporary file is removed on failure. */
export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const temp = tempNameFor(target);
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fs.fsyncSync(fd); // on disk before it takes the real name (power cuts)
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** A temporary file older than this is stale even if its pid is alive again (pids are reused). */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the temporary files of writes that never finished in `dir` (not its subfolders): those of
 * a process that is gone, or older than a day. A write running right now in another process (the
 * command line beside the app) is left alone. Returns the names removed; a missing folder is fine.
 */
export function cleanStaleTemps(dir: string, now: Date = new Date()): string[] {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of entries) {
    const m = TEMP.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    try {
      const st = fs.statSync(file);
      if (!st.isFile()) continue;
      const pid = Number(m[1]);
      const mine = pid === process.pid;
      if (!mine && alive(pid) && now.getTime() - st.mtimeMs < STALE_MS) continue;
      if (mine && now.getTime() - st.mtimeMs < STALE_MS) continue; // another core in this process may be writing it
      fs.rmSync(file, { force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to remove: nothing to clean.
    }
  }
  return removed;
}

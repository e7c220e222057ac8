// Whether the data file was closed cleanly last time, so that opening it can skip the full
// integrity_check (which reads every page of a file that only grows). A small marker beside the file
// is written after a clean close and removed when the file is opened: a crash, a power cut or a
// killed process leaves no marker, and the next start checks the whole file. The marker records the
// file's size and modification time at close, so a file changed or replaced while BienBan was closed
// (a copy put in by hand, another program writing into it) is checked in full too. File systems
// stamp a write with a coarse clock (a few milliseconds), so a write just after the close could
// carry the very time the marker recorded: the close therefore sets the file's modification time to
// a whole second in the past, a time no later write can be stamped with.
import fs from 'node:fs';
import type { Db } from './database';

export const cleanMarkerPath = (dbPath: string): string => `${dbPath}-clean`;

interface Marker { size: number; mtimeMs: number }

/** Bytes waiting in the write-ahead log: a clean close checkpoints and removes it. */
function walBytes(dbPath: string): number {
  try {
    return fs.statSync(`${dbPath}-wal`).size;
  } catch {
    return 0;
  }
}

/** True only when the marker of a clean close matches the file as it is now and no log is left over. */
export function shutdownWasClean(dbPath: string): boolean {
  try {
    const marker = JSON.parse(fs.readFileSync(cleanMarkerPath(dbPath), 'utf8')) as Marker;
    const st = fs.statSync(dbPath);
    return marker.size === st.size && marker.mtimeMs === st.mtimeMs && walBytes(dbPath) === 0;
  } catch {
    return false; // no marker, a torn one, or no file: not known to be clean
  }
}

export function forgetCleanShutdown(dbPath: string): void {
  fs.rmSync(cleanMarkerPath(dbPath), { force: true });
}

/**
 * Makes `db.close()` write the marker once the connection is closed, so every caller (the app, the
 * command line, a restore reopening the file) records a clean shutdown without knowing about it. No
 * marker when another connection keeps log content in the -wal: the file alone is not the whole story.
 */
export function markCleanOnClose(db: Db, dbPath: string): void {
  const close = db.close.bind(db);
  db.close = () => {
    const wasOpen = db.open;
    close();
    if (wasOpen && walBytes(dbPath) === 0) {
      try {
        const before = fs.statSync(dbPath);
        const stamp = Math.floor(Date.now() / 1000) - 1; // whole seconds: exact on every file system
        fs.utimesSync(dbPath, before.atime, stamp);
        const st = fs.statSync(dbPath);
        fs.writeFileSync(cleanMarkerPath(dbPath), JSON.stringify({ size: st.size, mtimeMs: st.mtimeMs } satisfies Marker));
      } catch {
        // Not written (read-only folder, disk full): the next start runs the full check, nothing worse.
      }
    }
    return db;
  };
}

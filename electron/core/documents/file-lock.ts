// Never write over a document Word has open: the secretary would lose what she typed in Word, or
// Windows would refuse half-way. Word marks an open file with an owner file beside it, "~$" plus
// the name (for long names the first one or two characters are replaced by "~$"), and holds the
// file itself open without sharing write access.
//
// The platform adapters call writeFileGuarded (or assertNotInUse before their own write) for every
// path the user picked; the command line does the same for --out.
import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../errors';
import { writeFileAtomic } from '../files/atomic-write';

/** Names Word may give the owner ("lock") file of `fileName`. */
export function wordLockNames(fileName: string): string[] {
  const n = fileName.normalize('NFC');
  return [...new Set([`~$${n}`, `~$${n.slice(1)}`, `~$${n.slice(2)}`])].filter((x) => x.length > 2);
}

const key = (s: string) => s.normalize('NFC').toLowerCase();

/** The Word owner file beside `filePath`, if there is one (compared without case, as Windows does). */
export function findWordLock(filePath: string): string | null {
  const dir = path.dirname(filePath);
  const wanted = new Set(wordLockNames(path.basename(filePath)).map(key));
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return null; // no folder yet: nothing can be open in it
  }
  const hit = entries.find((e) => e.startsWith('~$') && wanted.has(key(e)));
  return hit ? path.join(dir, hit) : null;
}

export function fileInUseError(filePath: string): CoreError {
  return new CoreError(
    'FILE_IN_USE',
    `Tệp ${path.basename(filePath)} đang mở trong Word. Hãy đóng tệp trong Word rồi lưu lại, hoặc chọn tên khác.`,
  );
}

const BUSY = new Set(['EBUSY', 'EPERM']);

/**
 * Throws CoreError('FILE_IN_USE') when `filePath` exists and is open in Word (owner file beside it,
 * or the file cannot be opened for writing because another program holds it). Writes nothing.
 */
export function assertNotInUse(filePath: string): void {
  if (findWordLock(filePath)) throw fileInUseError(filePath);
  let fd: number;
  try {
    // Opening for writing without truncating: Windows refuses (EBUSY/EPERM) while Word holds the file.
    fd = fs.openSync(filePath, 'r+');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') return; // a new file
    if (code === 'EISDIR') throw new CoreError('SAVE_FAILED', `${filePath} là một thư mục, không phải tệp.`);
    if (BUSY.has(code)) throw fileInUseError(filePath);
    if (code === 'EACCES') throw new CoreError('SAVE_FAILED', `Không có quyền ghi tệp ${filePath}. Hãy chọn nơi lưu khác.`);
    throw new CoreError('SAVE_FAILED', `Không ghi được tệp ${filePath}: ${(e as Error).message}`);
  }
  fs.closeSync(fd);
}

/**
 * Writes `bytes` to `filePath` unless Word has it open: first the check above, then a temporary
 * file beside it renamed over the target, so a cut-off write never leaves half a document.
 */
export function writeFileGuarded(filePath: string, bytes: Uint8Array | string): void {
  assertNotInUse(filePath);
  try {
    writeFileAtomic(filePath, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    // Word opened the file between the check and the rename (Windows refuses to replace an open file).
    if (BUSY.has(code) && fs.existsSync(filePath)) throw fileInUseError(filePath);
    throw new CoreError('SAVE_FAILED', `Không ghi được tệp ${filePath}: ${(e as Error).message}`);
  }
}

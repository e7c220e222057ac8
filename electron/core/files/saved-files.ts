// The files this run of BienBan saved, by a token handed to the UI with each saved file. Opening a
// file or showing it in its folder takes that token, never a path: the UI cannot ask the system to
// open anything the app did not write itself. Kept in memory: after a restart she saves again.
import { randomUUID } from 'node:crypto';
import type { SavedFile } from '../../../shared/documents/types';
import { CoreError } from '../errors';

export interface SavedFiles {
  /** The saved file with its token (none when the dialog was cancelled). */
  ref(file: SavedFile): SavedFile;
  /** The path behind a token; refuses a token this run did not issue. */
  path(fileId: string): string;
}

export function createSavedFiles(): SavedFiles {
  const paths = new Map<string, string>();
  return {
    ref(file) {
      if (!file.path) return { ...file, fileId: null };
      const fileId = randomUUID();
      paths.set(fileId, file.path);
      return { ...file, fileId };
    },
    path(fileId) {
      const p = paths.get(fileId);
      if (!p) throw new CoreError('NOT_FOUND', 'Không tìm thấy tệp này trong các tệp BienBan đã lưu từ khi mở ứng dụng. Hãy lưu lại tệp rồi mở.');
      return p;
    },
  };
}

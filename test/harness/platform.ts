// The harness's Platform: a save "dialog" that writes into <dataDir>/downloads (never over an
// existing file), an open "dialog" that answers with the files a test queued, and a record of every
// call so end-to-end tests can check what the app asked for (printing included). The harness runs
// where there is no Word, so prints fall back to the preview, as on a Windows machine without it.
import fs from 'node:fs';
import path from 'node:path';
import { sanitizeFileName } from '../../electron/core/documents/file-name';
import type { Platform } from '../../electron/core/platform';

export interface PlatformCall {
  op: 'saveFile' | 'openPath' | 'showItemInFolder' | 'printPage' | 'chooseFile';
  path: string | null;
  name?: string;
  copies?: number;
  landscape?: boolean;
}

export function harnessPlatform(dataDir: string): Platform & { calls: PlatformCall[]; downloads: string; toChoose: (string | null)[] } {
  const downloads = path.join(dataDir, 'downloads');
  const calls: PlatformCall[] = [];
  const toChoose: (string | null)[] = [];
  return {
    calls,
    downloads,
    toChoose,
    async saveFile(req) {
      fs.mkdirSync(downloads, { recursive: true });
      const name = sanitizeFileName(req.suggestedName);
      const ext = path.extname(name);
      let target = path.join(downloads, name);
      for (let k = 2; fs.existsSync(target); k++) target = path.join(downloads, `${path.basename(name, ext)} (${k})${ext}`);
      fs.writeFileSync(target, req.bytes ?? Buffer.from(req.text ?? '', 'utf8'));
      calls.push({ op: 'saveFile', path: target, name: req.suggestedName });
      return target;
    },
    async openPath(p) {
      calls.push({ op: 'openPath', path: p });
    },
    showItemInFolder(p) {
      calls.push({ op: 'showItemInFolder', path: p });
    },
    hasWord: async () => false,
    // The print dialog a user would see is the browser's; the test asserts the request and its copies.
    async printPage(req) {
      calls.push({ op: 'printPage', path: null, copies: req.copies, ...(req.landscape ? { landscape: true } : {}) });
      return true;
    },
    async chooseFile(req) {
      const chosen = toChoose.shift() ?? null;
      calls.push({ op: 'chooseFile', path: chosen, name: req.title });
      return chosen;
    },
  };
}

// The harness's Platform: a save "dialog" that writes into <dataDir>/downloads (never over an
// existing file), and a record of every call so end-to-end tests can check what the app asked for.
import fs from 'node:fs';
import path from 'node:path';
import { sanitizeFileName } from '../../electron/core/documents/file-name';
import type { Platform } from '../../electron/core/platform';

export interface PlatformCall { op: 'saveFile' | 'openPath' | 'showItemInFolder'; path: string | null; name?: string }

export function harnessPlatform(dataDir: string): Platform & { calls: PlatformCall[]; downloads: string } {
  const downloads = path.join(dataDir, 'downloads');
  const calls: PlatformCall[] = [];
  return {
    calls,
    downloads,
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
  };
}

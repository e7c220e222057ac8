// `npm run harness`: the app in a browser at http://127.0.0.1:5178 with data in BIENBAN_DATA_DIR
// (default: a temporary folder), for trying the UI where Electron is not available.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHarness } from './server';

const dataDir = process.env.BIENBAN_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-harness-'));
const h = await startHarness({ dataDir, port: Number(process.env.PORT ?? 5178) });
console.log(`BienBan (trình duyệt) tại ${h.url} — dữ liệu: ${dataDir}`);

// Renders the Mường Chà 2022 demo documents to the PNGs shown in templates/README.md:
// page 1 and the signature page of the biên bản and of the thông báo kết luận.
// Needs LibreOffice (soffice) and poppler (pdftoppm, pdfinfo).
//
// Run: npx tsx scripts/render-doc-pngs.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCore } from '../electron/core/core';
import { DEMO_IDS } from '../electron/core/demo/ids';
import { loadModelInput } from '../electron/core/documents/context';
import { generateDocument } from '../electron/core/documents/generate';
import { buildModel } from '../shared/documents/model';

const OUT = path.resolve('docs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-png-'));
const core = createCore({ dataDir: tmp });
try {
  core.handlers['demo.load']({} as never);
  const input = loadModelInput(core.records, DEMO_IDS.inspectionMuongCha2022);
  const docs = [
    { type: 'minutes' as const, template: 'bien-ban', png: 'bien-ban-muong-cha', opts: { number: 5, issuedDate: null } },
    { type: 'conclusion' as const, template: 'thong-bao-ket-luan', png: 'thong-bao-muong-cha', opts: { number: 12, issuedDate: '2022-10-20' } },
  ];
  for (const d of docs) {
    const docx = path.join(tmp, `${d.png}.docx`);
    const model = buildModel(input, d.type, d.opts);
    fs.writeFileSync(docx, await generateDocument(fs.readFileSync(path.resolve('templates', `${d.template}.docx`)), model));
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(path.join(tmp, 'lo')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx], { stdio: 'pipe' });
    const pdf = docx.replace(/\.docx$/, '.pdf');
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 1);
    for (const page of [...new Set([1, pages])]) {
      const name = `${d.png}-p${page}`;
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(OUT, name)]);
      console.log(`docs/${name}.png (${Math.round(fs.statSync(path.join(OUT, `${name}.png`)).size / 1024)} KiB)`);
    }
  }
} finally {
  core.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}

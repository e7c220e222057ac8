// The generated documents open in a real word processor: LibreOffice converts each one to PDF, and
// the PDF has a sane number of pages. Skipped, with the reason printed, where LibreOffice is absent.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../shared/documents/model';
import { loadModelInput } from '../../electron/core/documents/context';
import { generateDocument } from '../../electron/core/documents/generate';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { communeInput2026 } from '../support/doc-fixtures';
import { tempCore } from '../helpers';

const which = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
const soffice = which('soffice') || which('libreoffice');
const pdfinfo = which('pdfinfo');
const skipReason = !soffice ? 'LibreOffice (soffice) is not installed' : !pdfinfo ? 'poppler (pdfinfo) is not installed' : '';
if (skipReason) console.log(`doc-render: skipped, ${skipReason}`);

const DEMOS: Record<string, string> = {
  'muong-cha-2022': DEMO_IDS.inspectionMuongCha2022,
  'huyen-dien-bien-2022': DEMO_IDS.inspectionHuyenDienBien2022,
  'vi-xuyen-2019': DEMO_IDS.inspectionViXuyen2019,
  'ngoc-lac-2023': DEMO_IDS.inspectionNgocLac2023,
  'muong-ang-2020': DEMO_IDS.inspectionMuongAng2020,
};
const TEMPLATE = { minutes: 'bien-ban', conclusion: 'thong-bao-ket-luan' } as const;

describe.skipIf(Boolean(skipReason))('documents render in LibreOffice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-render-'));
  const names: string[] = [];
  let pages = new Map<string, number>();

  beforeAll(async () => {
    const core = tempCore();
    try {
      core.handlers['demo.load']({} as never);
      const inputs = [
        ...Object.entries(DEMOS).map(([name, id]) => [name, loadModelInput(core.records, id)] as const),
        ['commune-2026', communeInput2026()] as const,
      ];
      for (const [name, input] of inputs) {
        for (const type of ['minutes', 'conclusion'] as const) {
          const template = fs.readFileSync(path.resolve('templates', `${TEMPLATE[type]}.docx`));
          const model = buildModel(input, type, { number: 5, issuedDate: type === 'conclusion' ? '2022-10-20' : null });
          const file = `${name}-${TEMPLATE[type]}`;
          fs.writeFileSync(path.join(dir, `${file}.docx`), await generateDocument(template, model));
          names.push(file);
        }
      }
    } finally {
      core.close();
      fs.rmSync(core.dir, { recursive: true, force: true });
    }
    // One LibreOffice run for all files, with a profile of its own so it never meets a running office.
    const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => path.join(dir, `${n}.docx`))], {
      stdio: 'pipe', timeout: 120_000,
    });
    pages = new Map(names.map((n) => {
      const pdf = path.join(dir, `${n}.pdf`);
      if (!fs.existsSync(pdf)) return [n, 0];
      const info = execFileSync(pdfinfo, [pdf], { encoding: 'utf8' });
      return [n, Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0)];
    }));
  }, 180_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('converts every document to a PDF of 1 to 8 pages', () => {
    expect(names).toHaveLength(12);
    for (const n of names) {
      const count = pages.get(n) ?? 0;
      expect(count, `${n}.pdf pages`).toBeGreaterThanOrEqual(1);
      expect(count, `${n}.pdf pages`).toBeLessThanOrEqual(8);
    }
  });

  it('keeps the Vietnamese text in the PDF (no lost or substituted letters)', () => {
    const pdftotext = which('pdftotext');
    if (!pdftotext) return;
    const text = execFileSync(pdftotext, ['-layout', path.join(dir, 'muong-cha-2022-bien-ban.pdf'), '-'], { encoding: 'utf8' }).normalize('NFC');
    for (const fact of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 05/BB-ĐKT', '25.718', '97,52%', 'Vũ Minh Hồng']) {
      expect(text).toContain(fact);
    }
  });
});

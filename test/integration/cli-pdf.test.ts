// `pdf ID --type …` on the command line: the latest issued version, or the draft when none is issued
// (no number taken), converted by LibreOffice here (no Word outside Windows), saying which converter.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { tempDir } from '../helpers';
import { cli, cliAsync } from '../support/cli';

const ID = DEMO_IDS.inspectionMuongCha2022;
const which = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
const tools = Boolean(which('soffice') && which('pdftotext') && which('pdfinfo'));
const dir = tempDir('bienban-cli-pdf-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const pdfText = (f: string) => spawnSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' }).stdout;

it('refuses an output that is not .pdf before any work', () => {
  const r = cli(['pdf', ID, '--type', 'minutes', '--out', path.join(dir, 'x.docx'), '--data-dir', dir]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('Tệp kết quả phải có đuôi .pdf');
});

it.skipIf(!tools)('writes the draft\'s PDF while nothing is issued, then the issued version\'s, naming LibreOffice', async () => {
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  const core = createCore({ dataDir: data });
  core.handlers['demo.load']({});
  core.close();

  const draftOut = path.join(dir, 'Biên bản dự thảo.pdf');
  const draft = await cliAsync(['pdf', ID, '--type', 'minutes', '--out', draftOut, '--data-dir', data]);
  expect(draft.stderr).toBe('');
  expect(draft.code).toBe(0);
  expect(draft.stdout).toContain('Đã lưu PDF của bản dự thảo biên bản (chưa ban hành), chuyển bằng LibreOffice');
  expect(pdfText(draftOut)).toContain('DỰ THẢO');

  const issued = await cliAsync(['issue', ID, '--type', 'minutes', '--date', '06/10/2022', '--out', path.join(dir, 'bb.docx'), '--data-dir', data]);
  expect(issued.code).toBe(0);
  const out = path.join(dir, 'bb.pdf');
  const r = await cliAsync(['pdf', ID, '--type', 'minutes', '--out', out, '--data-dir', data]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Đã lưu PDF của biên bản số 01/BB-ĐKT (phiên bản 1), chuyển bằng LibreOffice');
  const text = pdfText(out);
  expect(text).toContain('Số: 01/BB-ĐKT');
  expect(text).not.toContain('DỰ THẢO');
  const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  // Fonts embedded: pdffonts' "emb" column (fifth from the end: emb sub uni object ID) says yes for every font.
  const fonts = spawnSync('pdffonts', [out], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(f.trim().split(/\s+/).at(-5)).toBe('yes');
  // Taken again without --force: refused, the file kept.
  const again = await cliAsync(['pdf', ID, '--type', 'minutes', '--out', out, '--data-dir', data]);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain('--force');
}, 180_000);

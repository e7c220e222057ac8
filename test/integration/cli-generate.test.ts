// `generate` and `issue` on the command line, run as the user runs them: a child process per command.
import Database from 'better-sqlite3';
import { cliAsync, ROOT } from '../support/cli';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { newCampaign, newInspection } from '../../shared/defaults';
import { tempDir } from '../helpers';
import { docxPart, visibleText } from '../support/docx-text';

const MUONG_CHA = DEMO_IDS.inspectionMuongCha2022;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function dir(): string {
  const d = tempDir('bienban-cli-gen-');
  dirs.push(d);
  return d;
}

/** word/document.xml of a .docx (which must be a valid zip), with the tags removed. */
function docText(file: string): string {
  const bytes = new Uint8Array(fs.readFileSync(file));
  expect(docxPart(bytes, '[Content_Types].xml')).toContain('wordprocessingml');
  return visibleText(docxPart(bytes));
}

function registerRows(dataDir: string): { number: number; symbol: string; sha256: string }[] {
  const db = new Database(path.join(dataDir, 'bienban.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT number, symbol, sha256 FROM documents ORDER BY number').all() as { number: number; symbol: string; sha256: string }[];
  } finally {
    db.close();
  }
}

// One data folder with the demo, shared by the tests that only read it.
let demo = '';
beforeAll(() => {
  demo = dir();
  const core = createCore({ dataDir: demo });
  core.handlers['demo.load']({});
  core.close();
});

describe('cli generate', { timeout: 120_000 }, () => {
  it('writes a draft of the minutes and of the conclusion, not registered, and never over an existing file without --force', async () => {
    const out = dir();
    const minutes = path.join(out, 'du-thao-bien-ban.docx');
    const conclusion = path.join(out, 'du-thao-thong-bao.docx');
    const [a, b] = await Promise.all([
      cliAsync(['generate', MUONG_CHA, '--type', 'minutes', '--out', minutes, '--data-dir', demo]),
      cliAsync(['generate', MUONG_CHA, '--type', 'conclusion', '--out', conclusion, '--data-dir', demo]),
    ]);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('Đã lập bản dự thảo biên bản');
    expect(a.stdout).toContain(minutes);
    expect(b.code).toBe(0);
    const text = docText(minutes);
    expect(text).toContain('Mường Chà');
    expect(text).toContain('Số: .../BB-ĐKT');
    expect(docText(conclusion)).toContain('Số: .../TB-SNV');
    expect(registerRows(demo)).toEqual([]);

    const before = fs.readFileSync(minutes);
    const again = await cliAsync(['generate', MUONG_CHA, '--type', 'minutes', '--out', minutes, '--data-dir', demo]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã có');
    expect(again.stderr).toContain('--force');
    expect(fs.readFileSync(minutes).equals(before)).toBe(true);

    // Word has it open: even --force does not write over it.
    const lock = path.join(out, `~$${path.basename(minutes).slice(2)}`);
    fs.writeFileSync(lock, 'owner');
    const locked = await cliAsync(['generate', MUONG_CHA, '--type', 'minutes', '--out', minutes, '--force', '--data-dir', demo]);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain('đang mở trong Word');
    expect(fs.readFileSync(minutes).equals(before)).toBe(true);
    fs.rmSync(lock);
    const forced = await cliAsync(['generate', MUONG_CHA, '--type', 'minutes', '--out', minutes, '--force', '--data-dir', demo]);
    expect(forced.code).toBe(0);
    expect(docText(minutes)).toContain('Số: .../BB-ĐKT');
  });

  it('uses a given template only if it passes the template checker', async () => {
    const out = dir();
    const good = path.join(out, 'tu-mau.docx');
    const bad = path.join(out, 'mau-hong.docx');
    fs.writeFileSync(bad, 'đây không phải tệp Word');
    const target = path.join(out, 'khong-ghi.docx');
    const [ok, refused] = await Promise.all([
      cliAsync(['generate', MUONG_CHA, '--type', 'minutes', '--template', path.join(ROOT, 'templates/bien-ban.docx'), '--out', good, '--data-dir', demo]),
      cliAsync(['generate', MUONG_CHA, '--type', 'minutes', '--template', bad, '--out', target, '--data-dir', demo]),
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(docText(good)).toContain('Số: .../BB-ĐKT');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Mẫu mau-hong.docx không dùng được cho biên bản');
    expect(refused.stderr).toContain('Không có tệp nào được ghi.');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('fails clearly, with a non-zero exit, on a wrong type, an unknown inspection or missing settings', async () => {
    const out = dir();
    // A data folder with an inspection whose campaign has no issuing side ("Cơ quan ban hành").
    const bare = dir();
    const core = createCore({ dataDir: bare });
    const c = core.handlers['campaigns.save'](newCampaign(2022));
    const insp = newInspection(c.id);
    core.handlers['inspections.save'](insp);
    core.close();
    const target = path.join(out, 'x.docx');
    const [badType, noType, unknown, noSettings, notDocx, noData] = await Promise.all([
      cliAsync(['generate', MUONG_CHA, '--type', 'report', '--out', target, '--data-dir', demo]),
      cliAsync(['generate', MUONG_CHA, '--out', target, '--data-dir', demo]),
      cliAsync(['generate', '00000000-0000-4000-8000-000000000000', '--type', 'minutes', '--out', target, '--data-dir', demo]),
      cliAsync(['generate', insp.id, '--type', 'minutes', '--out', target, '--data-dir', bare]),
      cliAsync(['generate', MUONG_CHA, '--type', 'minutes', '--out', path.join(out, 'x.pdf'), '--data-dir', demo]),
      cliAsync(['generate', MUONG_CHA, '--type', 'minutes', '--out', target, '--data-dir', path.join(out, 'khong-co')]),
    ]);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('Loại văn bản không được hỗ trợ: "report"');
    expect(noType.code).toBe(2);
    expect(noType.stderr).toContain('Thiếu loại văn bản');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không tìm thấy cuộc kiểm tra');
    expect(noSettings.code).toBe(1);
    expect(noSettings.stderr).toContain('"Cơ quan ban hành"');
    expect(notDocx.code).toBe(2);
    expect(notDocx.stderr).toContain('.docx');
    expect(noData.code).toBe(1);
    expect(noData.stderr).toContain('Chưa có dữ liệu');
    for (const r of [badType, noType, unknown, noSettings, notDocx, noData]) {
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
    }
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe('cli issue', { timeout: 120_000 }, () => {
  it('takes the next number, registers the frozen document and writes it; running it again takes no second number', async () => {
    const data = dir();
    const core = createCore({ dataDir: data });
    core.handlers['demo.load']({});
    core.close();
    const out = dir();
    const file = path.join(out, 'bien-ban.docx');
    const first = await cliAsync(['issue', MUONG_CHA, '--type', 'minutes', '--date', '06/10/2022', '--out', file, '--data-dir', data]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Đã ban hành biên bản số 01/BB-ĐKT ngày 06/10/2022');
    expect(docText(file)).toContain('Số: 01/BB-ĐKT');
    const rows = registerRows(data);
    expect(rows).toHaveLength(1);
    expect(first.stdout).toContain(rows[0].sha256);

    const again = await cliAsync(['issue', MUONG_CHA, '--type', 'minutes', '--date', '06/10/2022', '--out', file, '--force', '--data-dir', data]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('đã được ban hành trước đó, số 01/BB-ĐKT');
    expect(registerRows(data)).toHaveLength(1);

    const bad = await cliAsync(['issue', MUONG_CHA, '--type', 'minutes', '--date', '31/02/2022', '--out', path.join(out, 'y.docx'), '--data-dir', data]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('31/02/2022');
    expect(registerRows(data)).toHaveLength(1);
  });
});

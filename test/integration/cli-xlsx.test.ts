// `xlsx`: the workbook from the command line, for one campaign or all, refusing a wrong extension,
// an existing file without --force, and a malformed campaign id, in Vietnamese.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, expect, it } from 'vitest';
import { runCli } from '../../electron/core/cli/run';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { tempCore, tempDir } from '../helpers';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

async function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), env: {}, cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function world(): { data: string; cwd: string } {
  const c = tempCore();
  c.handlers['demo.load']({});
  c.close();
  const cwd = tempDir();
  dirs.push(c.dir, cwd);
  return { data: c.dir, cwd };
}

it('writes one campaign to the file given and every campaign under the suggested name', async () => {
  const { data, cwd } = world();
  const one = await run(['xlsx', '--campaign', DEMO_IDS.campaign2022DienBien, '--date', '10/01/2023', '--out', 'theo-doi.xlsx', '--data-dir', data], cwd);
  expect(one.err).toBe('');
  expect(one.code).toBe(0);
  expect(one.out).toBe(`Đã xuất bảng tính theo dõi kiến nghị và số liệu: ${path.join(cwd, 'theo-doi.xlsx')}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(cwd, 'theo-doi.xlsx')) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo dõi kiến nghị', 'Số liệu 2022']);

  const again = await run(['xlsx', '--campaign', DEMO_IDS.campaign2022DienBien, '--out', 'theo-doi.xlsx', '--data-dir', data], cwd);
  expect(again.code).toBe(1);
  expect(again.err).toContain('đã có. Chọn tên khác bằng --out, hoặc thêm --force để ghi đè.');
  expect((await run(['xlsx', '--out', 'theo-doi.xlsx', '--force', '--data-dir', data], cwd)).code).toBe(0);

  const all = await run(['xlsx', '--date', '2023-01-10', '--data-dir', data], cwd);
  expect(all.code).toBe(0);
  expect(fs.existsSync(path.join(cwd, '2023-01-10 Theo dõi kiến nghị và số liệu các đợt.xlsx'))).toBe(true);
});

it('refuses a wrong extension and a malformed campaign id before writing anything', async () => {
  const { data, cwd } = world();
  const docx = await run(['xlsx', '--out', 'a.docx', '--data-dir', data], cwd);
  expect(docx.code).toBe(2);
  expect(docx.err).toContain('Tệp kết quả phải có đuôi .xlsx');
  const bad = await run(['xlsx', '--campaign', 'abc', '--out', 'a.xlsx', '--data-dir', data], cwd);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('Mã đợt kiểm tra không đúng dạng: "abc".');
  const unknown = await run(['xlsx', '--campaign', '00000000-0000-4000-8000-000000000000', '--out', 'a.xlsx', '--data-dir', data], cwd);
  expect(unknown.code).toBe(1);
  expect(unknown.err).toBe('Lỗi: Không tìm thấy đợt kiểm tra (có thể đã bị xóa).');
  expect(fs.readdirSync(cwd)).toEqual([]);
});

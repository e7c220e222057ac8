// `report` and `reminder` from the command line: drafts, issuing with --issue, and the refusals.
// In process (runCli), since cli.test.ts already proves the child-process wiring.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli } from '../../electron/core/cli/run';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { checkNd30 } from '../support/nd30';
import { paragraphTexts } from '../support/docx-text';
import { createCore } from '../../electron/core/core';
import { tempCore } from '../helpers';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

async function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), env: {}, cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const CAMPAIGN = DEMO_IDS.campaign2022DienBien;

/** The demo with two of Mường Chà's deadlines passed. */
function world(): { dir: string; unitId: string } {
  const c = tempCore();
  dirs.push(c.dir);
  c.handlers['demo.load']({});
  const insp = c.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  const [a, b, ...rest] = insp.recommendations;
  c.handlers['inspections.save']({ ...insp, recommendations: [{ ...a, remedyDeadline: '2022-12-31' }, { ...b, remedyDeadline: '2023-01-15' }, ...rest] });
  c.close();
  return { dir: c.dir, unitId: insp.unitId! };
}

it('report: a draft, then issued with --issue under the next BC number, then the same again without a new number', async () => {
  const { dir } = world();
  const draft = await run(['report', CAMPAIGN, '--out', 'du-thao.docx', '--data-dir', dir], dir);
  expect(draft.err).toBe('');
  expect(draft.code).toBe(0);
  expect(draft.out).toContain('Đã lập bản dự thảo báo cáo kết quả kiểm tra');
  const bytes = new Uint8Array(fs.readFileSync(path.join(dir, 'du-thao.docx')));
  expect(checkNd30(bytes, 'report').problems).toEqual([]);

  const issued = await run(['report', CAMPAIGN, '--issue', '--date', '30/05/2023', '--out', 'bao-cao.docx', '--data-dir', dir], dir);
  expect(issued.err).toBe('');
  expect(issued.out).toMatch(/^Đã ban hành báo cáo kết quả kiểm tra số 01\/BC-SNV ngày 30\/05\/2023/u);
  expect(paragraphTexts(new Uint8Array(fs.readFileSync(path.join(dir, 'bao-cao.docx'))))).toContain('Số: 01/BC-SNV');
  const again = await run(['report', CAMPAIGN, '--issue', '--date', '30/05/2023', '--out', 'bao-cao.docx', '--force', '--data-dir', dir], dir);
  expect(again.err).toBe('');
  expect(again.out).toMatch(/đã được ban hành trước đó, số 01\/BC-SNV/u);
});

it('reminder: issued to the unit with the overdue recommendations; refused without --campaign or a date', async () => {
  const { dir, unitId } = world();
  const noCampaign = await run(['reminder', unitId, '--data-dir', dir], dir);
  expect(noCampaign.code).toBe(2);
  expect(noCampaign.err).toContain('--campaign');
  const noDate = await run(['reminder', unitId, '--campaign', CAMPAIGN, '--issue', '--data-dir', dir], dir);
  expect(noDate.code).toBe(2);
  const r = await run(['reminder', unitId, '--campaign', CAMPAIGN, '--issue', '--date', '01/06/2023', '--report-by', '20/06/2023', '--out', 'cv.docx', '--data-dir', dir], dir);
  expect(r.err).toBe('');
  expect(r.out).toMatch(/^Đã ban hành công văn đôn đốc số 01\/SNV-CCHC ngày 01\/06\/2023/u);
  const bytes = new Uint8Array(fs.readFileSync(path.join(dir, 'cv.docx')));
  expect(checkNd30(bytes, 'letter').problems).toEqual([]);
  expect(paragraphTexts(bytes).join('\n')).toContain('trước ngày 20/6/2023./.');
});

it('reminder: a unit with nothing overdue gets no number', async () => {
  const { dir } = world();
  const core = createCore({ dataDir: dir });
  const unitId = core.records.getInspection(DEMO_IDS.inspectionHuyenDienBien2022)!.unitId!;
  core.close();
  const r = await run(['reminder', unitId, '--campaign', CAMPAIGN, '--issue', '--date', '01/06/2023', '--data-dir', dir], dir);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/không có kiến nghị nào quá hạn/u);
  // A draft is still made (marked DỰ THẢO), and says what issuing would refuse for.
  const d = await run(['reminder', unitId, '--campaign', CAMPAIGN, '--date', '01/06/2023', '--out', 'nhap.docx', '--data-dir', dir], dir);
  expect(d.code).toBe(0);
  expect(d.out).toMatch(/Còn thiếu trước khi ban hành: .*không có kiến nghị nào quá hạn/u);
});

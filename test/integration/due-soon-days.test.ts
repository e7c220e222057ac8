// The "sắp đến hạn" days are one setting (Settings.dueSoonDays): once she sets 14 on the tracker, the
// command line's follow-up, the Excel file, the printed list, the overdue count and the dashboard
// count with 14 too, and agree with followUp.query line by line.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../electron/core/core';
import { runCli } from '../../electron/core/cli/run';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { harnessPlatform } from '../harness/platform';
import { tempDir } from '../helpers';

const TODAY = '2023-01-10';

function world() {
  const dir = tempDir('bienban-due-soon-');
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  const platform = harnessPlatform(dir);
  const core = createCore({ dataDir: dir, platform });
  core.handlers['demo.load']({});
  const insp = core.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  const [a, b, c] = insp.recommendations;
  // 3 days away: near with 7 or 14; 12 days away: near only with 14; 5 days ago: overdue.
  core.handlers['inspections.save']({
    ...insp,
    recommendations: [
      { ...a, remedyDeadline: '2023-01-13' }, { ...b, remedyDeadline: '2023-01-22' }, { ...c, remedyDeadline: '2023-01-05' },
      ...insp.recommendations.slice(3),
    ],
  });
  return { dir, core, platform, near: a.id, within14: b.id, late: c.id };
}

it('14 days set on the tracker: the CLI, the Excel file, the printed list and the counts agree with followUp.query', async () => {
  const { dir, core, platform, near, within14, late } = world();
  const atSeven = core.handlers['followUp.query']({ today: TODAY, filters: { view: 'all' }, limit: 500 });
  expect(atSeven.dueSoonDays).toBe(7);
  expect(atSeven.rows.find((r) => r.recommendationId === within14)!.state.status).toBe('not_due');

  core.handlers['settings.saveFollowUp']({ dueSoonDays: 14 });
  const q = core.handlers['followUp.query']({ today: TODAY, filters: { view: 'all' }, limit: 500 });
  expect(q.dueSoonDays).toBe(14);
  const stateOf = new Map(q.rows.map((r) => [r.recommendationId, r.state.status]));
  expect([stateOf.get(near), stateOf.get(within14), stateOf.get(late)]).toEqual(['due_soon', 'due_soon', 'overdue']);
  expect(q.counts.due_soon).toBe(atSeven.counts.due_soon + 1);
  const dueSoonIds = new Set(q.rows.filter((r) => r.state.status === 'due_soon').map((r) => r.recommendationId));
  const overdueIds = new Set(q.rows.filter((r) => r.state.status === 'overdue').map((r) => r.recommendationId));

  // The counts.
  expect(core.handlers['followUp.overdueCount']({ today: TODAY })).toBe(q.counts.overdue);
  const dash = core.handlers['dashboard.get']({ today: TODAY });
  expect(dash.dueSoon).toMatchObject({ days: 14, total: q.counts.due_soon });
  expect(dash.overdue.total).toBe(q.counts.overdue);

  // The Excel file: "Sắp đến hạn" and "Quá hạn" exactly on the tracker's lines.
  const saved = await core.handlers['xlsx.save']({ today: TODAY });
  expect(platform.calls.at(-1)).toMatchObject({ op: 'saveFile' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(saved.path!) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Theo dõi kiến nghị')!;
  const listed = core.handlers['followUp.list']({});
  const statusCol = (ws.getRow(1).values as unknown[]).indexOf('Trạng thái');
  const labelOf = new Map(listed.map((row, k) => [row.recommendation.id, ws.getRow(2 + k).getCell(statusCol).value]));
  expect(labelOf.get(within14)).toBe('Sắp đến hạn');
  expect(new Set([...labelOf].filter(([, v]) => v === 'Sắp đến hạn').map(([id]) => id))).toEqual(dueSoonIds);
  expect(new Set([...labelOf].filter(([, v]) => v === 'Quá hạn').map(([id]) => id))).toEqual(overdueIds);

  // The printed list of the "sắp đến hạn" view, asked without days: the tracker's lines, each flagged.
  const preview = await core.handlers['followUp.preview']({ today: TODAY, filter: 'due_soon' });
  const xml = strFromU8(unzipSync(Buffer.from(preview.base64, 'base64'))['word/document.xml']);
  expect(xml).toContain(`Danh sách: sắp đến hạn (${q.counts.due_soon})`);
  expect(xml.match(/\(sắp đến hạn\)/g)).toHaveLength(q.counts.due_soon);
  core.close();

  // The command line, on the same data folder.
  const out: string[] = [];
  const code = await runCli(['follow-up', '--date', '10/01/2023', '--data-dir', dir], { out: (s) => out.push(s), err: (s) => out.push(s), env: {}, cwd: dir });
  expect(code, out.join('\n')).toBe(0);
  const text = out.join('\n');
  expect(text).toContain(`; ${q.counts.overdue} quá hạn, ${q.counts.due_soon} sắp đến hạn,`);
  expect(text.match(/\[SẮP ĐẾN HẠN\]/g)).toHaveLength(q.counts.due_soon);
  expect(text).toMatch(/kiến nghị số 2 · [^\n]* · hạn 22\/01\/2023 \[SẮP ĐẾN HẠN\]/);

  const json: { recommendation: { id: string }; status: string }[] = [];
  await runCli(['follow-up', '--date', '10/01/2023', '--all', '--json', '--data-dir', dir], { out: (s) => json.push(...JSON.parse(s)), err: () => {}, env: {}, cwd: dir });
  expect(new Map(json.map((r) => [r.recommendation.id, r.status]))).toEqual(stateOf);
});

// The campaign's charts in the app and its Excel export: the 2022 demo campaign's Biểu đồ tab draws
// the on-time rate of both districts and the recommendations by state with Vietnamese numbers, and
// "Xuất Excel" saves a workbook through the platform.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { expect, shot, test } from './fixtures';

test.describe.configure({ timeout: 60_000 });
test.use({ viewport: { width: 1366, height: 768 } });

test('the 2022 campaign charts its on-time rates and recommendations, and exports to Excel', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = h['inspections.get']({ id });
  h['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r, k) => ({ ...r, remedyDeadline: k === 0 ? '2022-12-31' : null })) });
  h['followUp.setStatus']({ inspectionId: id, recommendationId: insp.recommendations[2].id, status: 'done', statusNote: 'Đã ban hành.' });
  await page.clock.setFixedTime(new Date('2023-01-10T09:00:00'));
  await page.goto(`${harness.url}#/campaigns/${DEMO_IDS.campaign2022DienBien}`);
  await page.reload();

  await page.getByRole('tab', { name: 'Biểu đồ' }).click();
  const rate = page.getByTestId('chart-on-time');
  await expect(rate).toContainText('Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn và trước hạn');
  await expect(rate).toContainText('UBND huyện Mường Chà');
  await expect(rate).toContainText('UBND huyện Điện Biên');
  await expect(rate).toContainText('99,10%');
  await expect(rate).toContainText('99,38%');
  const states = page.getByTestId('chart-states');
  await expect(states).toContainText('Tính đến ngày 10/01/2023');
  for (const label of ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Quá hạn']) await expect(states).toContainText(label);
  const counts = h['campaigns.chartData']({ id: DEMO_IDS.campaign2022DienBien, today: '2023-01-10' }).recommendations.states;
  expect(counts.find((s) => s.key === 'overdue')!.count).toBe(1);
  expect(counts.find((s) => s.key === 'done')!.count).toBe(1);
  // Every bar sits inside the page at 1366 px: no horizontal scroll.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await shot(page, '17-campaign-charts');

  await page.getByTestId('export-xlsx').click();
  await expect(page.getByTestId('saved-file')).toContainText('2023-01-10 Theo dõi kiến nghị và số liệu 2022.xlsx');
  await expect(page.getByRole('button', { name: 'Mở bằng Excel' })).toBeVisible();
  const saved = harness.platform.calls.at(-1)!;
  expect(saved).toMatchObject({ op: 'saveFile', name: '2023-01-10 Theo dõi kiến nghị và số liệu 2022.xlsx' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(saved.path!) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo dõi kiến nghị', 'Số liệu 2022']);
  expect(wb.getWorksheet('Theo dõi kiến nghị')!.getColumn(10).values).toContain('Quá hạn');
});

test('a campaign without on-time figures names its units instead of drawing them at 0', async ({ app: page, harness }) => {
  harness.core.handlers['demo.load']({});
  await page.goto(`${harness.url}#/campaigns/${DEMO_IDS.campaign2020DienBien}`);
  await page.getByRole('tab', { name: 'Biểu đồ' }).click();
  await expect(page.getByTestId('charts-missing')).toHaveText('Chưa có số liệu để tính tỷ lệ: UBND huyện Mường Ảng.');
  await expect(page.getByTestId('chart-on-time')).toContainText('Chưa có đơn vị nào có số liệu để tính tỷ lệ');
  await expect(page.getByTestId('chart-on-time')).not.toContainText('0,00%');
});

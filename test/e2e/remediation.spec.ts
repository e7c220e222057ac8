// A unit reports what it remedied; the team assesses it; next year's inspection of the same unit
// opens with last year's recommendations and carries an unfinished one into it.
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { listHistory } from '../../electron/core/repos/history';
import { newId } from '../../shared/defaults';
import { expect, test, waitSaved } from './fixtures';
import { choose } from './helpers';

test.describe.configure({ timeout: 90_000 });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
// A real 1×1 PNG, as a phone scan app would save it.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode', 'latin1');
const SHOTS = '/tmp/wt-remedy';

test('record a remediation report with scans, assess it, and carry an unfinished recommendation into next year', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  const id = DEMO_IDS.inspectionMuongCha2022;
  const recs = h['inspections.get']({ id }).recommendations;
  await page.clock.setFixedTime(new Date('2023-03-20T09:00:00'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${harness.url}#/inspections/${id}`);
  await page.reload();

  await page.getByRole('tab', { name: '8. Báo cáo khắc phục' }).click();
  await expect(page.getByText('Chưa nhận báo cáo khắc phục nào của đơn vị.')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm báo cáo khắc phục' }).click();
  const form = page.getByTestId('remediation-form');
  const received = form.getByRole('textbox', { name: 'Ngày nhận báo cáo' });
  await expect(received).toHaveValue('20/03/2023'); // today, the usual case
  await received.fill('12/3');
  await form.getByRole('textbox', { name: 'Số báo cáo' }).fill('125/BC-UBND');
  await form.getByRole('textbox', { name: 'Ngày báo cáo' }).fill('10/3/2023');
  await form.getByRole('textbox', { name: 'Tóm tắt nội dung báo cáo' }).fill('Báo cáo kết quả khắc phục tồn tại, hạn chế sau kiểm tra CCHC năm 2022.');
  // The report covers two of the three recommendations (keyboard: Space ticks a box).
  await form.getByRole('checkbox', { name: /^Kiến nghị số 1:/ }).focus();
  await page.keyboard.press('Space');
  await form.getByRole('textbox', { name: 'Đơn vị đã thực hiện (kiến nghị số 1)' }).fill('Đã ban hành Kế hoạch số 25/KH-UBND ngày 05/01/2023.');
  await form.getByRole('checkbox', { name: /^Kiến nghị số 2:/ }).check();
  await form.getByRole('textbox', { name: 'Đơn vị đã thực hiện (kiến nghị số 2)' }).fill('Đang rà soát, chuẩn hóa thủ tục hành chính.');
  await page.screenshot({ path: `${SHOTS}/remediation-form.png`, fullPage: true });
  await form.getByRole('button', { name: 'Lưu báo cáo' }).click();

  const report = page.getByTestId('remediation-report');
  await expect(report).toHaveCount(1);
  await expect(report.getByRole('heading', { name: 'Báo cáo số 125/BC-UBND ngày 10/03/2023' })).toBeVisible();
  await expect(report).toContainText('Nhận ngày 12/03/2023');
  const items = report.getByTestId('remediation-item');
  await expect(items).toHaveCount(2);

  // Scans: a PDF and a PNG are kept; a program renamed .pdf is refused by its content.
  const input = report.locator('input[type=file]');
  await input.setInputFiles({ name: 'Báo cáo 125-BC-UBND.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(report.getByRole('button', { name: 'Báo cáo 125-BC-UBND.pdf', exact: true })).toBeVisible();
  await input.setInputFiles({ name: 'trang 2.png', mimeType: 'image/png', buffer: PNG });
  await expect(report.getByRole('button', { name: 'trang 2.png', exact: true })).toBeVisible();
  await input.setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: EXE });
  await expect(report.getByTestId('error-note')).toContainText('Không đính kèm được tệp "bao-cao.pdf"');
  await expect(report.getByTestId('error-note')).toContainText('không phải PDF, JPEG hay PNG');
  const [reportId] = h['remediation.list']({ inspectionId: id }).map((r) => r.id);
  expect(h['remediation.list']({ inspectionId: id })[0].attachments.map((a) => a.fileName)).toEqual(['Báo cáo 125-BC-UBND.pdf', 'trang 2.png']);
  // Opening a scan goes through the platform (Windows opens it in its viewer).
  await report.getByRole('button', { name: 'trang 2.png', exact: true }).click();
  await expect.poll(() => harness.platform.calls.at(-1)?.op).toBe('openPath');
  expect(fs.readFileSync(harness.platform.calls.at(-1)!.path!)).toEqual(PNG);
  expect(path.dirname(harness.platform.calls.at(-1)!.path!)).toBe(path.join(harness.dataDir, 'attachments'));

  // The dashboard lists the report as waiting for an assessment, and its line opens this tab.
  await page.getByRole('navigation').getByText('Tổng quan', { exact: true }).click();
  await expect(page.getByTestId('dash-reports-total')).toHaveText('1');
  await expect(page.getByTestId('dash-report')).toHaveText('Báo cáo số 125/BC-UBND ngày 10/03/2023 của UBND huyện Mường Chà: 2 kiến nghị chưa đánh giá (nhận ngày 12/03/2023)');
  await page.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });
  await page.getByTestId('dash-report').click();
  await expect(page.getByRole('tab', { name: '8. Báo cáo khắc phục' })).toHaveAttribute('aria-selected', 'true');

  // The team accepts the first and not the second, with a reason.
  await report.getByRole('button', { name: 'Chấp nhận kết quả kiến nghị số 1', exact: true }).click();
  await expect(items.nth(0).getByTestId('assessment')).toHaveText('Chấp nhận (20/03/2023)');
  await report.getByRole('button', { name: 'Không chấp nhận kết quả kiến nghị số 2' }).click();
  await report.getByRole('button', { name: 'Ghi đánh giá' }).click(); // no reason yet: refused, the box stays
  await expect(items.nth(1).getByTestId('error-note')).toContainText('Lý do không chấp nhận: chưa nhập');
  const reason = report.getByRole('textbox', { name: 'Lý do không chấp nhận kiến nghị số 2' });
  await reason.fill('Chưa có văn bản chứng minh đã rà soát.');
  await reason.press('Control+Enter'); // from the keyboard
  await expect(items.nth(1).getByTestId('assessment')).toHaveText('Không chấp nhận (20/03/2023)');
  await expect(items.nth(1)).toContainText('Lý do không chấp nhận: Chưa có văn bản chứng minh đã rà soát.');
  await page.screenshot({ path: `${SHOTS}/remediation.png`, fullPage: true });

  // The editor shows the status the assessment set, and its autosave keeps it.
  await page.getByRole('tab', { name: '5. Kiến nghị của Đoàn' }).click();
  await expect(page.getByRole('combobox', { name: 'Trạng thái' }).first()).toHaveValue('Đã hoàn thành');
  await waitSaved(page);
  const after = h['inspections.get']({ id }).recommendations;
  expect(after.map((r) => r.status)).toEqual(['done', 'open', recs[2].status]);
  expect(listHistory(harness.core.db, recs[0].id).map((x) => x.kind)).toEqual(['report', 'assessment', 'status']);
  expect(listHistory(harness.core.db, recs[1].id).map((x) => [x.kind, x.reason])).toEqual([['report', ''], ['assessment', 'Chưa có văn bản chứng minh đã rà soát.']]);
  expect(reportId).toBeTruthy();
  await page.getByRole('navigation').getByText('Tổng quan', { exact: true }).click();
  await expect(page.getByTestId('dash-reports-total')).toHaveText('0');

  // Next year: a new inspection of Mường Chà in the 2023 campaign opens with last year's recommendations.
  const old = h['campaigns.get']({ id: DEMO_IDS.campaign2022DienBien });
  const campaignId = newId();
  h['campaigns.save']({ ...old, id: campaignId, year: 2023, title: 'Kiểm tra công tác CCHC năm 2023', areas: old.areas.map((a) => ({ ...a, id: newId() })), indicators: [], drafts: {} });
  const prev = h['inspections.get']({ id });
  const nextId = newId();
  h['inspections.save']({
    ...prev, id: nextId, campaignId, teamId: null, unitId: null, dateFrom: '2023-09-20', dateTo: '2023-09-20', meetingDate: null,
    attendees: [], subUnits: [], findings: [], figures: [], recommendations: [], unitProposals: [], drafts: {},
  });
  await page.goto(`${harness.url}#/inspections/${nextId}`);
  await page.reload(); // the lookups are read when the app opens
  const panel = page.getByTestId('previous-recommendations');
  await expect(page.getByRole('heading', { name: 'Kiểm tra tại (chưa chọn đơn vị)' })).toBeVisible();
  await expect(panel).toHaveCount(0); // no unit yet, so no previous inspection
  await choose(page, 'Đơn vị được kiểm tra', 'UBND huyện Mường Chà');
  await expect(panel).toContainText('3 kiến nghị, 2 chưa hoàn thành');
  const rows = panel.getByTestId('previous-recommendation');
  await expect(rows.nth(0)).toContainText('Đã hoàn thành');
  await expect(panel.getByRole('checkbox', { name: 'Chọn kiến nghị số 1 lần trước' })).toBeDisabled();
  await panel.getByRole('checkbox', { name: 'Chọn kiến nghị số 2 lần trước' }).check();
  await page.screenshot({ path: `${SHOTS}/previous.png`, fullPage: true });
  await panel.getByRole('button', { name: 'Chuyển vào kiến nghị của Đoàn' }).click();
  await expect(rows.nth(1)).toContainText('Đã chuyển vào cuộc kiểm tra này');
  await page.getByRole('tab', { name: '5. Kiến nghị của Đoàn' }).click();
  const content = page.getByRole('textbox', { name: 'Nội dung kiến nghị' });
  await expect(content).toHaveCount(1);
  await expect(content).toHaveValue(/\(Kiến nghị số 2 tại cuộc kiểm tra ngày \d\d\/\d\d\/2022 chưa hoàn thành\.\)$/);
  await waitSaved(page);
  const carried = h['inspections.get']({ id: nextId }).recommendations;
  expect(carried).toHaveLength(1);
  expect(carried[0].content.startsWith(recs[1].content.trim())).toBe(true);
  expect(listHistory(harness.core.db, recs[1].id).at(-1)).toMatchObject({ kind: 'carried', refId: nextId });
});

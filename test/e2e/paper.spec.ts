// From screen to paper: a new user previews the Mường Chà notice, sees the missing signer highlighted,
// follows the link and types it, issues, prints (no Word in the harness: the preview prints itself,
// and the harness records the request with its copies), prints the minutes with Ctrl+P, and saves the
// PDF (LibreOffice here), whose text and pages are checked.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, waitSaved } from './fixtures';
import { DEMO_IDS } from '../../electron/core/demo/ids';

const ID = DEMO_IDS.inspectionMuongCha2022;
const SHOTS = '/tmp/wt-paper';
const which = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();

test('preview, fix what is missing, issue, print and save the PDF of the Mường Chà notice', async ({ app: page, harness }) => {
  test.skip(!which('soffice') || !which('pdftotext') || !which('pdfinfo'), 'LibreOffice and poppler are needed for the PDF');
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  harness.core.handlers['demo.load']({});
  await page.goto(`${harness.url}#/inspections/${ID}`);
  await page.getByRole('tab', { name: '7. Văn bản' }).click();
  const notice = page.getByTestId('doc-conclusion');
  // The notice issued by the Văn phòng UBND tỉnh: nobody is recorded to sign it yet.
  await page.getByTestId('conclusion-issuer').getByText('Văn phòng UBND tỉnh').click();
  await notice.getByRole('textbox', { name: 'Ngày ban hành' }).fill('20/10/2022');
  await notice.getByRole('textbox', { name: 'Ngày ban hành' }).blur();
  await waitSaved(page);

  await notice.getByRole('button', { name: 'Xem trước' }).click();
  const preview = page.getByTestId('doc-preview');
  await expect(preview.getByTestId('preview-progress')).toHaveAttribute('data-done', 'yes');
  await expect(preview).toContainText('Thông báo kết luận – bản dự thảo (xem trước không lấy số)');
  await expect(preview.getByTestId('preview-missing')).toContainText('Họ tên người ký thông báo kết luận');
  const blank = preview.locator('mark.bb-blank');
  await expect(blank).toHaveCount(1);
  await expect(blank).toHaveText('Họ và tên người ký');
  await expect(preview.locator('section.docx').first()).toContainText('ngày 20 tháng 10 năm 2022');
  await expect(preview.locator('section.docx').first()).toContainText('Số: .../TB\u2011VP');
  const pages = await preview.locator('section.docx').count();
  expect(pages).toBeGreaterThanOrEqual(2);
  // Every page is an A4 sheet: 210 × 297 mm at 96 dpi.
  for (const box of await preview.locator('section.docx').evaluateAll((els) => els.map((e) => [e.clientWidth, e.clientHeight]))) {
    expect(Math.round(box[0])).toBe(794);
    expect(Math.round(box[1])).toBe(1123);
  }
  await page.screenshot({ path: path.join(SHOTS, 'preview-notice-p1.png') });
  await blank.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'preview-notice-blank.png') });
  // The preview took no number.
  expect(harness.core.handlers['documents.list']({ inspectionId: ID })).toEqual([]);

  // The link closes the preview and opens the field where the signer's name is typed.
  await preview.getByTestId('preview-missing').getByRole('button', { name: 'Mở nơi nhập' }).click();
  await expect(page.getByTestId('doc-preview')).toHaveCount(0);
  const name = page.getByRole('textbox', { name: 'Họ và tên' }).nth(2);
  await expect(name).toBeFocused();
  await name.fill('Nguyễn Văn Hùng');
  await name.blur();
  await waitSaved(page);
  await notice.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByTestId('preview-progress')).toHaveAttribute('data-done', 'yes');
  await expect(page.getByTestId('preview-missing')).toHaveCount(0);
  await expect(page.locator('mark.bb-blank')).toHaveCount(0);
  await expect(page.getByTestId('preview-pages')).toContainText('Nguyễn Văn Hùng');
  await page.getByTestId('doc-preview').getByRole('button', { name: 'Đóng' }).click();

  // Issue, then print the issued notice: two copies, through the preview (no Word here).
  await notice.getByRole('button', { name: 'Ban hành (lấy số)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByTestId('issued-conclusion')).toContainText('01/TB-VP');
  await expect(notice).toContainText('In, PDF: số 01/TB-VP');
  await notice.getByRole('button', { name: 'In…' }).click();
  const printDialog = page.getByRole('dialog', { name: 'In văn bản' });
  await expect(printDialog.getByRole('textbox', { name: 'Số bản' })).toHaveValue('1');
  await printDialog.getByRole('textbox', { name: 'Số bản' }).fill('2');
  await printDialog.getByRole('button', { name: 'In', exact: true }).click();
  await expect(page.getByTestId('print-note')).toContainText('Đã gửi bản xem trước tới máy in (2 bản)');
  await expect(page.getByTestId('doc-preview')).toContainText('Thông báo kết luận số 01/TB-VP');
  expect(harness.platform.calls.filter((c) => c.op === 'printPage')).toEqual([{ op: 'printPage', path: null, copies: 2 }]);
  await page.getByTestId('doc-preview').getByRole('button', { name: 'Đóng' }).click();

  // Ctrl+P on the Văn bản tab prints the minutes (the first document) with the count they are made in.
  await page.getByRole('heading', { name: 'Biên bản' }).click();
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('dialog', { name: 'In văn bản' })).toContainText('Biên bản lập thành 03 bản.');
  await expect(page.getByRole('dialog', { name: 'In văn bản' }).getByRole('textbox', { name: 'Số bản' })).toHaveValue('3');
  await page.getByRole('dialog', { name: 'In văn bản' }).getByRole('button', { name: 'In', exact: true }).click();
  await expect(page.getByTestId('doc-preview')).toContainText('Biên bản – bản dự thảo');
  await expect.poll(() => harness.platform.calls.filter((c) => c.op === 'printPage').length).toBe(2);
  expect(harness.platform.calls.filter((c) => c.op === 'printPage')[1].copies).toBe(3);
  await page.getByTestId('doc-preview').getByRole('button', { name: 'Đóng' }).click();

  // The PDF of the issued notice, made by LibreOffice.
  await notice.getByRole('button', { name: 'Lưu PDF' }).click();
  await expect(notice.getByTestId('pdf-note')).toContainText('PDF được chuyển bằng LibreOffice.', { timeout: 60_000 });
  const saved = harness.platform.calls.filter((c) => c.op === 'saveFile' && c.path?.endsWith('.pdf'));
  expect(saved).toHaveLength(1);
  const pdf = saved[0].path!;
  expect(path.basename(pdf)).toBe('2022-10-20 Thông báo kết luận 01-TB-VP UBND huyện Mường Chà.pdf');
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  expect(text).toContain('Số: 01/TB-VP');
  expect(text).toContain('Nguyễn Văn Hùng');
  expect(text).not.toContain('DỰ THẢO');
  const pdfPages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
  expect(pdfPages).toBeGreaterThanOrEqual(2);
  expect(pdfPages).toBeLessThanOrEqual(4);
  spawnSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(SHOTS, 'notice-pdf')]);
  await page.screenshot({ path: path.join(SHOTS, 'van-ban-after-pdf.png') });

  // "Xem" on the issued version shows it as frozen: its number, nothing missing, nothing highlighted.
  await page.getByTestId('issued-conclusion').getByRole('button', { name: 'Xem', exact: true }).click();
  await expect(page.getByTestId('preview-progress')).toHaveAttribute('data-done', 'yes');
  await expect(page.getByTestId('doc-preview')).toContainText('Thông báo kết luận số 01/TB-VP');
  await expect(page.getByTestId('preview-pages')).toContainText('Số: 01/TB\u2011VP');
  await expect(page.getByTestId('preview-missing')).toHaveCount(0);
  await expect(page.locator('mark.bb-blank')).toHaveCount(0);
  // Ctrl+P over the preview prints what it shows.
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('dialog', { name: 'In văn bản' }).getByRole('textbox', { name: 'Số bản' })).toHaveValue('1');
  await page.getByRole('dialog', { name: 'In văn bản' }).getByRole('button', { name: 'In', exact: true }).click();
  await expect.poll(() => harness.platform.calls.filter((c) => c.op === 'printPage').length).toBe(3);
  await page.getByTestId('doc-preview').getByRole('button', { name: 'Đóng' }).click();
  await page.getByTestId('issued-conclusion').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'van-ban-issued.png') });
});

test('the follow-up list prints the same way: its landscape pages through the print dialog', async ({ app: page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  harness.core.handlers['demo.load']({});
  await page.goto(`${harness.url}#/follow-up`);
  // The print request waits while the test looks at the pages about to be printed.
  let release = () => {};
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/__api/documents.printPreview', async (route) => { await held; await route.continue(); });
  await page.getByRole('button', { name: 'In danh sách…' }).click();
  const dialog = page.getByRole('dialog', { name: 'In văn bản' });
  await expect(dialog.getByRole('textbox', { name: 'Số bản' })).toHaveValue('1');
  await dialog.getByRole('button', { name: 'In', exact: true }).click();
  // Landscape A4 pages; the table goes on to page 2 under its heading row repeated, as Word prints it.
  const pages = page.locator('.bb-preview section.docx');
  await expect(page.locator('.bb-print-host')).toHaveCount(1);
  await expect.poll(() => pages.count()).toBeGreaterThanOrEqual(2);
  // What goes to the printer is a copy of exactly these pages.
  expect(await page.locator('.bb-print-host section.docx').count()).toBe(await pages.count());
  const [w, h] = await pages.first().evaluate((e) => [e.clientWidth, e.clientHeight]);
  expect([Math.round(w), Math.round(h)]).toEqual([1123, 794]);
  const firstCells = async (k: number) => pages.nth(k).locator('tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.textContent?.trim() ?? ''));
  const [p1, p2] = [await firstCells(0), await firstCells(1)];
  expect(p1[0]).toBe('STT');
  expect(p2[0]).toBe('STT');
  expect(Number(p2[1])).toBe(p1.length); // numbering goes on: the heading is not a row of the list
  release();
  await expect(page.getByTestId('print-note')).toContainText('Đã gửi danh sách tới máy in (1 bản).');
  expect(harness.platform.calls.filter((c) => c.op === 'printPage')).toEqual([{ op: 'printPage', path: null, copies: 1, landscape: true }]);
});

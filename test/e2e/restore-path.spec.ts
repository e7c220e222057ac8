// "Khôi phục từ tệp…": the core opens the open dialog (steered here through the harness platform) and
// reads the chosen .zip where it is; the confirmation names the file, where it is and its size.
// Cancelling the dialog changes nothing and says nothing.
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { expect, shot, test } from './fixtures';
import { choose, nav } from './helpers';

test('restore a USB .zip chosen in the open dialog: confirmed by name and size, the deleted inspection is back', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  const saved = await h['backup.saveTo']({});
  const usb = path.join(harness.dataDir, 'USB');
  fs.mkdirSync(usb);
  const file = path.join(usb, saved.fileName);
  fs.copyFileSync(saved.path!, file);
  h['bin.delete']({ kind: 'inspection', id: DEMO_IDS.inspectionMuongCha2022 });
  await page.setViewportSize({ width: 1366, height: 768 });

  await nav(page, 'Sao lưu và khôi phục');
  harness.platform.toChoose.push(file);
  await page.getByRole('button', { name: 'Khôi phục từ tệp…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`tệp ${saved.fileName}`);
  await expect(page.getByTestId('chosen-file')).toContainText(file);
  await expect(page.getByTestId('chosen-file')).toContainText(/\d+ (KB|MB)\)$/);
  expect(harness.platform.calls.at(-1)).toMatchObject({ op: 'chooseFile', path: file, name: 'Chọn tệp sao lưu để khôi phục' });
  await expect(page.locator('.mantine-Modal-content')).toHaveCSS('opacity', '1'); // shot after the modal's fade-in
  await shot(page, '23-restore-path-confirm');
  await page.getByTestId('confirm-restore').click();
  await expect(page.getByTestId('backup-done')).toContainText(`Đã khôi phục dữ liệu từ ${file}`);
  await expect(page.getByTestId('backup-list').getByText('trước khi khôi phục')).toHaveCount(1);
  await shot(page, '24-restore-path-done');

  await nav(page, 'Cuộc kiểm tra');
  await choose(page, 'Đợt kiểm tra', 'Tất cả các đợt');
  await expect(page.getByTestId('inspection-row').filter({ hasText: 'Mường Chà' })).toHaveCount(1);
});

test('cancelling the open dialog changes nothing and says nothing', async ({ app: page, harness }) => {
  harness.core.handlers['demo.load']({});
  await nav(page, 'Sao lưu và khôi phục');
  const rows = page.getByTestId('backup-list').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  const before = harness.core.handlers['inspections.list']({}).length;
  harness.platform.toChoose.push(null);
  await page.getByRole('button', { name: 'Khôi phục từ tệp…' }).click();
  await expect.poll(() => harness.platform.calls.filter((c) => c.op === 'chooseFile').length).toBe(1);
  await expect(page.getByRole('button', { name: 'Khôi phục từ tệp…' })).toBeEnabled();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('backup-done')).toHaveCount(0);
  await expect(page.getByTestId('error-note')).toHaveCount(0);
  await expect(rows).toHaveCount(1);
  expect(harness.core.handlers['inspections.list']({}).length).toBe(before);
});

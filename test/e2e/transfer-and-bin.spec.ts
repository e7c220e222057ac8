// Moving an inspection between laptops through the UI, a bad file refused with the exact field
// named in Vietnamese, and deletion that can be undone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, shot, test } from './fixtures';
import { choose, nav } from './helpers';

test('export, delete with undo, bin, and import of good and bad files', async ({ app: page, harness }) => {
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(page.getByTestId('list-message')).toContainText('Đã nạp dữ liệu mẫu');
  // The list opens on the newest campaign (2023: one inspection); every year is one choice away.
  const rows = page.getByTestId('inspection-row');
  await expect(rows).toHaveCount(1);
  await choose(page, 'Đợt kiểm tra', 'Tất cả các đợt');
  await expect(rows).toHaveCount(5);
  await shot(page, '01-inspections-demo');

  // Export Mường Chà to a file.
  const row = rows.filter({ hasText: 'Mường Chà' });
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Xuất JSON' }).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-dl-')), download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^kiem-tra-ubnd-huyen-muong-cha-.*\.json$/);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported.format).toBe('bienban.inspection');

  // Delete, then undo from the toast.
  await row.getByRole('button', { name: 'Xóa' }).click();
  await expect(rows).toHaveCount(4);
  await page.getByTestId('toast').getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(rows).toHaveCount(5);

  // Delete again; it waits in the bin.
  await rows.filter({ hasText: 'Mường Chà' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(rows).toHaveCount(4);
  await nav(page, 'Thùng rác');
  await expect(page.getByRole('cell', { name: 'Kiểm tra tại UBND huyện Mường Chà' })).toBeVisible();
  await shot(page, '12-bin');

  // A broken file: a date that does not exist in the 2nd recommendation. Nothing is imported.
  await nav(page, 'Cuộc kiểm tra');
  await choose(page, 'Đợt kiểm tra', 'Tất cả các đợt');
  const bad = structuredClone(exported);
  bad.inspection.recommendations[1].remedyDeadline = '2022-02-30';
  const before = harness.core.handlers['inspections.list']({}).length;
  await page.locator('input[type=file]').setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByTestId('list-message')).toContainText('Kiến nghị số 2 › Thời hạn khắc phục');
  await expect(page.getByTestId('list-message')).toContainText('không có gì được nhập');
  expect(harness.core.handlers['inspections.list']({}).length).toBe(before);
  await shot(page, '13-import-error');

  // The good file does not bring it back from the bin behind her back: she restores it first.
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('list-message')).toContainText('đang nằm trong Thùng rác');
  await expect(rows).toHaveCount(4);
  await nav(page, 'Thùng rác');
  await page.getByRole('row', { name: /Kiểm tra tại UBND huyện Mường Chà/ }).getByRole('button', { name: 'Khôi phục' }).click();
  await nav(page, 'Cuộc kiểm tra');
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('list-message')).toContainText('Đã nhập');
  await expect(rows).toHaveCount(5);
  const back = harness.core.handlers['inspections.get']({ id: exported.inspection.id });
  expect(back).toEqual(exported.inspection);
});

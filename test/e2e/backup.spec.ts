// Backups and restore through the screen "Sao lưu và khôi phục": a backup at start and on demand,
// a restore that brings back what was deleted since and keeps the data before it, a file that is
// not a backup refused with a Vietnamese note that offers "Sao chép chi tiết lỗi".
import fs from 'node:fs';
import path from 'node:path';
import { expect, shot, test } from './fixtures';
import { choose, nav } from './helpers';

test('back up, delete, restore: the deleted inspection is back and the data before is kept', async ({ app: page, harness }) => {
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(page.getByTestId('list-message')).toContainText('Đã nạp dữ liệu mẫu');
  const inspections = page.getByTestId('inspection-row');
  await choose(page, 'Đợt kiểm tra', 'Tất cả các đợt');
  await expect(inspections).toHaveCount(5);

  await nav(page, 'Sao lưu và khôi phục');
  const backups = page.getByTestId('backup-list').locator('tbody tr');
  await expect(backups).toHaveCount(1); // the one taken when the app started
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByTestId('backup-done')).toContainText('Đã sao lưu lúc');
  await expect(backups).toHaveCount(2);

  await page.getByRole('button', { name: 'Sao lưu ra…' }).click();
  await expect(page.getByTestId('backup-done')).toContainText('Đã lưu bản sao lưu ra');
  expect(harness.platform.calls.at(-1)).toMatchObject({ op: 'saveFile', name: expect.stringMatching(/^bienban-.*\.zip$/) });

  await nav(page, 'Cuộc kiểm tra');
  await inspections.filter({ hasText: 'Mường Chà' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(inspections).toHaveCount(4);

  await nav(page, 'Sao lưu và khôi phục');
  await backups.first().getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('dialog')).toContainText('Dữ liệu hiện tại được giữ lại trước thành một bản sao lưu');
  await shot(page, '20-backup-restore-confirm');
  await page.getByTestId('confirm-restore').click();
  await expect(page.getByTestId('backup-done')).toContainText('Đã khôi phục dữ liệu từ');
  await expect(page.getByTestId('backup-list').getByText('trước khi khôi phục')).toHaveCount(1);
  await shot(page, '21-backup');

  await nav(page, 'Cuộc kiểm tra');
  await choose(page, 'Đợt kiểm tra', 'Tất cả các đợt'); // the page reloaded with the restored data
  await expect(inspections).toHaveCount(5);
});

test('a file that is not a backup is refused; the note offers to copy the details', async ({ app: page, harness }) => {
  await nav(page, 'Sao lưu và khôi phục');
  const file = path.join(harness.dataDir, 'ghi-chu.sqlite');
  fs.writeFileSync(file, 'không phải cơ sở dữ liệu');
  harness.platform.toChoose.push(file); // what she picks in the open dialog
  await page.getByRole('button', { name: 'Khôi phục từ tệp…' }).click();
  await page.getByTestId('confirm-restore').click();
  const note = page.getByTestId('error-note');
  await expect(note).toContainText('không phải bản sao lưu BienBan');
  await expect(note).toContainText('Không khôi phục từ tệp này');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await note.getByRole('button', { name: 'Sao chép chi tiết lỗi' }).click();
  await expect(note.getByRole('button', { name: 'Đã sao chép' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Mã lỗi: RESTORE_REFUSED');
  expect(copied).toContain('Thao tác: backup.restore');
  expect(copied).toMatch(/Thời điểm: \d{4}-\d\d-\d\dT/);
  await expect(page.getByTestId('backup-list').locator('tbody tr')).toHaveCount(1); // nothing kept: nothing changed
});

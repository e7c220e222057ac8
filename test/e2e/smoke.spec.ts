import { expect, shot, test } from './fixtures';

test('the app starts in Vietnamese and loads the demo campaign', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Cuộc kiểm tra' })).toBeVisible();
  await app.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(app.getByTestId('list-message')).toContainText('Đã nạp dữ liệu mẫu');
  await expect(app.getByTestId('inspection-list').locator('tbody tr')).toHaveCount(5);
  await shot(app, '01-inspections-demo');
});

// Nothing typed is lost: an invalid field is kept as typed (a draft in the database) with its message,
// the rest of the inspection saves around it, dates are read as people type them, a wording typed in a
// deadline box moves to the wording box, and the badge follows what is really on disk.
import type { Page } from '@playwright/test';
import { newCampaign, newInspection } from '../../shared/defaults';
import type { Harness } from '../harness/server';
import { expect, shot, test, waitSaved } from './fixtures';
import { nav } from './helpers';

async function openNewInspection(page: Page, harness: Harness, year = 2023) {
  const campaign = harness.core.handlers['campaigns.save'](newCampaign(year));
  const insp = newInspection(campaign.id);
  harness.core.handlers['inspections.save'](insp);
  await page.goto(`${harness.url}#/inspections/${insp.id}`);
  await page.reload(); // the lookups are read when the app opens
  await expect(page.getByTestId('date-from')).toBeVisible();
  return { campaign, id: insp.id };
}

test('an invalid date and time are kept with their message while the rest saves, and come back after a reload', async ({ app: page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { id } = await openNewInspection(page, harness);
  await page.getByTestId('date-from').fill('26/10');
  await page.getByTestId('date-to').fill('31/02/2023');
  await page.getByTestId('start-time').fill('25:70');
  await page.getByLabel('Địa điểm').fill('Trụ sở UBND xã Na Sang');
  await expect(page.getByTestId('date-from')).toHaveValue('26/10/2023'); // shown in full once left
  await expect(page.getByText('Ngày 31/02/2023 không tồn tại')).toBeVisible();
  await expect(page.getByText('Giờ 25:70 không tồn tại (giờ 0–23, phút 0–59)')).toBeVisible();
  await waitSaved(page);
  await shot(page, 'keep-typing-invalid-date');

  // Typing goes on in another tab; everything is saved, the invalid date included, as typed.
  await page.getByRole('tab', { name: '6. Ý kiến đơn vị' }).click();
  await page.getByLabel('Ý kiến của đơn vị được kiểm tra').fill('Nhất trí với kết quả kiểm tra.');
  await waitSaved(page);
  const saved = harness.core.handlers['inspections.get']({ id });
  expect(saved).toMatchObject({ dateFrom: '2023-10-26', dateTo: null, startTime: null, place: 'Trụ sở UBND xã Na Sang', unitOpinion: 'Nhất trí với kết quả kiểm tra.' });
  expect(saved.drafts).toEqual({ dateTo: '31/02/2023', startTime: '25:70' });

  await page.reload();
  await expect(page.getByTestId('date-to')).toHaveValue('31/02/2023');
  await expect(page.getByText('Ngày 31/02/2023 không tồn tại')).toBeVisible();
  await expect(page.getByTestId('start-time')).toHaveValue('25:70');
  await expect(page.getByLabel('Địa điểm')).toHaveValue('Trụ sở UBND xã Na Sang');

  // Fixed with a date before Từ ngày: saved (value set, draft gone), with a warning beside it.
  await page.getByTestId('date-to').fill('20.10.2023');
  await page.getByTestId('start-time').fill('8h');
  await page.getByLabel('Địa điểm').click();
  await expect(page.getByTestId('date-order-warning')).toContainText('Đến ngày (20/10/2023) sớm hơn Từ ngày (26/10/2023)');
  await expect(page.getByText('không tồn tại')).toHaveCount(0);
  await waitSaved(page);
  const fixed = harness.core.handlers['inspections.get']({ id });
  expect(fixed).toMatchObject({ dateTo: '2023-10-20', startTime: '08:00', drafts: {} });
});

test('a wording typed into a deadline box moves to the wording box; a negative figure is kept, not stored', async ({ app: page, harness }) => {
  const { id } = await openNewInspection(page, harness);
  await page.getByRole('tab', { name: '5. Kiến nghị của Đoàn' }).click();
  await page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
  await page.keyboard.type('Niêm yết đầy đủ thủ tục hành chính tại Bộ phận một cửa.');
  await page.getByLabel('Thời hạn khắc phục').fill('trong quý IV/2023');
  await page.getByLabel('Thời hạn khắc phục').press('Tab');
  await expect(page.getByLabel('hoặc ghi thời hạn')).toHaveValue('trong quý IV/2023');
  await expect(page.getByLabel('Thời hạn khắc phục')).toHaveValue('');
  await page.getByLabel('Hạn báo cáo kết quả').fill('15/12');
  await page.getByLabel('Báo cáo về').click();
  await expect(page.getByLabel('Hạn báo cáo kết quả')).toHaveValue('15/12/2023');
  await waitSaved(page);
  const rec = harness.core.handlers['inspections.get']({ id }).recommendations[0];
  expect(rec).toMatchObject({
    content: 'Niêm yết đầy đủ thủ tục hành chính tại Bộ phận một cửa.', remedyDeadline: null,
    remedyDeadlineNote: 'trong quý IV/2023', reportDeadline: '2023-12-15',
  });

  await page.getByRole('tab', { name: '4. Số liệu' }).click();
  const first = page.locator('[data-testid^="figure-"] input').first();
  await first.fill('-5');
  await first.press('Tab');
  await expect(page.getByText('Số không được âm')).toBeVisible();
  await waitSaved(page);
  const insp = harness.core.handlers['inspections.get']({ id });
  expect(insp.figures).toHaveLength(1);
  expect(insp.figures[0].value).toBeNull();
  expect(insp.drafts).toEqual({ [`figures.${insp.figures[0].id}.value`]: '-5' });
  await first.fill('12');
  await first.press('Tab');
  await waitSaved(page);
  const after = harness.core.handlers['inspections.get']({ id });
  expect(after.figures[0].value).toBe(12);
  expect(after.drafts).toEqual({});
});

test('Lỗi khi lưu goes away once the field is fixed', async ({ app: page, harness }) => {
  harness.core.handlers['units.save']({ id: crypto.randomUUID(), name: 'UBND xã Mường Mươn', levelId: null, parentId: null, address: '', email: '', representatives: [] });
  await page.reload();
  await page.getByRole('navigation').getByText('Đơn vị được kiểm tra', { exact: true }).click();
  await page.getByText('UBND xã Mường Mươn', { exact: true }).click();
  const name = page.getByLabel('Tên đơn vị');
  await name.fill('');
  await expect(page.getByTestId('save-status').first()).toHaveAttribute('data-status', 'error');
  await expect(page.getByTestId('save-status').first()).toHaveText('Lỗi khi lưu');
  await name.fill('UBND xã Mường Mươn');
  await expect(page.getByTestId('save-status').first()).toHaveAttribute('data-status', 'saved');
  await name.fill('UBND xã Mường Mươn, huyện Mường Chà');
  await waitSaved(page);
  expect(harness.core.handlers['units.list']({})[0].name).toBe('UBND xã Mường Mươn, huyện Mường Chà');
});

test("a new unit's stand-in name is replaced by what she types after clicking into it", async ({ app: page }) => {
  await nav(page, 'Đơn vị được kiểm tra');
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const name = page.getByLabel('Tên đơn vị');
  await expect(name).toHaveValue('Đơn vị mới');
  await name.click();
  await page.keyboard.type('UBND huyện Tủa Chùa');
  await expect(name).toHaveValue('UBND huyện Tủa Chùa');
});

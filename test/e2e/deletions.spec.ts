// A deletion stays a deletion (no save of the record arrives after it), every removed row can be
// brought back, and typing right after "Thêm …" goes into the new row.
import { newCampaign, newId, newInspection } from '../../shared/defaults';
import { expect, shot, test, waitSaved } from './fixtures';
import { choose } from './helpers';

test('a campaign edited then deleted at once stays in the bin and is not listed', async ({ app: page, harness }) => {
  const campaign = harness.core.handlers['campaigns.save'](newCampaign(2023));
  await page.goto(`${harness.url}#/campaigns/${campaign.id}`);
  await page.reload();
  await page.getByLabel('Tên đợt kiểm tra').fill('Kiểm tra CCHC năm 2023 (sửa)');
  await page.getByRole('button', { name: 'Xóa đợt kiểm tra' }).click();
  await expect(page).toHaveURL(/#\/campaigns$/);
  await expect(page.getByText('Kiểm tra CCHC năm 2023 (sửa)')).toHaveCount(0);
  // Longer than the autosave pause: a late save would have brought it back by now.
  await page.waitForTimeout(1500);
  expect(harness.core.handlers['campaigns.list']({})).toEqual([]);
  expect(harness.core.handlers['bin.list']({}).map((b) => b.label)).toEqual(['Đợt kiểm tra năm 2023: Kiểm tra CCHC năm 2023 (sửa)']);
  await page.reload();
  await expect(page.getByText('Kiểm tra CCHC năm 2023')).toHaveCount(0);
});

test('two removed findings both come back, each at its place', async ({ app: page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const campaign = harness.core.handlers['campaigns.save'](newCampaign(2023));
  const areaId = campaign.areas[0].id;
  const texts = ['Ban hành kế hoạch CCHC kịp thời', 'Niêm yết thủ tục đầy đủ', 'Tỷ lệ hồ sơ đúng hạn cao'];
  const insp = { ...newInspection(campaign.id), findings: texts.map((text) => ({ id: newId(), areaId, kind: 'strength' as const, text })) };
  harness.core.handlers['inspections.save'](insp);
  await page.goto(`${harness.url}#/inspections/${insp.id}`);
  await page.reload();
  await page.getByRole('tab', { name: '3. Kết quả kiểm tra' }).click();
  const boxes = page.getByLabel('Ưu điểm, kết quả đạt được');
  await expect(boxes).toHaveCount(3);
  await page.getByRole('button', { name: 'Xóa ưu điểm' }).nth(2).click();
  await page.getByRole('button', { name: 'Xóa ưu điểm' }).nth(0).click();
  await expect(boxes).toHaveCount(1);
  await waitSaved(page);
  expect(harness.core.handlers['inspections.get']({ id: insp.id }).findings.map((f) => f.text)).toEqual([texts[1]]);

  await page.getByTestId('removed-rows').click();
  await expect(page.getByTestId('removed-rows')).toHaveText('Đã xóa (2)');
  await expect(page.getByTestId('removed-rows-list')).toBeVisible();
  await shot(page, 'removed-rows-list');
  await page.getByRole('button', { name: `Hoàn tác: Ưu điểm: ${texts[2]}` }).click();
  await page.getByRole('button', { name: `Hoàn tác: Ưu điểm: ${texts[0]}` }).click();
  await expect(boxes).toHaveCount(3);
  for (let i = 0; i < 3; i++) await expect(boxes.nth(i)).toHaveValue(texts[i]);
  await expect(page.getByTestId('removed-rows')).toHaveCount(0);
  await waitSaved(page);
  expect(harness.core.handlers['inspections.get']({ id: insp.id }).findings.map((f) => f.text)).toEqual(texts);
});

test('typing right after "Thêm ưu điểm" writes one finding with the whole sentence', async ({ app: page, harness }) => {
  const campaign = harness.core.handlers['campaigns.save'](newCampaign(2023));
  const insp = newInspection(campaign.id);
  harness.core.handlers['inspections.save'](insp);
  await page.goto(`${harness.url}#/inspections/${insp.id}`);
  await page.reload();
  await page.getByRole('tab', { name: '3. Kết quả kiểm tra' }).click();
  const sentence = 'Bộ phận một cửa bố trí đủ công chức, trang thiết bị đáp ứng yêu cầu.';
  await page.getByRole('button', { name: 'Thêm ưu điểm' }).first().click();
  await page.keyboard.type(sentence);
  await waitSaved(page);
  const findings = harness.core.handlers['inspections.get']({ id: insp.id }).findings;
  expect(findings).toHaveLength(1);
  expect(findings[0].text).toBe(sentence);
  // Tab from the finding goes on to the list's "Thêm" button, not through the row's ↑ ↓ ✕.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Thêm ưu điểm');
  // Enter in a one-line field adds no row: the unit's proposal "Gửi tới".
  await page.getByRole('tab', { name: '6. Ý kiến đơn vị' }).click();
  await page.getByRole('button', { name: 'Thêm đề xuất' }).click();
  await page.keyboard.type('UBND tỉnh');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Gửi tới')).toHaveCount(1);
  await expect(page.getByLabel('Gửi tới')).toHaveValue('UBND tỉnh');
});

test('deleting an inspection with an issued document names it and asks first', async ({ app: page, harness }) => {
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
  await expect(page.getByTestId('list-message')).toContainText('Đã nạp dữ liệu mẫu');
  const id = harness.core.handlers['inspections.list']({}).find((i) => i.unitName.includes('Mường Chà'))!.id;
  const doc = await harness.core.handlers['documents.issue']({ inspectionId: id, type: 'minutes', issuedDate: '2022-10-06' });
  await choose(page, 'Đợt kiểm tra', 'Tất cả các đợt');
  const rows = page.getByTestId('inspection-row');
  await rows.filter({ hasText: 'Mường Chà' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByTestId('issued-list')).toHaveText(`Biên bản số ${doc.numberText} ngày 06/10/2022`);
  await page.getByRole('button', { name: 'Không xóa' }).click();
  await expect(rows).toHaveCount(5);
  await rows.filter({ hasText: 'Mường Chà' }).getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('button', { name: 'Vẫn xóa' }).click();
  await expect(rows).toHaveCount(4);
});

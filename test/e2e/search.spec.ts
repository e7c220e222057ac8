// Search everywhere (Ctrl+F) and the folded drop-downs, as a secretary without a Vietnamese keyboard
// layout at hand types: "muong cha" finds Mường Chà, "dien bien" finds Điện Biên.
import fs from 'node:fs';
import { expect, test } from './fixtures';
import { DEMO_IDS } from '../../electron/core/demo/ids';

const SHOTS = '/tmp/wt-search';

test.use({ viewport: { width: 1366, height: 768 } });

test('Ctrl+F finds Mường Chà from "muong cha" and opens it; "dien bien" finds Điện Biên', async ({ app: page, harness }) => {
  harness.core.handlers['demo.load']({});
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cuộc kiểm tra' }).first()).toBeVisible();

  await page.keyboard.press('Control+f');
  const box = page.getByRole('dialog', { name: 'Tìm kiếm trong mọi hồ sơ' });
  const input = box.getByRole('combobox', { name: 'Từ khóa cần tìm' });
  await expect(input).toBeFocused();
  await input.pressSequentially('muong cha');
  const hits = box.getByRole('option');
  const inspection = hits.filter({ hasText: 'Cuộc kiểm tra' }).filter({ hasText: 'UBND huyện Mường Chà, 2022' });
  await expect(inspection).toBeVisible();
  await expect(box.locator('mark').first()).toHaveText(/Mường|Chà/); // the match highlighted as written
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/search-muong-cha.png` });
  await inspection.click();
  await expect(box).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/inspections/${DEMO_IDS.inspectionMuongCha2022}/general$`));
  await expect(page.getByRole('tab', { name: '1. Thông tin chung' })).toHaveAttribute('aria-selected', 'true');

  // A recommendation opens the inspection on its tab, chosen with the keyboard.
  await page.keyboard.press('Control+f');
  await input.fill('');
  await input.pressSequentially('cham diem xac dinh chi so');
  // The answer to the whole query, not to a word typed on the way.
  await expect(box.locator('[data-query="cham diem xac dinh chi so"]')).toBeVisible();
  await expect(hits.filter({ hasText: 'Kiến nghị' }).first()).toBeVisible();
  const index = await hits.evaluateAll((els) => els.findIndex((e) => e.textContent?.startsWith('Kiến nghị')));
  for (let k = 0; k < index; k++) await input.press('ArrowDown');
  await expect(hits.nth(index)).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/recommendations$/);
  await expect(page.getByRole('tab', { name: '5. Kiến nghị của Đoàn' })).toHaveAttribute('aria-selected', 'true');

  // "dien bien" finds Điện Biên (đ folded to d); a unit hit opens the unit on the Units screen.
  await page.keyboard.press('Control+f');
  await input.fill('dien bien');
  const unit = hits.filter({ hasText: 'Đơn vị' }).filter({ hasText: 'UBND huyện Điện Biên' }).first();
  await expect(unit).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/search-dien-bien.png` });
  await unit.click();
  await expect(page).toHaveURL(/#\/units\/[0-9a-f-]+$/);
  await expect(page.getByRole('textbox', { name: 'Tên đơn vị' })).toHaveValue('UBND huyện Điện Biên');

  // Esc closes, nothing found says so.
  await page.keyboard.press('Control+f');
  await input.fill('khong co tu nay dau');
  await expect(box.getByText('Không tìm thấy “khong co tu nay dau”.')).toBeVisible();
  await input.press('Escape');
  await expect(box).toBeHidden();
});

test('Ctrl+F while typing a finding opens the search; Esc goes back to the text', async ({ app: page, harness }) => {
  harness.core.handlers['demo.load']({});
  await page.goto(`${harness.url}#/inspections/${DEMO_IDS.inspectionMuongCha2022}/findings`);
  const field = page.getByRole('textbox', { name: 'Ưu điểm, kết quả đạt được' }).first();
  await field.click();
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+f');
  const box = page.getByRole('dialog', { name: 'Tìm kiếm trong mọi hồ sơ' });
  await expect(box).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
  await expect(field).toBeFocused();
});

test('the unit picker finds "UBND huyện Mường Chà" from "muong cha"', async ({ app: page, harness }) => {
  harness.core.handlers['demo.load']({});
  await page.goto(`${harness.url}#/inspections/${DEMO_IDS.inspectionMuongCha2022}/general`);
  const picker = page.getByRole('combobox', { name: 'Đơn vị được kiểm tra', exact: true });
  await picker.click();
  await picker.fill('muong cha');
  await expect(page.getByRole('option', { name: 'UBND huyện Mường Chà', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'UBND huyện Điện Biên', exact: true })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/unit-picker-muong-cha.png` });
  await page.keyboard.press('Escape');
});

test('typing a recommendation suggests sentences of past inspections; Alt+↓ or a click puts one in, focus stays', async ({ app: page, harness }) => {
  harness.core.handlers['demo.load']({});
  await page.goto(`${harness.url}#/inspections/${DEMO_IDS.inspectionMuongCha2022}/recommendations`);
  await page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
  const field = page.getByRole('textbox', { name: 'Nội dung kiến nghị' }).last();
  await field.click();
  await field.pressSequentially('cong khai cac thu tuc');
  const list = page.getByRole('list', { name: 'Câu gợi ý' });
  await expect(list.getByRole('listitem').first()).toContainText('Công khai, minh bạch các thủ tục hành chính.');
  await expect(list.getByRole('listitem').first()).toContainText('1 lần');
  await expect(field).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/phrase-suggestions.png` });
  await field.press('Alt+ArrowDown');
  await expect(field).toHaveValue('Công khai, minh bạch các thủ tục hành chính.');
  await expect(field).toBeFocused();
  await expect(list).toHaveCount(0);

  // A click on another sentence, after typing on.
  await field.fill('');
  await field.pressSequentially('tiep tuc thuc hien viec');
  const other = list.getByRole('listitem').filter({ hasText: 'niêm yết công khai' });
  await expect(other).toBeVisible();
  await other.click();
  await expect(field).toHaveValue('Tiếp tục thực hiện việc niêm yết công khai, đầy đủ các thủ tục hành chính theo quy định.');
  await expect(field).toBeFocused();
});

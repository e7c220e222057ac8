// A new secretary's first day on an empty install, from the keyboard: the campaign she creates can number
// its minutes before she has visited "Thiết lập cơ quan", a new inspection starts at its first field and
// takes what she types in its drop-downs, and every "missing" link on the Văn bản tab opens the
// campaign's tab where the fact is typed (the place name is the campaign's, not the settings').
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { defaultIssuer, newCampaign, newId, newInspection } from '../../shared/defaults';
import { expect, test, waitSaved } from './fixtures';
import { nav } from './helpers';
import type { Page } from '@playwright/test';
import type { Harness } from '../harness/server';

/** "Tạo đợt kiểm tra" on the campaigns screen, as she does; the campaign it made. */
async function createCampaignOnScreen(page: Page, harness: Harness) {
  await nav(page, 'Kế hoạch và Đoàn kiểm tra');
  await page.getByRole('button', { name: 'Tạo đợt kiểm tra' }).click();
  await expect(page.getByRole('heading', { name: /^Đợt kiểm tra năm/ })).toBeVisible();
  return harness.core.handlers['campaigns.list']({})[0];
}

test('empty install: Enter creates the campaign, with the team symbol ĐKT ready for the minutes', async ({ app: page, harness }) => {
  await nav(page, 'Kế hoạch và Đoàn kiểm tra');
  await page.getByLabel('Năm').fill('2026');
  await page.getByLabel('Năm').press('Enter');
  await expect(page.getByRole('heading', { name: 'Đợt kiểm tra năm 2026' })).toBeVisible();
  const [campaign] = harness.core.handlers['campaigns.list']({});
  // As the settings screen shows while nothing is saved there: the team's usual name and symbol.
  expect(campaign.issuer).toMatchObject({ teamSymbol: 'ĐKT', teamBodyName: 'ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH' });
  await page.getByRole('tab', { name: 'Cơ quan ban hành' }).click();
  await expect(page.getByLabel('Ký hiệu của Đoàn')).toHaveValue('ĐKT');
});

test('a new inspection starts at its first field: the team and the unit are picked from the keyboard', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  const campaign = await createCampaignOnScreen(page, harness);
  h['teams.save']({ id: newId(), campaignId: campaign.id, number: 1, members: [] });
  h['units.save']({ id: newId(), name: 'UBND huyện Nậm Pồ', levelId: null, parentId: null, address: '', email: '', representatives: [] });
  h['units.save']({ id: newId(), name: 'UBND huyện Mường Chà', levelId: null, parentId: null, address: '', email: '', representatives: [] });
  await page.reload();

  await nav(page, 'Cuộc kiểm tra');
  await page.getByRole('button', { name: 'Tạo cuộc kiểm tra' }).click();
  const team = page.getByRole('combobox', { name: 'Đoàn kiểm tra', exact: true });
  await expect(team).toBeFocused();
  await page.keyboard.type('1');
  // As she would: ↓ then Enter once the match is in the list under the field.
  await expect(page.getByRole('option', { name: 'Đoàn kiểm tra số 1' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(team).toHaveValue('Đoàn kiểm tra số 1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('nam po');
  await expect(page.getByRole('option', { name: 'UBND huyện Nậm Pồ' })).toBeVisible();
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Đơn vị được kiểm tra', exact: true })).toHaveValue('UBND huyện Nậm Pồ');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('date-from')).toBeFocused();
  await waitSaved(page);
  const [summary] = h['inspections.list']({});
  expect(h['inspections.get']({ id: summary.id })).toMatchObject({ teamId: h['teams.list']({ campaignId: campaign.id })[0].id });
});

test('Văn bản: each missing fact of the campaign opens the campaign tab where it is typed', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  // Set up before any editor holds the campaign. No symbol for the team yet: the core refuses to draft
  // the minutes and says which field is empty.
  const campaign = h['campaigns.save'](newCampaign(2026, undefined, { ...defaultIssuer(), teamSymbol: '', superiorBody: 'UBND TỈNH ĐIỆN BIÊN', issuingBody: 'SỞ NỘI VỤ', issuerSymbol: 'SNV' }));
  const team = h['teams.save']({
    id: newId(), campaignId: campaign.id, number: 1,
    members: [{ id: newId(), honorific: 'Bà', fullName: 'Lò Thị Hoa', role: 'leader', title: 'Phó Giám đốc Sở Nội vụ', agency: 'Sở Nội vụ' }],
  });
  const unit = h['units.save']({ id: newId(), name: 'UBND huyện Nậm Pồ', levelId: null, parentId: null, address: '', email: '', representatives: [] });
  const i = newInspection(campaign.id);
  h['inspections.save']({ ...i, teamId: team.id, unitId: unit.id, dateFrom: '2026-10-12', dateTo: '2026-10-14', startTime: '08:00', endTime: '11:30' });

  const minutes = page.getByTestId('doc-minutes');
  const openDocs = async () => {
    await page.goto(`${harness.url}#/inspections/${i.id}/documents`);
    await expect(minutes).toBeVisible();
  };
  await openDocs();
  await expect(minutes.getByTestId('doc-preview-error')).toContainText('Ký hiệu của Đoàn kiểm tra');
  await minutes.getByRole('button', { name: 'Mở thẻ Cơ quan ban hành' }).click();
  await expect(page).toHaveURL(new RegExp(`#/campaigns/${campaign.id}/issuer$`));
  await expect(page.getByRole('tab', { name: 'Cơ quan ban hành' })).toHaveAttribute('aria-selected', 'true');
  // The link puts her in the first field of the issuing side.
  await expect(page.getByLabel('Tỉnh, thành phố')).toBeFocused();
  await page.getByLabel('Ký hiệu của Đoàn').fill('ĐKT');
  await expect.poll(() => h['campaigns.get']({ id: campaign.id }).issuer.teamSymbol).toBe('ĐKT');

  // The place on the date line is the campaign's: the link opens its issuing side, on that field.
  await openDocs();
  const missing = page.getByTestId('doc-conclusion').getByTestId('doc-missing');
  await expect(missing).toContainText('Địa danh ghi ở dòng ngày tháng (thẻ "Cơ quan ban hành" của đợt kiểm tra)');
  await missing.getByRole('button', { name: 'Mở thẻ Cơ quan ban hành' }).click();
  await expect(page).toHaveURL(new RegExp(`#/campaigns/${campaign.id}/issuer$`));
  await expect(page.getByLabel('Địa danh ghi ngày tháng')).toBeFocused();
  await page.keyboard.type('Điện Biên');
  await expect.poll(() => h['campaigns.get']({ id: campaign.id }).issuer.placeName).toBe('Điện Biên');

  // The team has no secretary to sign the minutes: the link opens the campaign's teams.
  await openDocs();
  await expect(page.getByTestId('doc-conclusion').getByTestId('doc-missing')).toHaveCount(0);
  await minutes.getByTestId('doc-missing').getByRole('button', { name: 'Mở Đoàn kiểm tra' }).click();
  await expect(page).toHaveURL(new RegExp(`#/campaigns/${campaign.id}/teams$`));
  await expect(page.getByTestId('team-1')).toBeVisible();
});

test('Thành phần: copying the team leaves out a member row that was added but never named', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  const campaign = await createCampaignOnScreen(page, harness);
  const team = h['teams.save']({
    id: newId(), campaignId: campaign.id, number: 1,
    members: [
      { id: newId(), honorific: 'Bà', fullName: 'Lò Thị Hoa', role: 'leader', title: 'Phó Giám đốc Sở Nội vụ', agency: 'Sở Nội vụ' },
      { id: newId(), honorific: '', fullName: '', role: 'member', title: '', agency: '' },
    ],
  });
  const i = newInspection(campaign.id);
  h['inspections.save']({ ...i, teamId: team.id });
  await page.goto(`${harness.url}#/inspections/${i.id}/attendees`);
  await page.getByRole('button', { name: 'Lấy từ danh sách Đoàn' }).click();
  await expect(page.getByTestId('attendees-team').getByLabel('Họ và tên')).toHaveCount(1);
  await expect(page.getByTestId('attendees-team').getByLabel('Họ và tên')).toHaveValue('Lò Thị Hoa');
  await waitSaved(page);
  expect(h['inspections.get']({ id: i.id }).attendees.map((a) => a.fullName)).toEqual(['Lò Thị Hoa']);
});

test('Chỉ tiêu at 1366×768: every indicator name and kind is shown whole, not cut off by its box', async ({ app: page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await nav(page, 'Kế hoạch và Đoàn kiểm tra');
  await page.getByRole('button', { name: 'Tạo đợt kiểm tra' }).click();
  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
  const [campaign] = harness.core.handlers['campaigns.list']({});
  const names = page.getByTestId('indicators').getByLabel('Tên chỉ tiêu');
  await expect(names).toHaveCount(campaign.indicators.length);
  // An input scrolls its text when the box is narrower than it: the box must hold the whole of it.
  const cut = (loc: typeof names) => loc.evaluateAll((els) => els
    .filter((e) => (e as HTMLInputElement).scrollWidth > (e as HTMLInputElement).clientWidth)
    .map((e) => (e as HTMLInputElement).value));
  expect(await cut(names)).toEqual([]);
  const kinds = page.getByTestId('indicators').getByRole('combobox', { name: 'Loại', exact: true });
  await expect(kinds).toHaveCount(campaign.indicators.length);
  expect(await cut(kinds)).toEqual([]);
  const areas = page.getByTestId('indicators').getByRole('combobox', { name: 'Lĩnh vực', exact: true });
  await expect(areas).toHaveCount(campaign.indicators.length);
  expect(await cut(areas)).toEqual([]);
  expect(await cut(page.getByTestId('indicators').getByLabel('Đơn vị tính'))).toEqual([]);
});

test('Thành phần at 1366×768: a long title copied from the team is shown whole', async ({ app: page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const h = harness.core.handlers;
  const campaign = await createCampaignOnScreen(page, harness);
  const team = h['teams.save']({
    id: newId(), campaignId: campaign.id, number: 1,
    members: [{ id: newId(), honorific: 'Bà', fullName: 'Lò Thị Hoa', role: 'leader', title: 'Phó Giám đốc Sở Nội vụ', agency: 'Sở Nội vụ tỉnh Điện Biên' }],
  });
  const i = newInspection(campaign.id);
  h['inspections.save']({ ...i, teamId: team.id });
  await page.goto(`${harness.url}#/inspections/${i.id}/attendees`);
  await page.getByRole('button', { name: 'Lấy từ danh sách Đoàn' }).click();
  const title = page.getByTestId('attendees-team').getByLabel('Chức vụ');
  await expect(title).toHaveValue('Phó Giám đốc Sở Nội vụ, Trưởng đoàn');
  expect(await title.evaluate((e) => (e as HTMLInputElement).scrollWidth <= (e as HTMLInputElement).clientWidth)).toBe(true);
});

test('a new remediation report starts at its number, so she can type it straight away', async ({ app: page, harness }) => {
  harness.core.handlers['demo.load']({});
  await page.goto(`${harness.url}#/inspections/${DEMO_IDS.inspectionMuongCha2022}/remediation`);
  await page.reload();
  await page.getByRole('button', { name: 'Thêm báo cáo khắc phục' }).click();
  await expect(page.getByLabel('Số báo cáo')).toBeFocused();
  await page.keyboard.type('125/BC-UBND');
  await expect(page.getByLabel('Số báo cáo')).toHaveValue('125/BC-UBND');
});

test('Ctrl+F then typing at once: every letter goes to the search, none to the field behind it, and Esc goes back to it', async ({ app: page, harness }) => {
  await nav(page, 'Đơn vị được kiểm tra');
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const name = page.getByLabel('Tên đơn vị');
  await name.fill('UBND huyện Nậm Pồ');
  await waitSaved(page);
  await name.click();
  await page.keyboard.press('Control+f');
  // As Unikey types "nậm": a Backspace before the accented letter.
  await page.keyboard.type('na');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('ậ');
  await page.keyboard.type('m po');
  await expect(page.getByLabel('Từ khóa cần tìm')).toHaveValue('nậm po');
  await expect(page.getByRole('option').first()).toContainText('Nậm Pồ');
  await page.keyboard.press('Escape');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('UBND huyện Nậm Pồ');
  await waitSaved(page);
  expect(harness.core.handlers['units.list']({}).map((u) => u.name)).toEqual(['UBND huyện Nậm Pồ']);
});

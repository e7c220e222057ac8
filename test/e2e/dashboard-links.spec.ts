// The dashboard's lines open the tracker filtered to exactly what they counted (the number she clicks
// is the number of lines she sees), Back returns to the dashboard, the "sắp đến hạn" days set on the
// tracker are the dashboard's N, and a search that finds nothing in the newest campaign says where
// the lines are.
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { expect, test } from './fixtures';
import { choose, nav } from './helpers';

test.describe.configure({ timeout: 120_000 });
/** Screens at the laptop size, for a look (not committed): DASH_SHOTS=/tmp/wt-dash. */
const LOOK = process.env.DASH_SHOTS;

test('a dashboard line opens the tracker with exactly the lines it counted; the days and the other campaigns', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  // On 25/03/2023: Mường Chà has two overdue and one due in 11 days; huyện Điện Biên one overdue;
  // Vị Xuyên one due in 5 days.
  const dated: [string, (string | null)[]][] = [
    [DEMO_IDS.inspectionMuongCha2022, ['2023-01-31', '2023-02-15', '2023-04-05']],
    [DEMO_IDS.inspectionHuyenDienBien2022, ['2023-03-01']],
    [DEMO_IDS.inspectionViXuyen2019, ['2023-03-30']],
  ];
  for (const [id, dates] of dated) {
    const insp = h['inspections.get']({ id });
    h['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r, k) => ({ ...r, remedyDeadline: dates[k] ?? null, remedyDeadlineNote: '' })) });
  }
  if (LOOK) await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2023-03-25T09:00:00'));
  await page.goto(`${harness.url}#/overview`);
  await page.reload();

  const rows = page.getByTestId('followup-row');
  const line = page.getByTestId('dash-overdue-unit').filter({ hasText: 'UBND huyện Mường Chà' });
  await expect(page.getByTestId('dash-overdue-total')).toHaveText('3');
  await expect(line).toHaveText('UBND huyện Mường Chà: 2 kiến nghị (quá hạn từ 31/01/2023)');
  if (LOOK) await page.screenshot({ path: `${LOOK}/dashboard.png` });
  const counted = Number(/: (\d+) kiến nghị/.exec(await line.innerText())?.[1]);

  // The line: every campaign, this unit, the overdue view; the count she clicked is the lines she sees.
  await line.click();
  await expect(page).toHaveURL(new RegExp(`#/follow-up\\?campaign=all&unit=${DEMO_IDS.unitHuyenMuongCha}&view=overdue$`));
  await expect(rows).toHaveCount(counted);
  for (const row of await rows.all()) {
    await expect(row).toContainText('Mường Chà');
    await expect(row).toHaveAttribute('data-status', 'overdue');
  }
  await expect(page.getByRole('combobox', { name: 'Đợt kiểm tra', exact: true })).toHaveValue('Tất cả các đợt');
  await expect(page.getByRole('combobox', { name: 'Đơn vị', exact: true })).toHaveValue('UBND huyện Mường Chà');
  await expect(page.getByTestId('followup-views')).toContainText(`Quá hạn (${counted})`);
  if (LOOK) await page.screenshot({ path: `${LOOK}/tracker-filtered.png` });

  // A filter changed on the tracker follows into the address in place; Back returns to the dashboard.
  await choose(page, 'Sắp xếp', 'Hạn sớm nhất trước');
  await expect(page).toHaveURL(/&sort=due$/);
  await expect(rows).toHaveCount(counted);
  await page.reload();
  await expect(rows).toHaveCount(counted);
  await expect(page.getByRole('combobox', { name: 'Sắp xếp', exact: true })).toHaveValue('Hạn sớm nhất trước');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();

  // The card's own line: all three overdue.
  await page.getByTestId('dash-overdue-all').click();
  await expect(rows).toHaveCount(3);
  await page.goBack();

  // "Due in 7 days": one (Vị Xuyên); its line opens that one.
  await expect(page.getByTestId('dash-due-soon')).toContainText('Đến hạn trong 7 ngày tới');
  await expect(page.getByTestId('dash-due-soon-total')).toHaveText('1');
  await page.getByTestId('dash-due-soon-all').click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Vị Xuyên');

  // The days are a setting: out of range is shown where it is wrong, kept as typed, and not saved.
  const days = page.getByTestId('followup-due-soon-days');
  await days.fill('400');
  await expect(page.getByText('Nhập số nguyên từ 0 đến 365')).toBeVisible();
  await expect(days).toHaveValue('400');
  expect(h['settings.getFollowUp']({})).toEqual({ dueSoonDays: 7 });
  if (LOOK) await page.screenshot({ path: `${LOOK}/tracker-days-wrong.png` });
  await days.fill('14');
  await expect(rows).toHaveCount(2);
  await expect(page.getByText('Nhập số nguyên từ 0 đến 365')).toHaveCount(0);
  await expect.poll(() => h['settings.getFollowUp']({})).toEqual({ dueSoonDays: 14 });
  // The dashboard counts with the same days, and says so.
  await nav(page, 'Tổng quan');
  await expect(page.getByTestId('dash-due-soon')).toContainText('Đến hạn trong 14 ngày tới');
  await expect(page.getByTestId('dash-due-soon-total')).toHaveText('2');

  // The tracker opens on the newest campaign (2023): Mường Chà (2022) is not there, and it says where.
  await nav(page, 'Theo dõi kiến nghị');
  await expect(page).toHaveURL(/#\/follow-up$/);
  await expect(page.getByRole('combobox', { name: 'Đợt kiểm tra', exact: true })).not.toHaveValue('Tất cả các đợt');
  await page.getByTestId('followup-search').fill('muong cha');
  const elsewhere = page.getByTestId('followup-elsewhere');
  await expect(elsewhere).toContainText('Không có trong đợt này. Có 3 kiến nghị ở các đợt khác.');
  await expect(rows).toHaveCount(0);
  if (LOOK) await page.screenshot({ path: `${LOOK}/tracker-elsewhere.png` });
  await elsewhere.getByRole('button', { name: 'Tìm trong tất cả các đợt' }).click();
  await expect(rows).toHaveCount(3);
  await expect(elsewhere).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Đợt kiểm tra', exact: true })).toHaveValue('Tất cả các đợt');
  await expect(page).toHaveURL(/campaign=all/);
  await expect(page).toHaveURL(/q=muong\+cha/);
});

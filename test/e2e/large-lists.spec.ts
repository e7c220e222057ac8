// Ten years of records: the lists hold only the rows in view, whatever the count, and the list of
// inspections opens on the newest campaign. Counts, not times (times are `npm run bench`'s job).
import { newCampaign, newId, newInspection } from '../../shared/defaults';
import type { Recommendation } from '../../shared/records';
import { expect, test } from './fixtures';
import { choose, nav } from './helpers';

const ROW_BOUND = 60;

test('6,000 recommendations and 400 inspections: the page holds a bounded number of rows', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  const unit = { id: newId(), name: 'UBND huyện Mường Chà', levelId: null, parentId: null, address: '', email: '', representatives: [] };
  h['units.save'](unit);
  let newest = '';
  for (let y = 0; y < 10; y++) {
    const c = newCampaign(2016 + y);
    c.plan = { number: `${100 + y}/KH-UBND`, date: null, issuer: '', summary: '' };
    h['campaigns.save'](c);
    newest = c.plan.number;
    for (let k = 0; k < 40; k++) {
      const i = newInspection(c.id);
      i.unitId = unit.id;
      i.dateFrom = `${2016 + y}-05-${String(1 + (k % 28)).padStart(2, '0')}`;
      i.recommendations = Array.from({ length: 15 }, (_, n): Recommendation => ({
        id: newId(), areaId: null, content: `Kiến nghị ${n + 1}`, responsibleUnit: unit.name, remedyDeadline: `${2016 + y}-12-31`,
        remedyDeadlineNote: '', reportDeadline: null, reportTo: '', status: 'open', statusNote: '',
      }));
      h['inspections.save'](i);
    }
  }
  // Opened while empty, the app is on the inspections list; a reload stays there.
  await page.reload();

  // The inspections list opens on the newest campaign: 40 of the 400.
  await expect(page.getByRole('combobox', { name: 'Đợt kiểm tra', exact: true })).toHaveValue(`2025 – ${newest}`);
  await expect(page.getByTestId('inspection-list')).toHaveAttribute('aria-rowcount', '41');
  // Every deadline has passed: the navigation counts them, written the Vietnamese way.
  await expect(page.getByTestId('overdue-count')).toHaveText('6.000');
  await expect(page.getByTestId('inspection-row').first()).toBeVisible();
  expect(await page.getByTestId('inspection-row').count()).toBeLessThanOrEqual(ROW_BOUND);
  await choose(page, 'Đợt kiểm tra', 'Tất cả các đợt');
  await expect(page.getByTestId('inspection-list')).toHaveAttribute('aria-rowcount', '401');
  expect(await page.getByTestId('inspection-row').count()).toBeLessThanOrEqual(ROW_BOUND);

  // Every recommendation of ten years in the follow-up list: 6,000 lines, a few dozen in the page.
  await nav(page, 'Theo dõi kiến nghị');
  await choose(page, 'Đợt kiểm tra', 'Tất cả các đợt');
  await page.getByText(/^Tất cả \(/).click();
  await expect(page.getByTestId('followup-list')).toHaveAttribute('aria-rowcount', '6001');
  await expect(page.getByTestId('followup-row').first()).toBeVisible();
  expect(await page.getByTestId('followup-row').count()).toBeLessThanOrEqual(ROW_BOUND);
  // Scrolled to the end, the page still holds only the rows in view.
  // (Lines are read a page at a time: scroll again once the last page has arrived and been measured.)
  const body = page.getByTestId('followup-list').locator(':scope > div:nth-child(2)');
  await expect.poll(async () => {
    await body.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    return page.getByTestId('followup-row').last().getAttribute('data-index');
  }).toBe('5999');
  await expect(page.getByTestId('followup-row').last()).not.toHaveAttribute('data-status', 'loading');
  expect(await page.getByTestId('followup-row').count()).toBeLessThanOrEqual(ROW_BOUND);
});

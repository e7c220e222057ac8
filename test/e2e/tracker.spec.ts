// The tracker as a secretary uses it months later: she finds a recommendation by typing without
// diacritics, extends its deadline with a reason and reads it in the history, and sees another one
// become overdue once the clock passes its deadline. Then ten years of records: the page holds a
// bounded number of lines whatever the count.
import fs from 'node:fs';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { generateProvince } from '../../electron/core/demo/province';
import { expect, shot, test } from './fixtures';
import { choose, nav } from './helpers';

test.describe.configure({ timeout: 120_000 });
const ROW_BOUND = 60;
/** Screens at the laptop size, for a look (not committed): TRACKER_SHOTS=/tmp/wt-tracker. */
const LOOK = process.env.TRACKER_SHOTS;

test('find by typing without diacritics, extend with a reason, see it in the history, and see the overdue follow the clock', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = h['inspections.get']({ id });
  // A wording, a date, and a "no date" as the secretary typed them.
  const deadlines: [string | null, string][] = [[null, 'trong quý I/2023'], ['2023-04-10', ''], [null, 'khắc phục ngay']];
  h['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r, k) => ({ ...r, remedyDeadline: deadlines[k]?.[0] ?? null, remedyDeadlineNote: deadlines[k]?.[1] ?? '' })) });
  if (LOOK) await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2023-03-25T09:00:00'));
  await page.goto(`${harness.url}#/follow-up`);
  await page.reload();

  const open = async () => {
    await expect(page.getByRole('heading', { name: 'Theo dõi kiến nghị' })).toBeVisible();
    await choose(page, 'Đợt kiểm tra', 'Tất cả các đợt');
    await page.getByTestId('followup-search').fill('muong cha');
  };
  await open();
  const rows = page.getByTestId('followup-row');
  // Only Mường Chà's lines are left, found without a single diacritic.
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) await expect(row).toContainText('Mường Chà');
  const first = rows.filter({ hasText: 'Kiến nghị số 1' });
  const second = rows.filter({ hasText: 'Kiến nghị số 2' });
  const third = rows.filter({ hasText: 'Kiến nghị số 3' });
  await expect(first).toContainText('31/03/2023 (trong quý I/2023)');
  await expect(first.getByTestId('followup-status')).toHaveText('Sắp đến hạn');
  await expect(second.getByTestId('followup-status')).toHaveText('Chưa đến hạn');
  await expect(third).toContainText('khắc phục ngay (không có ngày hạn)');
  await expect(third.getByTestId('followup-status')).toHaveText('Không có ngày hạn');
  if (LOOK) await page.screenshot({ path: `${LOOK}/tracker.png` });

  // Extend the first: without a reason it is refused, naming the field, and what she typed stays.
  await first.getByRole('button', { name: 'Lịch sử, gia hạn…' }).click();
  const drawer = page.getByTestId('followup-drawer');
  await expect(drawer).toBeVisible();
  await drawer.getByTestId('extend-deadline').fill('30/06/2023');
  await drawer.getByRole('button', { name: 'Gia hạn', exact: true }).click();
  await expect(drawer.getByTestId('error-note')).toContainText('Lý do gia hạn: chưa ghi lý do');
  await expect(drawer.getByTestId('extend-deadline')).toHaveValue('30/06/2023');
  await drawer.getByLabel('Lý do gia hạn').fill('Chờ bố trí kinh phí số hóa hồ sơ');
  await drawer.getByRole('button', { name: 'Gia hạn', exact: true }).click();
  const history = drawer.getByTestId('followup-history');
  await expect(history).toContainText('Gia hạn');
  await expect(history).toContainText('đến 30/06/2023 (trước đó: 31/03/2023), quyết định ngày 25/03/2023');
  await expect(history).toContainText('Lý do: Chờ bố trí kinh phí số hóa hồ sơ');
  await expect(drawer.getByTestId('error-note')).toHaveCount(0);
  if (LOOK) await page.screenshot({ path: `${LOOK}/tracker-drawer.png` });
  await page.keyboard.press('Escape');
  await expect(first).toContainText('30/06/2023 (gia hạn từ 31/03/2023)');
  await expect(first.getByTestId('followup-status')).toHaveText('Chưa đến hạn');
  const rec1 = h['inspections.get']({ id }).recommendations[0];
  expect(h['followUp.history']({ recommendationId: rec1.id }).map((l) => l.kind)).toContain('extension');
  await expect(page.getByTestId('overdue-count')).toHaveCount(0);

  // Two and a half weeks later: the second is past its deadline, the extended one is not.
  await page.clock.setFixedTime(new Date('2023-04-11T08:00:00'));
  await page.reload();
  await open();
  await expect(rows).toHaveCount(3);
  await expect(second.getByTestId('followup-status')).toHaveText('Quá hạn');
  await expect(first.getByTestId('followup-status')).toHaveText('Chưa đến hạn');
  await expect(rows.first()).toContainText('Kiến nghị số 2'); // overdue first
  await expect(page.getByTestId('overdue-count')).toHaveText('1');
  await page.getByText(/^Quá hạn \(1\)$/).click();
  await expect(rows).toHaveCount(1);
  await shot(page, '17-tracker');
});

test('ten years of recommendations: the tracker holds a bounded number of lines, and finds by typing', async ({ app: page, harness }) => {
  const p = generateProvince(harness.core, { years: 10, seed: 1 });
  if (LOOK) await page.setViewportSize({ width: 1366, height: 768 });
  await page.reload();
  await nav(page, 'Theo dõi kiến nghị');
  await choose(page, 'Đợt kiểm tra', 'Tất cả các đợt');
  await page.getByText(/^Tất cả \(/).click();
  const list = page.getByTestId('followup-list');
  await expect(list).toHaveAttribute('aria-rowcount', String(p.recommendations + 1));
  await expect(page.getByTestId('followup-row').first()).not.toHaveAttribute('data-status', 'loading');
  expect(await page.getByTestId('followup-row').count()).toBeLessThanOrEqual(ROW_BOUND);
  // Half-way down, the lines there are read and the page still holds only those in view.
  await list.locator(':scope > div:nth-child(2)').evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
  await expect(page.locator('[data-testid="followup-row"][data-status="loading"]')).toHaveCount(0);
  expect(await page.getByTestId('followup-row').count()).toBeLessThanOrEqual(ROW_BOUND);
  if (LOOK) await page.screenshot({ path: `${LOOK}/tracker-10y.png` });
  // Typing narrows the ten years to one commune, without diacritics.
  await page.getByTestId('followup-search').fill('huoi leng');
  await expect(page.getByTestId('followup-row').first()).toContainText('Huổi Lèng');
  const n = Number(await list.getAttribute('aria-rowcount')) - 1;
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(p.recommendations);
  if (LOOK) fs.mkdirSync(LOOK, { recursive: true });
});

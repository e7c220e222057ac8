// Records a secretary can trust, through the real screens and window.api: a save never moves a row
// from one inspection to another, the overdue count in the navigation follows every write without a
// change of screen, and an imported file whose rows clash with local ones gets new ids and says so.
import { randomUUID } from 'node:crypto';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import type { Inspection } from '../../shared/records';
import { expect, test, waitSaved } from './fixtures';
import { choose } from './helpers';

test.describe.configure({ timeout: 60_000 });

test('a save naming a finding of another inspection is refused in Vietnamese and moves nothing', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  const a = h['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  const b = h['inspections.get']({ id: DEMO_IDS.inspectionHuyenDienBien2022 });
  expect(a.findings.length).toBeGreaterThan(0);
  const stolen = a.findings[0];
  const attempt: Inspection = { ...b, findings: [...b.findings, { ...stolen, text: 'Chép sang cuộc khác' }] };

  const res = await page.evaluate((x) => window.api.inspections.save(x), attempt);
  expect(res.ok).toBe(false);
  if (res.ok) return;
  expect(res.error.code).toBe('CHILD_OWNED_ELSEWHERE');
  expect(res.error.message).toBe(`Kết quả kiểm tra số ${b.findings.length + 1} thuộc một cuộc kiểm tra khác; không lưu được vào đây.`);

  // Both inspections are exactly as they were: the finding still belongs to A, unchanged, and B has nothing new.
  expect(h['inspections.get']({ id: a.id })).toEqual(a);
  expect(h['inspections.get']({ id: b.id })).toEqual(b);
});

test('the overdue count follows a status change on the follow-up screen and a deadline typed in an inspection, without leaving the view', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = h['inspections.get']({ id });
  const dated = ['2022-12-31', '2023-01-15', null] as const;
  h['inspections.save']({
    ...insp,
    recommendations: insp.recommendations.map((r, k) => ({ ...r, remedyDeadline: dated[k] ?? null, remedyDeadlineNote: '' })),
  });
  await page.clock.setFixedTime(new Date('2023-01-10T09:00:00'));
  await page.goto(`${harness.url}#/follow-up`);
  await page.reload();
  const count = page.getByTestId('overdue-count');
  await expect(count).toHaveText('1');

  // Done on the follow-up list: the badge goes, on the same screen.
  const campaign2022 = h['campaigns.list']({}).find((c) => c.year === 2022)!;
  await choose(page, 'Đợt kiểm tra', `2022 – ${campaign2022.plan.number}`);
  await page.getByRole('combobox', { name: 'Trạng thái kiến nghị số 1 của UBND huyện Mường Chà', exact: true }).selectOption({ label: 'Đã hoàn thành' });
  await expect(count).toHaveCount(0);
  await expect.poll(() => h['inspections.get']({ id }).recommendations[0].status).toBe('done');
  await expect(page.getByRole('heading', { name: 'Theo dõi kiến nghị' })).toBeVisible();

  // A past deadline typed for the third recommendation in the inspection: the badge comes back while she stays in the tab.
  await page.goto(`${harness.url}#/inspections/${id}`);
  await page.getByRole('tab', { name: '5. Kiến nghị của Đoàn' }).click();
  const third = page.getByTestId('recommendations-row').nth(2);
  const deadline = third.getByRole('textbox', { name: 'Thời hạn khắc phục' });
  await deadline.fill('05/01/2023');
  await deadline.blur();
  await waitSaved(page);
  await expect(count).toHaveText('1');
  await expect(page.getByRole('tab', { name: '5. Kiến nghị của Đoàn' })).toHaveAttribute('aria-selected', 'true');
  expect(h['inspections.get']({ id }).recommendations[2].remedyDeadline).toBe('2023-01-05');

  // Cleared again: the count follows back down.
  await deadline.fill('');
  await deadline.blur();
  await waitSaved(page);
  await expect(count).toHaveCount(0);
});

test('an import file carrying row ids owned by another inspection gets new ids, and the screen says so', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  const original = h['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  const file = h['transfer.export']({ id: original.id });
  // The same inspection copied on another laptop as a new record: new inspection id, rows with the old ids.
  const t = JSON.parse(file.json);
  t.inspection.id = randomUUID();
  const clashing = ['attendees', 'subUnits', 'findings', 'figures', 'recommendations', 'unitProposals']
    .reduce((n, k) => n + (t.inspection[k] as unknown[]).length, 0);
  expect(clashing).toBeGreaterThan(0);

  await page.reload();
  await page.locator('input[type=file]').setInputFiles({ name: 'ban-sao.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(t)) });
  const message = page.getByTestId('list-message');
  await expect(message).toContainText('Đã nhập cuộc kiểm tra mới.');
  await expect(message).toContainText('dòng trong tệp có mã trùng với dòng của mục khác (hoặc trong Thùng rác) trên máy này nên được nhập với mã mới.');

  // The local inspection keeps its rows; the imported one has the same content under new ids.
  expect(h['inspections.get']({ id: original.id })).toEqual(original);
  const imported = h['inspections.get']({ id: t.inspection.id });
  expect(imported.findings.map((f) => f.text)).toEqual(original.findings.map((f) => f.text));
  const ids = (i: Inspection) => new Set([...i.findings, ...i.recommendations, ...i.figures, ...i.attendees].map((r) => r.id));
  const shared = [...ids(imported)].filter((x) => ids(original).has(x));
  expect(shared).toEqual([]);
});

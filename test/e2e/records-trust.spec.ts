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

  await page.goto(`${harness.url}#/inspections`); // the app opens on the dashboard once there are records
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

test('an area or indicator that records use cannot be removed: its ✕ is disabled and says how many use it; a free one can go', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  const id = DEMO_IDS.campaign2022DienBien;
  const usage = h['campaigns.usage']({ id });
  const campaign = h['campaigns.get']({ id });
  const used = campaign.areas.find((a) => usage.areas[a.id])!;
  const free = campaign.areas.find((a) => !usage.areas[a.id])!;
  expect(used).toBeDefined();
  expect(free).toBeDefined();

  await page.goto(`${harness.url}#/campaigns/${id}`);
  await page.getByRole('tab', { name: 'Lĩnh vực' }).click();
  const rows = page.getByTestId('areas-row');
  await expect(rows).toHaveCount(campaign.areas.length);
  const usedRow = rows.filter({ has: page.locator(`input[value="${used.name}"]`) });
  const blocked = usedRow.getByRole('button', { name: /^Không xóa được lĩnh vực/ });
  await expect(blocked).toBeDisabled();
  await usedRow.getByTestId('remove-blocked').hover();
  await expect(page.getByRole('tooltip')).toHaveText(`Không xóa được: ${usage.areas[used.id]} kết quả kiểm tra, kiến nghị của các cuộc kiểm tra đang dùng. Sửa các hồ sơ đó trước.`);
  // Alt+Delete inside the row does not remove it either.
  await usedRow.getByRole('textbox', { name: 'Tên lĩnh vực' }).press('Alt+Delete');
  await expect(rows).toHaveCount(campaign.areas.length);

  await rows.filter({ has: page.locator(`input[value="${free.name}"]`) }).getByRole('button', { name: 'Xóa lĩnh vực' }).click();
  await expect(rows).toHaveCount(campaign.areas.length - 1);
  await waitSaved(page);
  expect(h['campaigns.get']({ id }).areas.map((a) => a.id)).not.toContain(free.id);
  expect(h['campaigns.get']({ id }).areas.map((a) => a.id)).toContain(used.id);

  // Indicators: the same for one that figures use.
  const usedIndicator = campaign.indicators.find((i) => usage.indicators[i.id])!;
  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
  const indicatorRow = page.getByTestId('indicators-row').filter({ has: page.locator(`input[value="${usedIndicator.name}"]`) });
  await expect(indicatorRow.getByRole('button', { name: /^Không xóa được chỉ tiêu/ })).toBeDisabled();
});

test('a refused list save shows beside the list with "Sao chép chi tiết lỗi", and the row comes back', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  const id = DEMO_IDS.campaign2022DienBien;
  const campaign = h['campaigns.get']({ id });
  const free = campaign.areas.find((a) => !h['campaigns.usage']({ id }).areas[a.id])!;
  await page.goto(`${harness.url}#/campaigns/${id}`);
  await page.getByRole('tab', { name: 'Lĩnh vực' }).click();
  // Records start using the area after the screen read what is in use (another window, an import):
  // the ✕ is still enabled, and the core's refusal is what protects the records.
  const insp = h['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  h['inspections.save']({ ...insp, findings: insp.findings.map((f, k) => (k === 0 ? { ...f, areaId: free.id } : f)) });
  const rows = page.getByTestId('areas-row');
  const row = rows.filter({ has: page.locator(`input[value="${free.name}"]`) });
  await row.getByRole('button', { name: 'Xóa lĩnh vực' }).click();
  const note = page.getByTestId('list-refusal');
  await expect(note).toContainText(`Không bỏ được lĩnh vực "${free.name}": còn 1 kết quả kiểm tra của các cuộc kiểm tra dùng lĩnh vực này.`);
  await expect(note).toContainText('Các dòng đó đã được đưa lại vào danh sách.');
  await expect(note.getByRole('button', { name: 'Sao chép chi tiết lỗi' })).toBeVisible();
  // The row is back at its place, its ✕ now disabled, and the screen again matches the database.
  await expect(rows).toHaveCount(campaign.areas.length);
  await expect(rows.nth(campaign.areas.indexOf(free)).getByRole('textbox', { name: 'Tên lĩnh vực' })).toHaveValue(free.name);
  await expect(row.getByRole('button', { name: /^Không xóa được lĩnh vực/ })).toBeDisabled();
  await waitSaved(page);
  expect(h['campaigns.get']({ id }).areas).toEqual(campaign.areas);
  await note.getByRole('button', { name: 'Đóng' }).click();
  await expect(note).toHaveCount(0);
});

test('opening an inspection and going through its tabs writes nothing: no save, the record on disk untouched', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  const stamps = () => harness.core.db.prepare('SELECT id, updated_at FROM inspections ORDER BY id').all();
  const before = stamps();
  const saves: string[] = [];
  page.on('request', (r) => { if (r.url().includes('inspections.save')) saves.push(r.url()); });
  // Opened from the list, as she does: the editor's code is already there, so the previous year's
  // recommendations (a child) ask for a save before the editor has taken its baseline.
  await page.goto(`${harness.url}#/inspections`);
  await page.reload(); // the demo was loaded behind the page's back
  await page.getByTestId('inspection-row').first().getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Kiểm tra tại');
  for (const tab of ['2. Thành phần', '3. Kết quả kiểm tra', '5. Kiến nghị của Đoàn']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }
  await page.getByRole('button', { name: 'Về danh sách' }).click();
  await expect(page.getByTestId('inspection-row').first()).toBeVisible();
  expect(saves).toEqual([]);
  expect(stamps()).toEqual(before);
});

// Following up the recommendations months later: the overdue ones come first, a status and a result
// are saved from the list, and the inspection editor shows the same.
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { expect, shot, test, waitSaved } from './fixtures';
import { choose } from './helpers';

test.describe.configure({ timeout: 60_000 });

test('follow up the 2022 recommendations: overdue first, status and result saved from the list', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  // Deadlines as a secretary would have typed them after the meetings (the articles give none).
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = h['inspections.get']({ id });
  const dated = ['2022-12-31', '2023-01-15', null] as const;
  h['inspections.save']({
    ...insp,
    recommendations: insp.recommendations.map((r, k) => ({
      ...r, remedyDeadline: dated[k] ?? null, remedyDeadlineNote: dated[k] ? '' : 'thường xuyên', reportDeadline: '2023-01-20', reportTo: 'Sở Nội vụ',
    })),
  });
  await page.clock.setFixedTime(new Date('2023-01-10T09:00:00'));
  await page.goto(`${harness.url}#/follow-up`);
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Theo dõi kiến nghị' })).toBeVisible();
  await expect(page.getByTestId('overdue-count')).toHaveText('1'); // in the navigation, on every screen
  const campaign2022 = h['campaigns.list']({}).find((c) => c.year === 2022)!;
  await choose(page, 'Đợt kiểm tra', `2022 – ${campaign2022.plan.number}`);
  const summary = page.getByTestId('followup-summary');
  const all2022 = h['followUp.list']({ campaignId: campaign2022.id });
  await expect(summary).toContainText(`Đến ngày 10/01/2023: ${all2022.length} kiến nghị; 0 đã hoàn thành`);
  await expect(summary).toContainText('1 quá hạn, 1 sắp đến hạn');

  const rows = page.getByTestId('followup-row');
  await expect(rows.first()).toHaveAttribute('data-urgency', 'overdue');
  await expect(rows.first()).toContainText('UBND huyện Mường Chà');
  await expect(rows.first()).toContainText('31/12/2022');
  await expect(rows.first().getByText('Quá hạn')).toBeVisible();
  await expect(rows.first()).toContainText('Báo cáo kết quả trước 20/01/2023 về Sở Nội vụ');
  await shot(page, '16-follow-up');

  // The view as a Word list to print or paste into the campaign report.
  await page.getByRole('button', { name: 'Xuất danh sách (.docx)' }).click();
  await expect(page.getByTestId('saved-file')).toContainText('Theo dõi kiến nghị 2022 (chưa hoàn thành).docx');
  const list = harness.platform.calls.at(-1)!;
  expect(list.name).toBe('2023-01-10 Theo dõi kiến nghị 2022 (chưa hoàn thành).docx');
  const listXml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(list.path!)))['word/document.xml']);
  expect(listXml).toContain('Tính đến ngày 10/01/2023');
  expect(listXml.split('<w:tr>').length - 2).toBe(all2022.length); // every unfinished one, under a header row

  // Mark the overdue one done, with what the unit reported.
  await page.getByRole('combobox', { name: 'Trạng thái kiến nghị số 1 của UBND huyện Mường Chà', exact: true }).selectOption({ label: 'Đã hoàn thành' });
  // The result shows as text until she opens it (the list is virtualised and stays light).
  await page.getByRole('button', { name: 'Kết quả khắc phục kiến nghị số 1 của UBND huyện Mường Chà' }).click();
  const result = page.getByRole('textbox', { name: 'Kết quả khắc phục kiến nghị số 1 của UBND huyện Mường Chà' });
  await expect(result).toBeFocused();
  await result.fill('Đã ban hành Kế hoạch số 25/KH-UBND ngày 05/01/2023 khắc phục tồn tại.');
  await result.blur();
  await waitSaved(page);
  const saved = h['inspections.get']({ id }).recommendations[0];
  expect(saved).toMatchObject({ status: 'done', statusNote: 'Đã ban hành Kế hoạch số 25/KH-UBND ngày 05/01/2023 khắc phục tồn tại.' });
  await expect(summary).toContainText('1 đã hoàn thành');
  await expect(summary).toContainText('0 quá hạn');
  await expect(rows.first()).toHaveAttribute('data-urgency', 'done'); // still on screen while she works on it
  // Done ones show under "done", and leave the "not finished" view once she changes the view.
  await page.getByText(/^Đã hoàn thành \(1\)$/).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('followup-note')).toContainText('Kế hoạch số 25/KH-UBND');
  await page.getByText(/^Chưa hoàn thành \(\d+\)$/).click();
  await expect(rows).toHaveCount(all2022.length - 1);
  await expect(rows.filter({ hasText: 'Kế hoạch số 25/KH-UBND' })).toHaveCount(0);

  // A result typed and left at once (another screen, before the pause that saves it) is still saved.
  await page.getByText(/^Chưa hoàn thành \(\d+\)$/).click();
  await page.getByRole('button', { name: 'Kết quả khắc phục kiến nghị số 2 của UBND huyện Mường Chà' }).click();
  const second = page.getByRole('textbox', { name: 'Kết quả khắc phục kiến nghị số 2 của UBND huyện Mường Chà' });
  await second.pressSequentially('Đang xây dựng');
  await page.getByRole('navigation').getByText('Cuộc kiểm tra', { exact: true }).click();
  await expect.poll(() => h['inspections.get']({ id }).recommendations[1].statusNote).toBe('Đang xây dựng');
  await expect(page.getByTestId('overdue-count')).toHaveCount(0); // the overdue one is done
  await page.getByRole('navigation').getByText('Theo dõi kiến nghị', { exact: true }).click();
  await choose(page, 'Đợt kiểm tra', `2022 – ${campaign2022.plan.number}`);

  // The same recommendation in its inspection.
  await page.getByText(/^Đã hoàn thành \(1\)$/).click();
  await rows.first().getByRole('button', { name: 'UBND huyện Mường Chà', exact: true }).click();
  await page.getByRole('tab', { name: '5. Kiến nghị của Đoàn' }).click();
  await expect(page.getByLabel('Kết quả khắc phục').first()).toHaveValue(/Kế hoạch số 25\/KH-UBND/);
});

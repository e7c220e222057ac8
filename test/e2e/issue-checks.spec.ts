// What the Văn bản tab checks before a document goes out under a number: missing facts with a link to
// where they are typed, figures that do not add up (confirmed before issuing), the command line's
// refusal without --accept-warnings, and the chosen date kept until the document is issued.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, waitSaved } from './fixtures';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { cliAsync } from '../support/cli';

const DIEN_BIEN = DEMO_IDS.inspectionHuyenDienBien2022;

test('figures that do not add up: shown on the Văn bản tab, confirmed before issuing, refused by the CLI without --accept-warnings', async ({ app: page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  harness.core.handlers['demo.load']({});
  // The end of the meeting not recorded: the minutes cannot be issued until it is.
  const i = harness.core.handlers['inspections.get']({ id: DIEN_BIEN });
  harness.core.handlers['inspections.save']({ ...i, endTime: null });
  await page.goto(`${harness.url}#/inspections/${DIEN_BIEN}`);
  await page.getByRole('tab', { name: '7. Văn bản' }).click();

  const minutes = page.getByTestId('doc-minutes');
  const conclusion = page.getByTestId('doc-conclusion');
  await expect(minutes.getByTestId('doc-missing')).toContainText('Giờ kết thúc buổi làm việc');
  await expect(minutes.getByRole('button', { name: 'Ban hành (lấy số)' })).toBeDisabled();
  await expect(conclusion.getByTestId('doc-checks')).toContainText('Hồ sơ TTHC tiếp nhận: tổng các số liệu thành phần (10.380) lớn hơn tổng số (5.369).');
  await expect(conclusion.getByTestId('doc-checks')).toContainText('ghi chú nêu 30% nhưng 7/21 là 33,33%');
  await page.screenshot({ path: 'test/screenshots/16-issue-checks.png' });

  // The link opens the tab and the field where the missing fact is typed.
  await minutes.getByTestId('doc-missing').getByRole('button', { name: 'Mở nơi nhập' }).click();
  await expect(page.getByRole('tab', { name: '1. Thông tin chung' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Kết thúc lúc')).toBeFocused();
  await page.getByLabel('Kết thúc lúc').fill('17:00');
  await page.getByLabel('Kết thúc lúc').blur();
  await waitSaved(page);
  await page.getByRole('tab', { name: '7. Văn bản' }).click();
  await expect(minutes.getByTestId('doc-missing')).toHaveCount(0);

  // Issuing the notice asks her to confirm the figures she has looked at.
  await conclusion.getByRole('textbox', { name: 'Ngày ban hành' }).fill('28/09/2022');
  await conclusion.getByRole('button', { name: 'Ban hành (lấy số)' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('tổng các số liệu thành phần (10.380)');
  await expect(dialog.getByRole('button', { name: 'Ban hành' })).toBeDisabled();
  await dialog.getByLabel('Tôi đã kiểm tra, vẫn ban hành').check();
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByTestId('issued-conclusion')).toContainText('01/TB-SNV');

  // The command line refuses the minutes while the figures stand, naming each, unless told they were checked.
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-cli-')), 'bien-ban.docx');
  const args = ['issue', DIEN_BIEN, '--type', 'minutes', '--date', '14/09/2022', '--out', out, '--data-dir', harness.dataDir];
  const refused = await cliAsync(args);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('Hồ sơ TTHC tiếp nhận: tổng các số liệu thành phần (10.380) lớn hơn tổng số (5.369).');
  expect(refused.stderr).toContain('--accept-warnings');
  expect(fs.existsSync(out)).toBe(false);
  const accepted = await cliAsync([...args, '--accept-warnings']);
  expect(accepted.stderr).toBe('');
  expect(accepted.code).toBe(0);
  expect(accepted.stdout).toContain('Đã ban hành biên bản số 01/BB-ĐKT ngày 14/09/2022');
  expect(fs.existsSync(out)).toBe(true);
});

test('the chosen date of issue is kept until the document is issued', async ({ app: page, harness }) => {
  harness.core.handlers['demo.load']({});
  const id = DEMO_IDS.inspectionMuongCha2022;
  await page.goto(`${harness.url}#/inspections/${id}`);
  await page.getByRole('tab', { name: '7. Văn bản' }).click();
  const conclusion = page.getByTestId('doc-conclusion');
  await conclusion.getByRole('textbox', { name: 'Ngày ban hành' }).fill('20/10/2022');
  await conclusion.getByRole('textbox', { name: 'Ngày ban hành' }).blur();
  await waitSaved(page);
  expect(harness.core.handlers['inspections.get']({ id }).docOptions.pendingDates).toEqual({ conclusion: '2022-10-20' });
  await page.getByRole('tab', { name: '1. Thông tin chung' }).click();
  await page.reload();
  await page.getByRole('tab', { name: '7. Văn bản' }).click();
  await expect(conclusion.getByRole('textbox', { name: 'Ngày ban hành' })).toHaveValue('20/10/2022');
  // A date before the inspection ended is refused, naming both dates.
  await conclusion.getByRole('textbox', { name: 'Ngày ban hành' }).fill('06/02/2022');
  await conclusion.getByRole('textbox', { name: 'Ngày ban hành' }).blur();
  await expect(conclusion.getByTestId('doc-refusals')).toContainText('sớm hơn ngày cuối của cuộc kiểm tra (06/10/2022)');
  await expect(conclusion.getByRole('button', { name: 'Ban hành (lấy số)' })).toBeDisabled();
  await conclusion.getByRole('textbox', { name: 'Ngày ban hành' }).fill('20/10/2022');
  await conclusion.getByRole('button', { name: 'Ban hành (lấy số)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByTestId('issued-conclusion')).toContainText('01/TB-SNV');
  await waitSaved(page);
  // Issued: the next version starts from today's date again, and the record no longer keeps one.
  expect(harness.core.handlers['inspections.get']({ id }).docOptions.pendingDates).toEqual({});
});

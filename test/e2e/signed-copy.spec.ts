// The signed copy on file: after issuing, she attaches the scan of the signed paper (a PDF, then a
// PNG page), records when it was signed and sent, and saves the e-mail draft with the signed scan.
// A renamed program is refused by its content, with the Vietnamese message, and nothing is stored.
import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';
import PostalMime from 'postal-mime';
import { expect, shot, test } from './fixtures';
import { ONE_PAGE_PDF, openIssuedMinutes } from './helpers';
import { DEMO_IDS } from '../../electron/core/demo/ids';

const MUONG_CHA = DEMO_IDS.inspectionMuongCha2022;
/** A scanned page: a real PNG drawn for the test. */
const PNG = Buffer.from(new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="80"><rect width="60" height="80" fill="#fff"/><path d="M10 60 Q30 40 50 60" stroke="#1a3" fill="none"/></svg>').render().asPng());
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode.\r\r\n$', 'latin1');

test('attach the signed scans of an issued document, record signing and sending, e-mail the signed copy', async ({ app: page, harness }) => {
  const doc = await openIssuedMinutes(page, harness);

  const row = page.getByTestId('signed-copy').filter({ hasText: `số ${doc.numberText}` });
  await expect(row.getByTestId('signed-status')).toHaveText('Chưa có bản đã ký');
  await expect(row.getByTestId('sent-status')).toHaveText('Chưa gửi');
  const chooser = row.locator('input[type="file"]');

  // A program renamed to .pdf: refused by its content, with the message naming the file.
  await chooser.setInputFiles({ name: 'Biên bản đã ký.pdf', mimeType: 'application/pdf', buffer: EXE });
  await expect(row.getByTestId('signed-error')).toContainText(
    'Không đính kèm được tệp "Biên bản đã ký.pdf": nội dung không phải PDF, JPEG hay PNG',
  );
  await expect(row.getByTestId('signed-status')).toHaveText('Chưa có bản đã ký');
  await row.scrollIntoViewIfNeeded();
  await shot(page, '31-signed-copy-refused');
  expect(harness.core.handlers['documents.list']({ inspectionId: MUONG_CHA })[0].dispatch.signedCopies).toEqual([]);

  // The signing date typed first goes with the scan.
  await row.getByLabel('Ngày ký').fill('06/10/2022');
  await chooser.setInputFiles({ name: 'Biên bản đã ký.pdf', mimeType: 'application/pdf', buffer: ONE_PAGE_PDF });
  await expect(row.getByTestId('signed-status')).toHaveText('Đã có bản ký ngày 06/10/2022');
  await expect(row.getByTestId('signed-error')).toHaveCount(0);
  await chooser.setInputFiles({ name: 'trang 2.png', mimeType: 'image/png', buffer: PNG });
  await expect(row.getByRole('button', { name: /^trang 2\.png \(PNG, \d+ KB\)$/ })).toBeVisible();
  await expect(row.getByRole('button', { name: /^Biên bản đã ký\.pdf \(PDF, \d+ KB\)$/ })).toBeVisible();

  // Sending: the date and to whom, saved with the button.
  await row.getByLabel('Ngày gửi').fill('10/10/2022');
  await row.getByLabel('Gửi tới').fill('UBND huyện Mường Chà; Sở Nội vụ tỉnh Điện Biên');
  await row.getByRole('button', { name: 'Lưu ngày ký, ngày gửi' }).click();
  await expect(row.getByTestId('sent-status')).toHaveText('Đã gửi ngày 10/10/2022');

  const [listed] = harness.core.handlers['documents.list']({ inspectionId: MUONG_CHA });
  expect(listed.dispatch).toMatchObject({ signedDate: '2022-10-06', sentDate: '2022-10-10', sentTo: 'UBND huyện Mường Chà; Sở Nội vụ tỉnh Điện Biên' });
  expect(listed.dispatch.signedCopies.map((c) => [c.fileName, c.mime])).toEqual([
    ['Biên bản đã ký.pdf', 'application/pdf'], ['trang 2.png', 'image/png'],
  ]);
  await shot(page, '30-signed-copy');

  // Opening a scan hands the stored copy in the data folder to the system viewer.
  await row.getByRole('button', { name: /^Biên bản đã ký\.pdf/ }).click();
  await expect.poll(() => harness.platform.calls.at(-1)).toEqual({ op: 'openPath', path: harness.core.attachments.pathOf(listed.dispatch.signedCopies[0].id) });

  // The e-mail draft with the signed scans instead of the .docx (the default once a scan is on file).
  await row.getByRole('button', { name: 'Lưu thư nháp' }).click();
  await expect(row.getByTestId('saved-file')).toContainText('.eml');
  const eml = harness.platform.calls.at(-1)!;
  expect(eml.op).toBe('saveFile');
  const mail = await PostalMime.parse(fs.readFileSync(eml.path!));
  expect(mail.attachments.map((a) => [a.filename, a.mimeType])).toEqual([
    ['Biên bản đã ký.pdf', 'application/pdf'], ['trang 2.png', 'image/png'],
  ]);
});

// From an inspection to the documents a government office signs: a draft, issuing with the next
// number (frozen), a new version after the records change; and the templates screen.
import fs from 'node:fs';
import path from 'node:path';
import { expect, shot, test, waitSaved } from './fixtures';
import { nav } from './helpers';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { docxPart, visibleText } from '../support/docx-text';

const documentXml = (file: string) => docxPart(new Uint8Array(fs.readFileSync(file)));
const plainText = visibleText;

test('draft, issue and re-issue the Mường Chà documents', async ({ app: page, harness }) => {
  harness.core.handlers['demo.load']({});
  await page.goto(`${harness.url}#/inspections/${DEMO_IDS.inspectionMuongCha2022}`);
  await page.getByRole('tab', { name: '7. Văn bản' }).click();
  const minutes = page.getByTestId('doc-minutes');
  await expect(minutes.getByText('Số tiếp theo: 01/BB-ĐKT')).toBeVisible();

  // A draft: no number yet.
  await minutes.getByRole('button', { name: 'Lưu bản dự thảo (.docx)' }).click();
  await expect(minutes.getByTestId('saved-file')).toContainText('Đã lưu');
  const draft = harness.platform.calls.at(-1)!;
  expect(draft.op).toBe('saveFile');
  const draftText = plainText(documentXml(draft.path!));
  expect(draftText).toContain('Số: .../BB-ĐKT');
  expect(draftText).toContain('UBND huyện Mường Chà');
  expect(harness.core.handlers['documents.list']({ inspectionId: DEMO_IDS.inspectionMuongCha2022 })).toEqual([]);

  // Issue: number 01, frozen.
  await minutes.getByLabel('Ngày ban hành').fill('06/10/2022');
  await minutes.getByRole('button', { name: 'Ban hành (lấy số)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByTestId('issued-minutes')).toContainText('01/BB-ĐKT');
  const issuedFile = harness.platform.calls.at(-1)!.path!;
  expect(plainText(documentXml(issuedFile))).toContain('Số: 01/BB-ĐKT');
  await shot(page, '14-inspection-documents');

  // The same document as an e-mail draft to send later from Outlook, the frozen file attached.
  await page.getByTestId('issued-minutes').getByRole('button', { name: 'Thư điện tử (.eml)' }).click();
  await expect(minutes.getByTestId('saved-file')).toContainText('.eml');
  const eml = harness.platform.calls.at(-1)!;
  expect(eml.name).toBe(path.basename(issuedFile).replace(/\.docx$/, '.eml'));
  expect(fs.readFileSync(eml.path!, 'latin1')).toMatch(/^X-Unsent: 1\r?$/m);
  await minutes.getByRole('button', { name: 'Mở bằng chương trình thư' }).click();
  await expect.poll(() => harness.platform.calls.at(-1)).toEqual({ op: 'openPath', path: eml.path });

  // Change the records: the issued document is marked, never altered; a new version takes 02.
  const [issued] = harness.core.handlers['documents.list']({ inspectionId: DEMO_IDS.inspectionMuongCha2022 });
  await page.getByRole('tab', { name: '6. Ý kiến đơn vị' }).click();
  await page.getByLabel('Ý kiến của đơn vị được kiểm tra').fill('UBND huyện nhất trí hoàn toàn với kết luận của Đoàn.');
  await waitSaved(page);
  await page.getByRole('tab', { name: '7. Văn bản' }).click();
  await expect(minutes.getByText('Hồ sơ đã thay đổi sau khi ban hành')).toBeVisible();
  const [again] = harness.core.handlers['documents.list']({ inspectionId: DEMO_IDS.inspectionMuongCha2022 });
  expect(again.sha256).toBe(issued.sha256);
  // The number follows the year of the chosen date: 2026 would start again at 01.
  await minutes.getByLabel('Ngày ban hành').fill('07/10/2022');
  await expect(minutes.getByText('Số tiếp theo: 02/BB-ĐKT')).toBeVisible();
  await minutes.getByRole('button', { name: 'Ban hành phiên bản mới' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByTestId('issued-minutes')).toContainText('02/BB-ĐKT');
});

test('templates: a bad file is refused with a Vietnamese report, the field reference copies', async ({ app: page, harness }) => {
  await nav(page, 'Mẫu văn bản');
  await expect(page.getByTestId('template-minutes')).toContainText('Mẫu gốc của BienBan');
  await page.getByTestId('template-minutes').locator('input[type=file]').setInputFiles({
    name: 'mau-hong.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải tệp Word'),
  });
  await expect(page.getByTestId('template-message')).toContainText('có lỗi nên không được dùng');
  await expect(page.getByTestId('template-report')).toBeVisible();
  expect(fs.existsSync(`${harness.dataDir}/templates/minutes.docx`)).toBe(false);
  await page.getByTestId('template-minutes').getByRole('button', { name: 'Lưu bản sao để sửa trong Word' }).click();
  await expect(page.getByTestId('template-minutes').getByTestId('saved-file')).toBeVisible();
  expect(harness.platform.calls.at(-1)?.op).toBe('saveFile');
  await shot(page, '15-templates');
});

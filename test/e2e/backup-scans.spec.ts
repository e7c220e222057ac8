// The USB copy carries the scans: "Sao lưu ra…" saves a .zip with the signed scan; after the scan is
// lost from the data folder, restoring the .zip from the screen brings it back (checked by SHA-256),
// and the message says so; a damaged one would be named there.
import fs from 'node:fs';
import { expect, shot, test } from './fixtures';
import { nav } from './helpers';
import { DEMO_IDS } from '../../electron/core/demo/ids';

const MUONG_CHA = DEMO_IDS.inspectionMuongCha2022;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

test('"Sao lưu ra…" makes a .zip with the scans; restoring it brings a lost scan back', async ({ app: page, harness }) => {
  harness.core.handlers['demo.load']({});
  const doc = await harness.core.handlers['documents.issue']({ inspectionId: MUONG_CHA, type: 'minutes', issuedDate: '2022-10-06' });
  const rec = harness.core.handlers['documents.attachSigned']({ documentId: doc.id, fileName: 'Biên bản đã ký.pdf', base64: PDF.toString('base64') });
  const stored = harness.core.attachments.pathOf(rec.dispatch.signedCopies[0].id);
  await page.setViewportSize({ width: 1366, height: 768 });

  await nav(page, 'Sao lưu và khôi phục');
  await page.getByRole('button', { name: 'Sao lưu ra…' }).click();
  await expect(page.getByTestId('backup-done')).toContainText('Đã lưu bản sao lưu ra');
  const saved = harness.platform.calls.at(-1)!;
  expect(saved).toMatchObject({ op: 'saveFile', name: expect.stringMatching(/^bienban-.*\.zip$/) });

  fs.rmSync(stored); // the scan is lost from the data folder (a new laptop has none)
  harness.platform.toChoose.push(saved.path!); // she picks the .zip on the USB stick in the open dialog
  await page.getByRole('button', { name: 'Khôi phục từ tệp…' }).click();
  await page.getByTestId('confirm-restore').click();
  await expect(page.getByTestId('backup-done')).toContainText(`Đã khôi phục dữ liệu từ ${saved.path}`);
  await expect(page.getByTestId('backup-done')).toContainText('Đã khôi phục 1 bản chụp đính kèm.');
  await shot(page, '22-backup-restored-scans');
  expect(fs.readFileSync(stored).equals(PDF)).toBe(true);
});

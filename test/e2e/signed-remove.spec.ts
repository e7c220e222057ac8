// A scan attached by mistake: she attaches a PDF to an issued document, removes it with "Gỡ bản
// chụp" after a confirmation (the signing date recorded stays), finds it in the bin by its name and
// restores it; the stored file was never deleted.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { expect, shot, test } from './fixtures';
import { nav, ONE_PAGE_PDF, openIssuedMinutes } from './helpers';
import { DEMO_IDS } from '../../electron/core/demo/ids';

const MUONG_CHA = DEMO_IDS.inspectionMuongCha2022;

test('attach a PDF, remove it with a confirmation, see it in the bin, restore it', async ({ app: page, harness }) => {
  const doc = await openIssuedMinutes(page, harness);

  const row = page.getByTestId('signed-copy').filter({ hasText: `số ${doc.numberText}` });
  await row.getByLabel('Ngày ký').fill('06/10/2022');
  await row.locator('input[type="file"]').setInputFiles({ name: 'Nhầm tệp.pdf', mimeType: 'application/pdf', buffer: ONE_PAGE_PDF });
  await expect(row.getByTestId('signed-status')).toHaveText('Đã có bản ký ngày 06/10/2022');
  const [scan] = harness.core.handlers['documents.list']({ inspectionId: MUONG_CHA })[0].dispatch.signedCopies;
  const stored = harness.core.attachments.pathOf(scan.id);

  // Cancel first: nothing changes.
  await row.getByRole('button', { name: 'Gỡ bản chụp Nhầm tệp.pdf' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gỡ bản chụp' });
  await expect(dialog).toContainText('Gỡ bản chụp Nhầm tệp.pdf khỏi Biên bản số');
  await expect(dialog).toContainText('Ngày ký đã ghi (06/10/2022) được giữ nguyên');
  await shot(page, '33-remove-scan-confirm');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(row.getByTestId('signed-scan')).toHaveCount(1);

  await row.getByRole('button', { name: 'Gỡ bản chụp Nhầm tệp.pdf' }).click();
  await dialog.getByTestId('confirm-remove-scan').click();
  await expect(row.getByTestId('signed-scan')).toHaveCount(0);
  await expect(row.getByTestId('signed-status')).toHaveText('Chưa có bản đã ký (đã ghi ngày ký 06/10/2022)');
  await expect(page.getByTestId('toast')).toContainText('Đã gỡ bản chụp "Nhầm tệp.pdf" và chuyển vào Thùng rác.');
  expect(fs.existsSync(stored)).toBe(true);
  await shot(page, '34-scan-removed');

  await nav(page, 'Thùng rác');
  const binRow = page.getByTestId('bin-row').filter({ hasText: 'Bản chụp "Nhầm tệp.pdf"' });
  await expect(binRow).toContainText(`bản đã ký của Biên bản số ${doc.numberText} của UBND huyện Mường Chà`);
  await shot(page, '32-bin-scan');
  await binRow.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(binRow).toHaveCount(0);

  await page.goto(`${harness.url}#/inspections/${MUONG_CHA}`);
  await page.getByRole('tab', { name: '7. Văn bản' }).click();
  await expect(row.getByTestId('signed-scan')).toHaveCount(1);
  await expect(row.getByTestId('signed-status')).toHaveText('Đã có bản ký ngày 06/10/2022');
  await row.getByRole('button', { name: /^Nhầm tệp\.pdf \(PDF/ }).click();
  await expect.poll(() => harness.platform.calls.at(-1)).toEqual({ op: 'openPath', path: stored });
});

test('a remediation report\'s scan: "Gỡ bản chụp" with a confirmation, back with "Hoàn tác"', async ({ app: page, harness }) => {
  const h = harness.core.handlers;
  h['demo.load']({});
  const recs = h['inspections.get']({ id: MUONG_CHA }).recommendations;
  const rep = {
    id: crypto.randomUUID(), inspectionId: MUONG_CHA, receivedDate: '2023-03-12', docNumber: '125/BC-UBND', docDate: '2023-03-10',
    summary: '', items: [{ recommendationId: recs[0].id, doneText: 'Đã ban hành kế hoạch.' }],
  };
  h['remediation.save'](rep);
  h['remediation.attach']({ reportId: rep.id, fileName: 'Báo cáo 125.pdf', base64: ONE_PAGE_PDF.toString('base64') });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${harness.url}#/inspections/${MUONG_CHA}`);
  await page.getByRole('tab', { name: '8. Báo cáo khắc phục' }).click();

  const scans = page.getByTestId('remediation-attachments');
  await scans.getByRole('button', { name: 'Gỡ bản chụp Báo cáo 125.pdf' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gỡ bản chụp' });
  await expect(dialog).toContainText('Gỡ bản chụp Báo cáo 125.pdf khỏi Báo cáo số 125/BC-UBND ngày 10/03/2023?');
  await dialog.getByTestId('confirm-remove-scan').click();
  await expect(scans.getByRole('button', { name: 'Báo cáo 125.pdf', exact: true })).toHaveCount(0);
  await expect(scans).toContainText('chưa có');
  await shot(page, '35-report-scan-removed');
  expect(h['bin.list']({}).map((b) => b.kind)).toContain('attachment');

  await page.getByTestId('toast').getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(scans.getByRole('button', { name: 'Báo cáo 125.pdf', exact: true })).toBeVisible();
  expect(h['bin.list']({}).some((b) => b.kind === 'attachment')).toBe(false);
});

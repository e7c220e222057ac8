import type { Locator, Page } from '@playwright/test';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import type { Harness } from '../harness/server';

/** Picks an option in a Mantine Select identified by its label. */
export async function choose(scope: Page | Locator, label: string, option: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function nav(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByText(label, { exact: true }).click();
}

/** A one-page PDF, as small as a valid one gets (the viewers open it): a scan of a signed paper. */
export const ONE_PAGE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** The demo with the Mường Chà minutes issued, open on its Văn bản tab at 1366×768; the issued document. */
export async function openIssuedMinutes(page: Page, harness: Harness) {
  harness.core.handlers['demo.load']({});
  const doc = await harness.core.handlers['documents.issue']({ inspectionId: DEMO_IDS.inspectionMuongCha2022, type: 'minutes', issuedDate: '2022-10-06' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${harness.url}#/inspections/${DEMO_IDS.inspectionMuongCha2022}`);
  await page.getByRole('tab', { name: '7. Văn bản' }).click();
  return doc;
}

// Each test gets its own data folder and its own harness server around the real core.
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHarness, type Harness } from '../harness/server';

export const SCREENSHOTS = path.resolve('test/screenshots');

export const test = base.extend<{ harness: Harness; app: Page }>({
  harness: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-e2e-'));
    const h = await startHarness({ dataDir });
    await use(h);
    await h.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, harness }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(harness.url);
    // The app opening with no screen named goes to one of its own (the inspections list while there is
    // nothing, the dashboard once there are records): wait for that, so a test that adds records and
    // reloads does not race the first answer.
    await page.waitForFunction(() => location.hash.length > 1);
    await use(page);
    expect(errors, 'the page threw').toEqual([]);
  },
});
export { expect };

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // Full-page shots would paint the fixed header and navbar mid-page; pin them to the top instead.
  const style = '.mantine-AppShell-header, .mantine-AppShell-navbar { position: absolute !important; }';
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, style });
}

/** Waits until every visible autosave badge says the record is on disk. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="save-status"]:not([data-status="saved"])')).toHaveCount(0);
  await expect(page.locator('[data-testid="save-status"]').first()).toHaveAttribute('data-status', 'saved');
}

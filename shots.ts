import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import config, { CHROMIUM } from './playwright.config';
import { startHarness } from './test/harness/server';
import { DEMO_INSPECTIONS } from './electron/core/demo/ids';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shots-'));
const h = await startHarness({ dataDir });
h.core.handlers['demo.load']({});
const browser = await chromium.launch({ ...config.use?.launchOptions, executablePath: CHROMIUM });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const out = '/tmp/wt-paper/cmp';
for (const [name, id] of Object.entries(DEMO_INSPECTIONS)) {
  await page.goto(`${h.url}#/inspections/${id}`);
  await page.getByRole('tab', { name: '7. Văn bản' }).click();
  for (const type of ['minutes', 'conclusion'] as const) {
    await page.getByTestId(`doc-${type}`).getByRole('button', { name: 'Xem trước' }).click();
    await page.getByTestId('preview-progress').and(page.locator('[data-done="yes"]')).waitFor();
    const n = await page.locator('[data-testid="preview-pages"] section.docx').count();
    const tops = await page.locator('[data-testid="preview-pages"] section.docx article').evaluateAll((as) => as.map((a) => (a.textContent ?? '').slice(0, 40)));
    if (name.startsWith('huyện') && type === 'minutes') {
      const secs = page.locator('[data-testid="preview-pages"] section.docx');
      await secs.nth(n - 1).evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: '/tmp/wt-paper/dienbien-last.png' });
    }
    await page.getByTestId('doc-preview').getByRole('button', { name: 'Đóng' }).click();
    const f = path.join(out, `${name}-${type}.pdf`.replace(/ /g, '_'));
    const lo = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8' }))![1]);
    const loTops = Array.from({ length: lo }, (_, k) => execFileSync('pdftotext', ['-f', String(k + 1), '-l', String(k + 1), f, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim().slice(0, 40));
    console.log(`${name} ${type}: preview ${n}, LibreOffice ${lo}`);
    console.log('   P:', tops.slice(1).join(' ‖ '));
    console.log('   L:', loTops.slice(1).join(' ‖ '));
  }
}
await browser.close(); await h.close();

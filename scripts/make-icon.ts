// Renders build/icon.svg to build/icon.png (512×512, transparent) with the same Chromium the tests
// use; electron-builder makes the Windows .ico from that PNG. Run: npm run icon
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../playwright.config';

const svg = path.resolve('build/icon.svg');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.goto(`file://${svg}`);
  await page.screenshot({ path: path.resolve('build/icon.png'), omitBackground: true });
  console.log('build/icon.png');
} finally {
  await browser.close();
}

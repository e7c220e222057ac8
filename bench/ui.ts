// The UI bench: the app in Debian's Chromium against the browser harness, on a database of ten years
// and on one of one year made in the same run, each screen timed from the click to what it shows.
// Prints, for each measure, the median and p95 over the rounds for both databases and their ratio;
// then the sizes of the entry chunk and of the screens' lazy chunks from vite's manifest.
// Asserts nothing (docs/architecture.md, "Testing").
// The records come from generateProvince (electron/core/demo/province.ts), the one generator the
// core bench, the tests and the CLI's `demo --years N` use.
//
// Run: npm run bench -- --ui-only   (options: --ui-rounds 5, --keys 200)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Locator, type Page } from '@playwright/test';
import { build } from 'vite';
import config, { CHROMIUM } from '../playwright.config';
import { startHarness, type Harness } from '../test/harness/server';
import { formatCount } from '../shared/vi/numbers';
import type { Core } from '../electron/core/core';
import { generateProvince } from '../electron/core/demo/province';
import { BENCH_SETTINGS } from './core';
import { quantile } from './stats';

const arg = (name: string, fallback: number) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? Number(process.argv[k + 1]) : fallback;
};

/** Inspections a year (generateProvince's default) and how many of them have an issued document. */
const PER_YEAR = 40;
const ISSUED_PER_YEAR = 25;

/**
 * The province of `years` years from the one generator (electron/core/demo/province.ts, also the
 * CLI's `demo --years N` and the core bench), then one issued document for the first 25 inspections
 * of each year, alternating minutes and conclusion notices, as a real province keeps them.
 */
async function makeProvince(core: Core, years: number): Promise<string> {
  core.handlers['settings.save'](BENCH_SETTINGS);
  const p = generateProvince(core, { years, seed: 1, inspectionsPerYear: PER_YEAR });
  let issued = 0;
  for (const [k, inspectionId] of p.inspectionIds.entries()) {
    if (k % PER_YEAR >= ISSUED_PER_YEAR) continue;
    const i = core.handlers['inspections.get']({ id: inspectionId });
    const day = i.meetingDate ?? i.dateTo ?? i.dateFrom ?? '2025-06-30';
    await core.handlers['documents.issue']({ inspectionId, type: k % 2 ? 'conclusion' : 'minutes', issuedDate: day });
    issued++;
  }
  return `${years} năm: ${p.inspections} inspections, ${p.findings} findings, ${p.recommendations} recommendations, ${issued} issued`;
}

type Sample = Map<string, number[]>;
const add = (s: Sample, key: string, v: number) => s.set(key, [...(s.get(key) ?? []), v]);


/** What the page holds after a screen: JS heap (MB) and element count. */
async function weigh(page: Page, s: Sample, screen: string) {
  const w = await page.evaluate(() => ({
    heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN,
    nodes: document.getElementsByTagName('*').length,
  }));
  add(s, `${screen}: JS heap MB`, w.heap / 1e6);
  add(s, `${screen}: DOM elements`, w.nodes);
}

/**
 * Milliseconds, on the page's own clock, from her click (or the start of the navigation, for a page
 * load) to the animation frame in which `css` is shown (holding `text` if given): the frame that
 * paints it. Checked on every animation frame; the round trips between this process and the browser
 * are not hers, so they are not counted (they were 10–30 ms of each measure).
 */
async function timed(page: Page, action: () => Promise<unknown>, css: string, text?: string): Promise<number> {
  await action();
  const done = await page.waitForFunction(([sel, txt]) => {
    const shown = [...document.querySelectorAll(sel)].some((el) => el.getClientRects().length > 0 && (!txt || (el.textContent ?? '').includes(txt)));
    // A page load starts the page's clock at 0 (the start of the navigation); a click sets __clickAt.
    return shown && performance.now() - ((window as unknown as { __clickAt?: number }).__clickAt ?? 0);
  }, [css, text] as const, { polling: 'raf', timeout: 60_000 });
  return (await done.jsonValue()) as number;
}

// Clicked from inside the page, the time of the click noted there: Playwright's click adds its own
// checks (a trace of a tab change: 30 ms of scrolling into view and hit tests before the page saw it).
const clickIn = (el: Locator) => el.evaluate((e) => {
  (window as unknown as { __clickAt?: number }).__clickAt = performance.now();
  (e as HTMLElement).click();
});
const nav = (page: Page, label: string) => clickIn(page.getByRole('navigation').getByText(label, { exact: true }));

/**
 * Per keystroke: keydown's timestamp to the animation frame requested after its input event, i.e.
 * when the browser may paint the letter. Typed with a pause between keys so frames do not overlap.
 */
async function typing(page: Page, keys: number): Promise<number[]> {
  const box = page.getByRole('textbox', { name: 'Ưu điểm, kết quả đạt được' }).first();
  await box.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __down: number };
    w.__keys = [];
    document.addEventListener('keydown', (e) => { w.__down = e.timeStamp; }, true);
    document.addEventListener('input', () => {
      const down = w.__down;
      requestAnimationFrame(() => w.__keys.push(performance.now() - down));
    }, true);
  });
  // ASCII: every letter is one real key press with its keydown (Vietnamese input is ime.spec.ts's job).
  const text = ' thuc hien dung quy dinh ve cai cach hanh chinh';
  for (let k = 0; k < keys; k++) await page.keyboard.type(text[k % text.length], { delay: 0 }).then(() => page.waitForTimeout(25));
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
}

async function round(page: Page, h: Harness, s: Sample, keys: number, allCount: string, inspections: number) {
  // The app opens on the dashboard once there are records (Tổng quan); the list is one click away.
  add(s, 'first screen (dashboard)', await timed(page, () => page.goto(h.url), '[data-testid="dash-overdue"]'));
  await weigh(page, s, 'dashboard');
  // Started again: the browser has the code from the first start (Electron keeps V8's code cache for
  // app://, electron/app-protocol.ts), as every start after the first one after installing.
  add(s, 'first screen, started again', await timed(page, () => page.reload(), '[data-testid="dash-overdue"]'));
  // She reads the dashboard before she clicks on: meanwhile the app fetches the other screens' code
  // (lazyScreen.tsx), which the next measure would otherwise pay for.
  await page.waitForLoadState('networkidle');
  add(s, 'inspections list', await timed(page, () => nav(page, 'Cuộc kiểm tra'), '[data-testid="inspection-row"]'));
  await weigh(page, s, 'inspections list');
  add(s, 'inspections list: rows in DOM', await page.getByTestId('inspection-row').count());

  add(s, 'open an inspection', await timed(page, () => clickIn(page.getByTestId('inspection-row').first().getByRole('button').first()), 'h2', 'Kiểm tra tại'));
  for (const [tab, ready] of [
    ['2. Thành phần', '[data-testid="attendees-team"]'],
    ['3. Kết quả kiểm tra', 'textarea'],
    ['5. Kiến nghị của Đoàn', '[data-testid="recommendations"]'],
    ['7. Văn bản', '[data-testid="doc-minutes"]'],
  ] as const) {
    add(s, `tab ${tab}`, await timed(page, () => clickIn(page.getByRole('tab', { name: tab })), ready));
    // The first rows are drawn with the tab, the others just after (RowList): when is the last one there?
    if (tab === '5. Kiến nghị của Đoàn') {
      const all = await page.waitForFunction(() => {
        const list = document.querySelector('[data-testid="recommendations"]');
        return !!list && list.querySelectorAll('[data-testid="recommendations-row"]').length >= 15
          && performance.now() - (window as unknown as { __clickAt: number }).__clickAt;
      }, null, { polling: 'raf', timeout: 60_000 });
      add(s, 'tab 5: every row drawn', (await all.jsonValue()) as number);
    }
  }
  await weigh(page, s, 'documents tab');
  await page.getByRole('tab', { name: '3. Kết quả kiểm tra' }).click();
  const ks = await typing(page, keys);
  ks.forEach((v) => add(s, 'keystroke to next frame', v));
  add(s, 'keystrokes over 16.7 ms (%)', (100 * ks.filter((v) => v > 1000 / 60).length) / Math.max(1, ks.length));
  // Over 16.7 ms is often only where the key fell between two frames (the letter in the page 2–3 ms
  // after keydown, painted at the next frame 17 ms after it); over two frames, a frame was missed.
  add(s, 'keystrokes over 33.3 ms, a frame missed (%)', (100 * ks.filter((v) => v > 2000 / 60).length) / Math.max(1, ks.length));
  await page.locator('[data-testid="save-status"][data-status="saved"]').first().waitFor({ timeout: 30_000 });

  add(s, 'back to the list', await timed(page, () => clickIn(page.getByRole('button', { name: 'Về danh sách' })), '[data-testid="inspection-row"]'));
  add(s, 'follow-up, newest campaign', await timed(page, () => nav(page, 'Theo dõi kiến nghị'), '[data-testid="followup-row"]'));
  add(s, 'follow-up (campaign): rows in DOM', await page.getByTestId('followup-row').count());
  // Timed from the choice, the list of campaigns being open (as for the inspections list below): her
  // click that opens the list is not the change of screen, and Playwright's own checks were 100 ms of it.
  await page.getByRole('combobox', { name: 'Đợt kiểm tra', exact: true }).click();
  add(s, 'follow-up, all campaigns', await timed(page, () => clickIn(page.getByRole('option', { name: 'Tất cả các đợt', exact: true })),
    '[data-testid="followup-summary"]', `: ${allCount} kiến nghị`));
  await weigh(page, s, 'follow-up (all)');
  add(s, 'follow-up (all): rows in DOM', await page.getByTestId('followup-row').count());
  add(s, 'bin', await timed(page, () => nav(page, 'Thùng rác'), 'p', 'Thùng rác trống.'));
  await weigh(page, s, 'bin');
  add(s, 'inspections list again', await timed(page, () => nav(page, 'Cuộc kiểm tra'), '[data-testid="inspection-row"]'));
  await page.getByRole('combobox', { name: 'Đợt kiểm tra', exact: true }).click();
  add(s, 'inspections list, all campaigns', await timed(page, () => clickIn(page.getByRole('option', { name: 'Tất cả các đợt', exact: true })),
    // Every inspection listed (a header row and one per inspection); with one year, the same rows.
    `[data-testid="inspection-list"][aria-rowcount="${inspections + 1}"] [data-testid="inspection-row"]`));
  add(s, 'inspections (all): rows in DOM', await page.getByTestId('inspection-row').count());
}

async function measure(years: number, rounds: number, keys: number): Promise<{ sample: Sample; made: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-uibench-'));
  const h = await startHarness({ dataDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...(config.use?.launchOptions?.args ?? []), '--enable-precise-memory-info'],
  });
  try {
    const made = await makeProvince(h.core, years);
    h.core.db.pragma('wal_checkpoint(TRUNCATE)'); // so the file's size is the database's
    const all = h.core.handlers['followUp.list']({}).length;
    const mb = (fs.statSync(path.join(dataDir, 'bienban.sqlite')).size / 1e6).toFixed(1);
    const sample: Sample = new Map();
    for (let r = 0; r < rounds; r++) {
      // A fresh page each round: the first screen is a cold start of the app, as she opens it.
      const context = await browser.newContext({ viewport: config.use?.viewport ?? { width: 1400, height: 900 }, locale: 'vi-VN' });
      const page = await context.newPage();
      await round(page, h, sample, keys, formatCount(all), years * PER_YEAR);
      await context.close();
    }
    return { sample, made: `${made}, ${mb} MB` };
  } finally {
    await browser.close();
    await h.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function printChunks() {
  const dir = path.resolve('dist/renderer');
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; isEntry?: boolean; isDynamicEntry?: boolean; src?: string }>;
  const size = (f: string) => {
    const b = fs.readFileSync(path.join(dir, f));
    return `${(b.length / 1024).toFixed(1)} KB (gzip ${(zlib.gzipSync(b).length / 1024).toFixed(1)} KB)`;
  };
  console.log('\nJavaScript chunks (vite manifest):');
  for (const c of Object.values(manifest).filter((c) => c.isEntry)) console.log(`  entry  ${c.file.padEnd(44)} ${size(c.file)}`);
  for (const c of Object.values(manifest).filter((c) => c.isDynamicEntry)) console.log(`  lazy   ${(c.src ?? c.file).replace(/^src\//, '').padEnd(44)} ${size(c.file)}`);
  const shared = Object.values(manifest).filter((c) => !c.isEntry && !c.isDynamicEntry && c.file.endsWith('.js'));
  const sharedKb = shared.reduce((n, c) => n + fs.statSync(path.join(dir, c.file)).size, 0) / 1024;
  console.log(`  shared ${`${shared.length} chunks loaded with the screens that use them`.padEnd(44)} ${sharedKb.toFixed(1)} KB`);
}

export async function runUiBench(): Promise<void> {
  const rounds = arg('ui-rounds', 5);
  const keys = arg('keys', 200);
  await build({ logLevel: 'warn' }); // the bench measures the code as it is now
  console.log(`\nBienBan UI bench: Chromium ${CHROMIUM}, ${os.cpus().length} cores, ${rounds} rounds, ${keys} keystrokes a round`);
  const ten = await measure(10, rounds, keys);
  const one = await measure(1, rounds, keys);
  console.log(`  ${ten.made}\n  ${one.made}\n`);
  const head = ['measure (ms unless said)', '10 y median', '10 y p95', '1 y median', '1 y p95', '10 y / 1 y'];
  const rows = [...ten.sample.keys()].map((k) => {
    const a = ten.sample.get(k)!, b = one.sample.get(k) ?? [NaN];
    const f = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
    const ma = quantile(a, 0.5), mb = quantile(b, 0.5);
    return [k, f(ma), f(quantile(a, 0.95)), f(mb), f(quantile(b, 0.95)), mb ? `${(ma / mb).toFixed(2)}×` : '–'];
  });
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]) => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
  printChunks();
}

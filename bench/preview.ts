// The document preview in Chromium against the browser harness: from the click on "Xem trước" to page
// 1 complete on screen, and to the last page, for the longest demo document and for a generated
// document of about 30 pages (Mường Chà with its findings and recommendations repeated). Also the
// longest the window went without painting while the pages were laid out (a frozen window would show
// here). Prints median and p95; asserts nothing (docs/architecture.md, "Testing").
//
// Run: npm run bench -- --only preview   (options: --preview-rounds 7)
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import config, { CHROMIUM } from '../playwright.config';
import { startHarness, type Harness } from '../test/harness/server';
import { DEMO_INSPECTIONS, DEMO_IDS } from '../electron/core/demo/ids';
import type { DocType } from '../shared/documents/fields';
import { unzipSync } from 'fflate';
import { quantile } from './stats';

const arg = (name: string, fallback: number) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? Number(process.argv[k + 1]) : fallback;
};


/** How many times the findings and recommendations are repeated to reach about 30 pages. */
const REPEAT = 60;

/** Mường Chà with every finding and recommendation repeated: a long document built from real wording. */
function makeLong(h: Harness): string {
  const src = h.core.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  const copy = <T extends { id: string }>(rows: T[], k: number, edit: (r: T) => Partial<T>) => rows.map((r) => ({ ...r, id: randomUUID(), ...(k ? edit(r) : {}) }));
  const long = {
    ...src,
    id: randomUUID(),
    findings: Array.from({ length: REPEAT }, (_, k) => copy(src.findings, k, (f) => ({ text: `${f.text} (lần kiểm tra lại thứ ${k + 1})` }))).flat(),
    recommendations: Array.from({ length: REPEAT }, (_, k) => copy(src.recommendations, k, (r) => ({ content: `${r.content} (đợt ${k + 1})` }))).flat(),
    attendees: src.attendees.map((a) => ({ ...a, id: randomUUID() })),
    subUnits: src.subUnits.map((s) => ({ ...s, id: randomUUID() })),
    figures: src.figures.map((f) => ({ ...f, id: randomUUID() })),
    unitProposals: src.unitProposals.map((p) => ({ ...p, id: randomUUID() })),
    drafts: {},
  } as typeof src;
  h.core.handlers['inspections.save'](long);
  return long.id;
}

/** The demo document with the largest body (word/document.xml), as a draft. */
async function longestDemo(h: Harness): Promise<{ id: string; type: DocType; name: string }> {
  let best = { id: '', type: 'minutes' as DocType, name: '', size: 0 };
  for (const [name, id] of Object.entries(DEMO_INSPECTIONS)) {
    for (const type of ['minutes', 'conclusion'] as const) {
      const { bytes } = await h.core.documents.renderDraft(id, type);
      const size = unzipSync(bytes)['word/document.xml'].length;
      if (size > best.size) best = { id, type, name: `${name} / ${type === 'minutes' ? 'biên bản' : 'thông báo'}`, size };
    }
  }
  return best;
}

interface Timing { first: number; total: number; pages: number; longestGap: number }

/**
 * One preview from the click: times taken inside the page (performance.now), page 1 complete when a
 * second page appears or the preview says it is done, and the longest gap between animation frames.
 */
async function once(page: Page, panel: string): Promise<Timing> {
  // A string, not a function: tsx would wrap inner functions in a helper the page does not have.
  const t = await page.evaluate<Timing>(`new Promise((resolve) => {
    const start = performance.now();
    let first = 0, last = start, longestGap = 0;
    const frame = () => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      const pages = document.querySelectorAll('[data-testid="preview-pages"] section.docx').length;
      const done = document.querySelector('[data-testid="preview-progress"]')?.getAttribute('data-done') === 'yes';
      if (!first && (pages >= 2 || done)) first = now - start;
      if (done) resolve({ first, total: now - start, pages, longestGap });
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    [...document.querySelectorAll('[data-testid="${panel}"] button')].find((b) => b.textContent === 'Xem trước').click();
  })`);
  await page.getByTestId('doc-preview').getByRole('button', { name: 'Đóng' }).click();
  await page.getByTestId('doc-preview').waitFor({ state: 'detached' });
  return t;
}

export async function benchPreview(): Promise<string[][]> {
  const rounds = arg('preview-rounds', 7);
  await build({ logLevel: 'warn' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-bench-preview-'));
  const h = await startHarness({ dataDir });
  const browser = await chromium.launch({ ...config.use?.launchOptions, executablePath: CHROMIUM });
  try {
    h.core.handlers['demo.load']({});
    const cases = [await longestDemo(h), { id: makeLong(h), type: 'minutes' as DocType, name: `generated (Mường Chà ×${REPEAT}) / biên bản` }];
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const rows: string[][] = [];
    for (const c of cases) {
      await page.goto(`${h.url}#/inspections/${c.id}`);
      await page.getByRole('tab', { name: '7. Văn bản' }).click();
      await once(page, `doc-${c.type}`); // warm-up: chunks loaded, fonts resolved
      const ts: Timing[] = [];
      for (let k = 0; k < rounds; k++) ts.push(await once(page, `doc-${c.type}`));
      const col = (f: (t: Timing) => number) => ts.map(f);
      const q = (xs: number[]) => [quantile(xs, 0.5).toFixed(0), quantile(xs, 0.95).toFixed(0)];
      rows.push([c.name, String(ts[0].pages), ...q(col((t) => t.first)), ...q(col((t) => t.total)), ...q(col((t) => t.longestGap))]);
    }
    return [['document', 'pages', 'page 1 median ms', 'page 1 p95', 'all pages median ms', 'all p95', 'longest frame gap median ms', 'gap p95'], ...rows];
  } finally {
    await browser.close();
    await h.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

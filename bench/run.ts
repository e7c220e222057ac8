// How long it takes to make a document, next to two baselines measured in the same run:
//   floor         unzip + rezip the same template with nothing changed (fflate): no filler can beat it
//   docxtemplater the same text fields filled with docxtemplater + pizzip (blocks left as text)
// then 100 conclusion notices in one batch; then the autosave of a one-field change on a generated
// ten-year province (bench/autosave.ts); then start-up and lists on a one-year and a ten-year
// province (bench/core.ts); then the tracker's queries and searches (bench/followup.ts); then search and
// phrase suggestions on the same two sizes (bench/search.ts); then one backup of a 15 MB database (bench/backup.ts). Prints tables;
// asserts nothing.
//
// Then the UI bench (bench/ui.ts): every main screen of the app in Chromium on ten years of records
// and on one year.
//
// Then the document preview in Chromium (bench/preview.ts): page 1 and the whole document.
//
// Run: npm run bench   (options: --rounds 30 --warmup 5 --saves 300 --only documents|autosave|core|followup|report|search|backup|preview;
// --ui-only or --no-ui for the UI part)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { createCore } from '../electron/core/core';
import { autosaveBench } from './autosave';
import { benchBackup } from './backup';
import { benchCore, coreTable, sizeLine } from './core';
import { benchPreview } from './preview';
import { benchFollowUp, followUpSizeLine, followUpTable } from './followup';
import { benchReport } from './report';
import { benchSearch, searchSizeLine, searchTable } from './search';
import { DEMO_INSPECTIONS } from '../electron/core/demo/ids';
import { loadModelInput } from '../electron/core/documents/context';
import { generateDocument } from '../electron/core/documents/generate';
import { buildModel, type DocumentModel, type ModelInput } from '../shared/documents/model';
import type { DocType } from '../shared/documents/fields';
import { stats, timedAsync as time } from './stats';

const arg = (name: string, fallback: number) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? Number(process.argv[k + 1]) : fallback;
};
const ROUNDS = arg('rounds', 30);
/** One section only (`--only core`), or every section. */
const ONLY = (() => {
  const k = process.argv.indexOf('--only');
  return k > 0 ? process.argv[k + 1] : null;
})();
const runs = (section: string) => !ONLY || ONLY === section;
const WARMUP = arg('warmup', 5);
const BATCH = 100;

const TEMPLATES: Record<DocType, Uint8Array> = {
  minutes: new Uint8Array(fs.readFileSync(path.resolve('templates', 'bien-ban.docx'))),
  conclusion: new Uint8Array(fs.readFileSync(path.resolve('templates', 'thong-bao-ket-luan.docx'))),
};

const DEMOS = DEMO_INSPECTIONS;


const floor = (template: Uint8Array) => zipSync(unzipSync(template));

function docxtemplater(template: Uint8Array, model: DocumentModel): Uint8Array {
  const doc = new Docxtemplater(new PizZip(template), {
    paragraphLoop: true, linebreaks: true, delimiters: { start: '{{', end: '}}' }, nullGetter: () => '',
  });
  doc.render(model.text);
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}

async function main() {
  if (runs('documents')) await documentsBench();
  if (runs('autosave')) {
    const auto = await autosaveBench({ saves: arg('saves', 300) });
    console.log(`\nAutosave on a generated ten-year province (${auto.inspections} inspections, built in ${(auto.setupMs / 1000).toFixed(1)} s):`);
    table(
      ['commit', 'p50 ms', 'p95 ms', 'p99 ms', 'n'],
      auto.rows.map((r) => [r.what, r.p50.toFixed(2), r.p95.toFixed(2), r.p99.toFixed(2), String(r.n)]),
    );
  }
  if (runs('core')) {
    const core = await benchCore({ rounds: ROUNDS });
    console.log(`\nStart-up and lists as the years accumulate (${sizeLine(core)}):`);
    const [head, ...rows] = coreTable(core);
    table(head, rows, { lastIsTotal: false });
  }
  if (runs('followup')) {
    const f = await benchFollowUp({ rounds: ROUNDS });
    console.log(`\nThe tracker's queries, filters and searches (${followUpSizeLine(f)}):`);
    const [head, ...rows] = followUpTable(f);
    table(head, rows, { lastIsTotal: false });
  }
  if (runs('report')) {
    const r = await benchReport({ rounds: Math.min(ROUNDS, 20) });
    console.log(`\nThe campaign summary report of a campaign of ${r.units} units (${r.kib.toFixed(0)} KiB, two charts):`);
    const [head, ...rows] = r.rows;
    table(head, rows);
  }
  if (runs('search')) {
    const s = benchSearch({ rounds: ROUNDS });
    console.log(`\nSearch and phrase suggestions as the years accumulate (${searchSizeLine(s)}):`);
    const [head, ...rows] = searchTable(s);
    table(head, rows, { lastIsTotal: false });
  }
  if (runs('backup')) {
    const [head, ...rows] = await benchBackup();
    console.log('\nOne backup of a database of realistic size:');
    table(head, rows, { lastIsTotal: false });
  }
  if (runs('preview')) {
    const [head, ...rows] = await benchPreview();
    console.log('\nDocument preview in Chromium, from the click to page 1 and to the last page (bench/preview.ts):');
    table(head, rows, { lastIsTotal: false });
  }
}

async function documentsBench() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-bench-'));
  const core = createCore({ dataDir });
  try {
    core.handlers['demo.load']({} as never);
    const inputs: [string, ModelInput][] = Object.entries(DEMOS).map(([name, id]) => [name, loadModelInput(core.records, id)]);

    console.log(`BienBan document bench: Node ${process.version}, ${os.cpus()[0]?.model ?? 'CPU'}, ${ROUNDS} rounds after ${WARMUP} warm-up\n`);
    const rows: string[][] = [];
    const ours: number[] = [];
    const floors: number[] = [];
    const dxts: number[] = [];
    const models: number[] = [];
    for (const [name, input] of inputs) {
      for (const type of ['minutes', 'conclusion'] as const) {
        const template = TEMPLATES[type];
        const model = buildModel(input, type, { number: 5, issuedDate: '2022-10-20' });
        const m = stats(await time(() => buildModel(input, type, { number: 5, issuedDate: '2022-10-20' }), ROUNDS, WARMUP));
        const g = stats(await time(() => generateDocument(template, buildModel(input, type, { number: 5, issuedDate: '2022-10-20' })), ROUNDS, WARMUP));
        const f = stats(await time(() => floor(template), ROUNDS, WARMUP));
        const d = stats(await time(() => docxtemplater(template, model), ROUNDS, WARMUP));
        models.push(m.median);
        ours.push(g.median);
        floors.push(f.median);
        dxts.push(d.median);
        rows.push([
          `${name} / ${type === 'minutes' ? 'biên bản' : 'thông báo'}`, m.median.toFixed(2), g.median.toFixed(1), g.p95.toFixed(1),
          f.median.toFixed(1), d.median.toFixed(1), `${(g.median / f.median).toFixed(2)}×`, `${(g.median / d.median).toFixed(2)}×`,
        ]);
      }
    }
    const med = (xs: number[]) => stats(xs).median;
    rows.push(['median of all', med(models).toFixed(2), med(ours).toFixed(1), stats(ours).p95.toFixed(1), med(floors).toFixed(1), med(dxts).toFixed(1),
      `${(med(ours) / med(floors)).toFixed(2)}×`, `${(med(ours) / med(dxts)).toFixed(2)}×`]);
    table(['document', 'model ms', 'ours ms (median)', 'ours p95', 'floor ms', 'docxtemplater ms', 'ours/floor', 'ours/docxt.'], rows);

    // 100 conclusion notices in one batch, cycling through the demo inspections.
    const t = performance.now();
    let bytes = 0;
    for (let k = 0; k < BATCH; k++) {
      const input = inputs[k % inputs.length][1];
      const out = await generateDocument(TEMPLATES.conclusion, buildModel(input, 'conclusion', { number: k + 1, issuedDate: '2022-10-20' }));
      bytes += out.length;
    }
    const total = (performance.now() - t) / 1000;
    console.log(`\n${BATCH} thông báo kết luận in one batch: ${total.toFixed(2)} s total, ${((total * 1000) / BATCH).toFixed(1)} ms each, ${(bytes / BATCH / 1024).toFixed(1)} KiB each`);
    console.log('\nfloor = unzip + rezip of the same template (fflate); docxtemplater = the same text fields with docxtemplater + pizzip.');
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Prints aligned columns; the last row is set apart as a total unless `lastIsTotal` is false. */
function table(head: string[], rows: string[][], { lastIsTotal = true } = {}) {
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]) => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r, k) => {
    if (lastIsTotal && k === rows.length - 1) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    console.log(line(r));
  });
}

if (!process.argv.includes('--ui-only')) await main();
// `--only <section>` runs that section alone, without the UI part.
if (!process.argv.includes('--no-ui') && !ONLY) await (await import('./ui')).runUiBench();

// How long the campaign summary report takes for a campaign of 40 inspected units (a generated
// one-year province, electron/core/demo/province.ts): the records read, the model built, the two
// charts drawn (echarts SSR + resvg), the template filled and the pictures embedded. Times each
// part on its own and the whole draft. Asserts nothing; returns table rows for bench/run.ts.
// Run alone: npx tsx bench/report.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chartImages } from '../electron/core/campaign-docs/charts';
import { loadCampaignInput } from '../electron/core/campaign-docs/context';
import { generateCampaignDocument } from '../electron/core/campaign-docs/generate';
import { createCore } from '../electron/core/core';
import { generateProvince } from '../electron/core/demo/province';
import { buildReportModel } from '../shared/campaign-report/report-model';
import { stats, timedAsync as time } from './stats';


export async function benchReport(opts: { rounds?: number; warmup?: number } = {}): Promise<{ units: number; kib: number; rows: string[][] }> {
  const rounds = opts.rounds ?? 20;
  const warmup = opts.warmup ?? 3;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-bench-report-'));
  const core = createCore({ dataDir, clock: () => new Date('2026-06-01T03:00:00Z') });
  try {
    generateProvince(core, { years: 1, seed: 7, inspectionsPerYear: 40, lastYear: 2025 });
    const campaignId = core.records.listCampaigns()[0].id;
    const req = { campaignId, kind: 'report' as const };
    const template = await core.templates.active('report');
    const input = loadCampaignInput(core.records, campaignId);
    const model = buildReportModel(input, { number: null, issuedDate: null, today: '2026-06-01' });
    const images = chartImages(model);
    const parts: [string, () => unknown][] = [
      ['records read (40 inspections)', () => loadCampaignInput(core.records, campaignId)],
      ['model', () => buildReportModel(input, { number: null, issuedDate: null, today: '2026-06-01' })],
      ['charts (2 PNG)', () => chartImages(model)],
      ['fill + embed', () => generateCampaignDocument(template.bytes, model, images)],
      ['whole draft', () => core.campaignDocs.renderDraft(req)],
    ];
    const rows: string[][] = [];
    let kib = 0;
    for (const [what, fn] of parts) {
      const s = stats(await time(fn, rounds, warmup));
      rows.push([what, s.median.toFixed(1), s.p95.toFixed(1), String(s.n)]);
    }
    kib = (await core.campaignDocs.renderDraft(req)).bytes.length / 1024;
    return { units: input.units.length, kib, rows: [['part', 'median ms', 'p95 ms', 'n'], ...rows] };
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('bench', 'report.ts'))) {
  const r = await benchReport();
  console.log(`Campaign report, ${r.units} units, ${r.kib.toFixed(0)} KiB:`);
  for (const row of r.rows) console.log(row.map((c, k) => (k === 0 ? c.padEnd(32) : c.padStart(10))).join(''));
}

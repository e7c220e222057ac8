// How the core's start-up and lists grow with the years kept: a generated ten-year province and a
// one-year one (electron/core/demo/province.ts), each with both documents issued for every inspection
// (issued documents are kept for ever and are most of the file), timed side by side:
//   start          createCore on the closed file after a clean shutdown, and after an unclean one
//                  (no clean-shutdown marker: the full integrity_check runs)
//   documents.list of one inspection: the first call after the start (models built) and repeated
//   followUp.list  one campaign / all; followUp.overdueCount
//   inspections.list one campaign / all; inspections.counts
// Prints median and p95 per row and the ten-year/one-year ratio of the medians. Asserts nothing.
// Run alone: npx tsx bench/core.ts [--rounds 30]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/core/core';
import { cleanMarkerPath } from '../electron/core/db/clean-shutdown';
import { generateProvince } from '../electron/core/demo/province';
import { stats, timed, type Stats } from './stats';

export interface CoreBenchRow { what: string; one: Stats; ten: Stats }
export interface CoreBenchResult { rows: CoreBenchRow[]; sizes: { one: ProvinceSize; ten: ProvinceSize } }
interface ProvinceSize { inspections: number; bytes: number; setupMs: number }


/** The issuing side both benches' provinces are issued under. */
export const BENCH_SETTINGS = {
  province: 'Sơn Vân', superiorBody: 'UBND TỈNH SƠN VÂN', issuingBody: 'SỞ NỘI VỤ',
  teamBodyName: 'ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH', placeName: 'Sơn Vân', teamSymbol: 'ĐKT', issuerSymbol: 'SNV',
};

/** A closed data folder holding a province of `years` years with both documents issued for every inspection. */
async function buildProvince(years: number): Promise<{ dir: string; ids: string[]; size: ProvinceSize }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bienban-bench-core-${years}y-`));
  const t0 = performance.now();
  const core = createCore({ dataDir: dir });
  try {
    core.handlers['settings.save'](BENCH_SETTINGS);
    const p = generateProvince(core, { years, seed: 1 });
    const inspections = p.inspectionIds.map((id) => core.handlers['inspections.get']({ id }));
    for (const i of inspections) {
      const day = i.meetingDate ?? i.dateTo ?? i.dateFrom ?? '2025-06-30';
      await core.handlers['documents.issue']({ inspectionId: i.id, type: 'minutes', issuedDate: day });
      await core.handlers['documents.issue']({ inspectionId: i.id, type: 'conclusion', issuedDate: day });
    }
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    return { dir, ids: p.inspectionIds, size: { inspections: p.inspections, bytes: fs.statSync(core.dbPath).size, setupMs: performance.now() - t0 } };
  } finally {
    core.close();
  }
}

type Measures = Map<string, number[]>;

/** Every measure on one closed province folder. */
function measure(dir: string, ids: string[], rounds: number): Measures {
  const m: Measures = new Map();
  const dbPath = path.join(dir, 'bienban.sqlite');
  m.set('start after a clean shutdown (createCore)', timed(rounds, () => createCore({ dataDir: dir }).close()));
  m.set('start after an unclean shutdown (full integrity_check)', timed(Math.max(5, Math.floor(rounds / 3)), () => {
    fs.rmSync(cleanMarkerPath(dbPath), { force: true });
    createCore({ dataDir: dir }).close();
  }, 1));

  const core: Core = createCore({ dataDir: dir });
  try {
    // First list of an inspection since the start (nothing known yet: both models built), a different
    // inspection each round, then the same one again and again.
    const picks = Array.from({ length: Math.min(rounds, ids.length) }, (_, k) => ids[Math.floor((k * ids.length) / Math.min(rounds, ids.length))]);
    m.set('documents.list, first call for an inspection', timed(picks.length, (k) => core.handlers['documents.list']({ inspectionId: picks[k] }), 0));
    const one = ids[Math.floor(ids.length / 2)];
    m.set('documents.list, repeated', timed(rounds, () => core.handlers['documents.list']({ inspectionId: one })));

    const counts = core.handlers['inspections.counts']({});
    const newest = counts[0].campaignId;
    m.set('followUp.list, newest campaign', timed(rounds, () => core.handlers['followUp.list']({ campaignId: newest })));
    m.set('followUp.list, all campaigns', timed(Math.max(5, Math.floor(rounds / 3)), () => core.handlers['followUp.list']({}), 1));
    m.set('followUp.overdueCount', timed(rounds, () => core.handlers['followUp.overdueCount']({ today: '2025-12-31' })));
    m.set('inspections.list, newest campaign', timed(rounds, () => core.handlers['inspections.list']({ campaignId: newest })));
    m.set('inspections.list, all', timed(rounds, () => core.handlers['inspections.list']({})));
    m.set('inspections.counts', timed(rounds, () => core.handlers['inspections.counts']({})));
  } finally {
    core.close();
  }
  return m;
}

export async function benchCore(opts: { rounds?: number } = {}): Promise<CoreBenchResult> {
  const rounds = opts.rounds ?? 30;
  const one = await buildProvince(1);
  const ten = await buildProvince(10);
  try {
    const a = measure(one.dir, one.ids, rounds);
    const b = measure(ten.dir, ten.ids, rounds);
    return {
      rows: [...a.keys()].map((what) => ({ what, one: stats(a.get(what)!), ten: stats(b.get(what)!) })),
      sizes: { one: one.size, ten: ten.size },
    };
  } finally {
    for (const d of [one.dir, ten.dir]) fs.rmSync(d, { recursive: true, force: true });
  }
}

/** The result as table rows: median and p95 for each province, and the ratio of the medians. */
export function coreTable(r: CoreBenchResult): string[][] {
  return [
    ['operation', '1 y median ms', '1 y p95', '10 y median ms', '10 y p95', '10 y / 1 y'],
    ...r.rows.map((x) => [
      x.what, x.one.median.toFixed(2), x.one.p95.toFixed(2), x.ten.median.toFixed(2), x.ten.p95.toFixed(2),
      `${(x.ten.median / x.one.median).toFixed(1)}×`,
    ]),
  ];
}

export const sizeLine = (r: CoreBenchResult): string => {
  const f = (s: ProvinceSize) => `${s.inspections} inspections, ${(s.bytes / 1_000_000).toFixed(1)} MB, built in ${(s.setupMs / 1000).toFixed(1)} s`;
  return `one year: ${f(r.sizes.one)}; ten years: ${f(r.sizes.ten)} (both documents issued for every inspection)`;
};

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const k = process.argv.indexOf('--rounds');
  const r = await benchCore({ rounds: k > 0 ? Number(process.argv[k + 1]) : 30 });
  console.log(sizeLine(r));
  for (const row of coreTable(r)) console.log(row.join('\t'));
}

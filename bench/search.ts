// Search (Ctrl+F, search.query) and phrase reuse (search.phrases) as the years accumulate: a generated
// one-year and ten-year province (electron/core/demo/province.ts; its sentences repeat, so common
// words match thousands of rows: the hard case for ranking). Eight terms typed as a secretary types
// them (no diacritics, a word still being typed), then phrase suggestions for a finding and a
// recommendation. Prints median and p95 per query and the ten-year/one-year ratio. Asserts nothing.
// Run alone: npx tsx bench/search.ts [--rounds 30]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/core/core';
import { generateProvince } from '../electron/core/demo/province';
import type { PhraseQuery } from '../shared/search';
import { stats } from './stats';

export interface Stats { median: number; p95: number; n: number; hits: number }
export interface SearchBenchRow { what: string; one: Stats; ten: Stats }
export interface SearchBenchResult {
  rows: SearchBenchRow[];
  sizes: { one: Size; ten: Size };
}
interface Size { inspections: number; indexRows: number; setupMs: number }

const TERMS = ['tan son', 'muong m', 'thu tuc hanh chinh', 'mot cua', 'qua han', 'nguyen van', 'so tu phap', 'ho'];
const PHRASES: PhraseQuery[] = [
  { text: 'chua cap nhat day du', kind: 'finding' },
  { text: 'ra soat thuc hien xin', kind: 'recommendation' },
  { text: 'day manh so hoa ho so', kind: 'recommendation' },
];

function timed(rounds: number, fn: () => number, warmup = 3): Stats {
  let hits = 0;
  for (let k = 0; k < warmup; k++) hits = fn();
  const out: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const t = performance.now();
    hits = fn();
    out.push(performance.now() - t);
  }
  return { ...stats(out), hits };
}

function province(years: number): { core: Core; dir: string; size: Size } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bienban-bench-search-${years}y-`));
  const t0 = performance.now();
  const core = createCore({ dataDir: dir });
  const p = generateProvince(core, { years, seed: 1 });
  const indexRows = core.db.prepare('SELECT count(*) FROM search_index').pluck().get() as number;
  return { core, dir, size: { inspections: p.inspections, indexRows, setupMs: performance.now() - t0 } };
}

export function benchSearch(o: { rounds: number }): SearchBenchResult {
  const one = province(1);
  const ten = province(10);
  try {
    const rows: SearchBenchRow[] = [];
    const both = (what: string, fn: (c: Core) => number) => rows.push({ what, one: timed(o.rounds, () => fn(one.core)), ten: timed(o.rounds, () => fn(ten.core)) });
    for (const text of TERMS) both(`search.query "${text}"`, (c) => c.handlers['search.query']({ text }).length);
    for (const q of PHRASES) both(`search.phrases ${q.kind} "${q.text}"`, (c) => c.handlers['search.phrases'](q).length);
    return { rows, sizes: { one: one.size, ten: ten.size } };
  } finally {
    for (const p of [one, ten]) {
      p.core.close();
      fs.rmSync(p.dir, { recursive: true, force: true });
    }
  }
}

export function searchTable(r: SearchBenchResult): string[][] {
  return [
    ['query', 'hits', '1 year median ms', 'p95', '10 years median ms', 'p95', '10y/1y'],
    ...r.rows.map((x) => [
      x.what, String(x.ten.hits), x.one.median.toFixed(2), x.one.p95.toFixed(2), x.ten.median.toFixed(2), x.ten.p95.toFixed(2),
      `${(x.ten.median / x.one.median).toFixed(1)}×`,
    ]),
  ];
}

export const searchSizeLine = (r: SearchBenchResult): string =>
  `one year: ${r.sizes.one.inspections} inspections, ${r.sizes.one.indexRows} index rows, built in ${(r.sizes.one.setupMs / 1000).toFixed(1)} s; ` +
  `ten years: ${r.sizes.ten.inspections} inspections, ${r.sizes.ten.indexRows} index rows, built in ${(r.sizes.ten.setupMs / 1000).toFixed(1)} s`;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const k = process.argv.indexOf('--rounds');
  const r = benchSearch({ rounds: k > 0 ? Number(process.argv[k + 1]) : 30 });
  console.log(`Search on a generated province (${searchSizeLine(r)}):`);
  for (const row of searchTable(r)) console.log(row.join(' | '));
}

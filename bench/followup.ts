// The tracker's queries as the years accumulate: a generated one-year and ten-year province
// (electron/core/demo/province.ts), with follow-up records added the way a secretary would over the
// years: a fifth of the deadlines written as wordings ("trong quý IV/2024"), one recommendation in ten
// extended (through followUp.extend), one in five covered by a unit's report (half assessed), and about
// 16 history lines per recommendation (≈100,000 at ten years). Then, median and p95 per query:
//   followUp.query   each view, filter and order, the first page (100 lines); after a status saved
//                    from the tracker, a finding or a recommendation typed in an inspection (its lines
//                    read again), a unit renamed (every lean line read again);
//                    searches, and a search typed letter by letter
//   followUp.history one recommendation; followUp.overdueCount
// and the ten-year/one-year ratio of the medians. Asserts nothing.
// Run alone: npx tsx bench/followup.ts [--rounds 30]   (or npm run bench -- --only followup)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createCore, type Core } from '../electron/core/core';
import { generateProvince, seededRandom } from '../electron/core/demo/province';
import { appendHistory, type HistoryEntry } from '../electron/core/repos/history';
import type { TrackerQuery } from '../shared/follow-up/tracker';
import { stats, timed, type Stats } from './stats';

export interface FollowBenchRow { what: string; one: Stats; ten: Stats }
export interface FollowBenchResult { rows: FollowBenchRow[]; sizes: { one: Size; ten: Size } }
interface Size { recommendations: number; history: number; extensions: number; setupMs: number }


const HISTORY_PER_REC = 16;

/** Follow-up records over the generated recommendations (deterministic from the seed). */
function addFollowUp(core: Core, seed: number): Omit<Size, 'setupMs'> {
  const rnd = seededRandom(seed);
  const db = core.db;
  const recs = db.prepare(`SELECT rec.id, rec.inspection_id, rec.remedy_deadline, c.year FROM recommendations rec
    JOIN inspections i ON i.id = rec.inspection_id JOIN campaigns c ON c.id = i.campaign_id WHERE rec.deleted_at IS NULL`).all() as
    { id: string; inspection_id: string; remedy_deadline: string | null; year: number }[];
  const wording = db.prepare("UPDATE recommendations SET remedy_deadline = NULL, remedy_deadline_note = ? WHERE id = ?");
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const r of recs) if (rnd() < 0.2) wording.run(rnd() < 0.5 ? `trong quý IV/${r.year}` : `trước 31/12`, r.id);
  })();
  let extensions = 0;
  for (const r of recs) {
    if (rnd() >= 0.1) continue;
    const res = core.handlers['followUp.extend']({ recommendationId: r.id, newDeadline: `${r.year + 1}-06-30`, reason: 'Chờ bố trí kinh phí', decidedDate: `${r.year}-12-15` });
    if (res.id) extensions++;
  }
  const reports = new Map<string, string>();
  const report = db.prepare("INSERT INTO remediation_reports (id, inspection_id, received_date, doc_number, created_at, updated_at) VALUES (?, ?, ?, '', ?, ?)");
  const item = db.prepare('INSERT INTO remediation_report_items (report_id, recommendation_id, assessment, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const r of recs) {
      if (rnd() >= 0.2) continue;
      let rep = reports.get(r.inspection_id);
      if (!rep) { rep = randomUUID(); reports.set(r.inspection_id, rep); report.run(rep, r.inspection_id, `${r.year + 1}-01-15`, now, now); }
      item.run(rep, r.id, rnd() < 0.5 ? null : rnd() < 0.7 ? 'accepted' : 'not_accepted', now, now);
    }
  })();
  const kinds = ['result', 'status', 'reminder', 'report', 'assessment'] as const;
  db.transaction(() => {
    const batch: HistoryEntry[] = [];
    for (const r of recs) {
      for (let k = 0; k < HISTORY_PER_REC; k++) batch.push({ recommendationId: r.id, kind: kinds[k % kinds.length], fromValue: '', toValue: `Lần ${k + 1}` });
    }
    appendHistory(db, now, batch);
  })();
  const history = (db.prepare('SELECT count(*) AS n FROM recommendation_history').get() as { n: number }).n;
  return { recommendations: recs.length, history, extensions };
}

async function buildProvince(years: number): Promise<{ dir: string; size: Size }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bienban-bench-followup-${years}y-`));
  const t0 = performance.now();
  const core = createCore({ dataDir: dir });
  try {
    generateProvince(core, { years, seed: 1 });
    const added = addFollowUp(core, 7);
    return { dir, size: { ...added, setupMs: performance.now() - t0 } };
  } finally {
    core.close();
  }
}

type Measures = Map<string, number[]>;

function measure(dir: string, rounds: number): Measures {
  const m: Measures = new Map();
  const core = createCore({ dataDir: dir });
  try {
    const h = core.handlers;
    const today = '2025-12-20';
    const newest = h['inspections.counts']({})[0].campaignId;
    const any = h['followUp.query']({ today, filters: { view: 'all' }, limit: 1 }).rows[0];
    const q = (filters: TrackerQuery['filters'], sort: TrackerQuery['sort'] = 'urgency'): TrackerQuery => ({ today, filters, sort, offset: 0, limit: 100 });
    // A status saved from the tracker re-reads its inspection's lines; any other write, every line.
    m.set('status saved from the tracker + first page, all campaigns', timed(rounds, () => {
      h['followUp.setStatus']({ inspectionId: any.inspectionId, recommendationId: any.recommendationId, status: any.storedStatus, statusNote: any.statusNote });
      h['followUp.query'](q({ view: 'unfinished' }));
    }));
    const insp = h['inspections.get']({ id: any.inspectionId });
    m.set('finding typed in an inspection (autosave) + first page', timed(rounds, (k) => {
      h['inspections.save']({ ...insp, findings: insp.findings.map((f, j) => (j === 0 ? { ...f, text: `${f.text} ${k}` } : f)) });
      h['followUp.query'](q({ view: 'unfinished' }));
    }));
    m.set('recommendation typed in an inspection (autosave) + first page', timed(rounds, (k) => {
      h['inspections.save']({ ...insp, recommendations: insp.recommendations.map((r, j) => (j === 0 ? { ...r, content: `${r.content} ${k}` } : r)) });
      h['followUp.query'](q({ view: 'unfinished' }));
    }));
    const unit = h['units.list']({}).find((u) => u.id === any.unitId)!;
    m.set('unit renamed + first page (every line read again)', timed(Math.max(5, Math.floor(rounds / 2)), (k) => {
      h['units.save']({ ...unit, name: `${unit.name}${k % 2 ? ' ' : ''}`.trim() + (k % 2 ? ' (1)' : '') });
      h['followUp.query'](q({ view: 'unfinished' }));
    }));
    const queries: [string, TrackerQuery][] = [
      ['unfinished, newest campaign (the screen opening)', q({ view: 'unfinished', campaignId: newest })],
      ['unfinished, all campaigns', q({ view: 'unfinished' })],
      ['all, all campaigns', q({ view: 'all' })],
      ['overdue, all campaigns', q({ view: 'overdue' })],
      ['reported, all campaigns', q({ view: 'reported' })],
      ['one team', q({ view: 'all', ...(any.teamId ? { teamId: any.teamId } : {}) })],
      ['one unit', q({ view: 'all', ...(any.unitId ? { unitId: any.unitId } : {}) })],
      ['one area', q({ view: 'all', areaName: any.areaName })],
      ['due in 2025', q({ view: 'all', dueFrom: '2025-01-01', dueTo: '2025-12-31' })],
      ['sorted by due date', q({ view: 'all' }, 'due')],
      ['sorted by unit', q({ view: 'all' }, 'unit')],
      ['page 30 (offset 3,000)', { ...q({ view: 'all' }), offset: 3000 }],
    ];
    for (const [what, query] of queries) m.set(`query: ${what}`, timed(rounds, () => h['followUp.query'](query)));
    const searches = ['muong lay', 'ma thi ho', 'so tu phap', 'kinh phi', 'chuyen doi so', 'zzz khong co'];
    for (const s of searches) m.set(`search "${s}"`, timed(rounds, () => h['followUp.query'](q({ view: 'all', search: s }))));
    const typed = 'huoi leng';
    m.set(`search typed letter by letter ("${typed}", per letter)`, timed(rounds * typed.length, (k) => h['followUp.query'](q({ view: 'all', search: typed.slice(0, (k % typed.length) + 1) }))));
    m.set('followUp.history, one recommendation', timed(rounds, () => h['followUp.history']({ recommendationId: any.recommendationId })));
    m.set('followUp.overdueCount', timed(rounds, () => h['followUp.overdueCount']({ today })));
  } finally {
    core.close();
  }
  return m;
}

export async function benchFollowUp(opts: { rounds?: number } = {}): Promise<FollowBenchResult> {
  const rounds = opts.rounds ?? 30;
  const one = await buildProvince(1);
  const ten = await buildProvince(10);
  try {
    const a = measure(one.dir, rounds);
    const b = measure(ten.dir, rounds);
    return { rows: [...a.keys()].map((what) => ({ what, one: stats(a.get(what)!), ten: stats(b.get(what)!) })), sizes: { one: one.size, ten: ten.size } };
  } finally {
    for (const d of [one.dir, ten.dir]) fs.rmSync(d, { recursive: true, force: true });
  }
}

export function followUpTable(r: FollowBenchResult): string[][] {
  return [
    ['operation', '1 y median ms', '1 y p95', '10 y median ms', '10 y p95', '10 y / 1 y'],
    ...r.rows.map((x) => [x.what, x.one.median.toFixed(2), x.one.p95.toFixed(2), x.ten.median.toFixed(2), x.ten.p95.toFixed(2), `${(x.ten.median / x.one.median).toFixed(1)}×`]),
  ];
}

export const followUpSizeLine = (r: FollowBenchResult): string => {
  const f = (s: Size) => `${s.recommendations} recommendations, ${s.history} history lines, ${s.extensions} extensions, built in ${(s.setupMs / 1000).toFixed(1)} s`;
  return `one year: ${f(r.sizes.one)}; ten years: ${f(r.sizes.ten)}`;
};

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const k = process.argv.indexOf('--rounds');
  const r = await benchFollowUp({ rounds: k > 0 ? Number(process.argv[k + 1]) : 30 });
  console.log(followUpSizeLine(r));
  for (const row of followUpTable(r)) console.log(row.join('\t'));
}

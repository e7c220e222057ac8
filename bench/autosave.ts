// What one autosave costs on a realistic database: a ten-year province (400 inspections, 6,000
// findings, 6,000 recommendations), then ~300 commits of a one-field change of one finding through
// handlers['inspections.save'] (the whole inspection is sent, as the editor does; only the changed
// row is written), next to a bare one-row UPDATE of the same finding in the same run (the floor).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core';
import { generateProvince } from '../electron/core/demo/province';

export interface AutosaveRow { what: string; p50: number; p95: number; p99: number; n: number }

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

function summarize(what: string, ms: number[]): AutosaveRow {
  const s = [...ms].sort((a, b) => a - b);
  return { what, p50: quantile(s, 0.5), p95: quantile(s, 0.95), p99: quantile(s, 0.99), n: s.length };
}

export async function autosaveBench(opts: { saves?: number; years?: number } = {}): Promise<{ rows: AutosaveRow[]; setupMs: number; inspections: number }> {
  const saves = opts.saves ?? 300;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-bench-autosave-'));
  const core = createCore({ dataDir });
  try {
    const t0 = performance.now();
    const province = generateProvince(core, { years: opts.years ?? 10, seed: 1 });
    const setupMs = performance.now() - t0;
    // An inspection in the middle of the history, as the secretary would reopen one.
    const id = province.inspectionIds[Math.floor(province.inspectionIds.length / 2)];
    const base = core.handlers['inspections.get']({ id });
    const finding = base.findings[7];

    const viaSave: number[] = [];
    for (let k = 0; k < saves; k++) {
      const edited = { ...base, findings: base.findings.map((f) => (f.id === finding.id ? { ...f, text: `${finding.text} (sửa lần ${k})` } : f)) };
      const t = performance.now();
      core.handlers['inspections.save'](edited);
      viaSave.push(performance.now() - t);
    }
    const update = core.db.prepare('UPDATE findings SET text = ?, updated_at = ? WHERE id = ?');
    const bare: number[] = [];
    for (let k = 0; k < saves; k++) {
      const t = performance.now();
      update.run(`${finding.text} (cập nhật ${k})`, new Date().toISOString(), finding.id);
      bare.push(performance.now() - t);
    }
    return {
      rows: [summarize("handlers['inspections.save'], one field of one finding", viaSave), summarize('one-row UPDATE (floor)', bare)],
      setupMs,
      inspections: province.inspections,
    };
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

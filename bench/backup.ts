// How long one backup takes (integrity_check + SQLite's online backup + switching the copy to a
// single file) on a database of realistic size: the demo inspections saved again and again under
// new ids until the file is about 15 MB (several campaigns of a province). Asserts nothing; returns
// table rows for bench/run.ts. Run alone: npx tsx bench/backup.ts
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/core/core';
import { DEMO_INSPECTIONS } from '../electron/core/demo/ids';
import type { Inspection } from '../shared/records';

const TARGET_BYTES = 15_000_000;

/** The ids the inspection owns (its own and its rows'); references to campaigns, units, teams stay. */
function ownIds(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => ownIds(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.add(v);
      else ownIds(v, out);
    }
  }
  return out;
}

function copyWithNewIds(i: Inspection): Inspection {
  let json = JSON.stringify(i);
  for (const id of ownIds(i)) json = json.split(id).join(randomUUID());
  return JSON.parse(json) as Inspection;
}

function fileSize(core: Core): number {
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  return fs.statSync(core.dbPath).size;
}

/** Fills a fresh data folder to about 15 MB and times `rounds` backups of it. */
export async function benchBackup(rounds = 5): Promise<string[][]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-bench-backup-'));
  const core = createCore({ dataDir });
  try {
    core.handlers['demo.load']({});
    const originals = Object.values(DEMO_INSPECTIONS).map((id) => core.handlers['inspections.get']({ id }));
    let saved = 0;
    while (fileSize(core) < TARGET_BYTES) {
      const batch = core.db.transaction(() => {
        for (let k = 0; k < 50; k++) core.handlers['inspections.save'](copyWithNewIds(originals[(saved + k) % originals.length]));
      });
      batch();
      saved += 50;
    }
    const size = fileSize(core);
    const ms: number[] = [];
    for (let k = 0; k < rounds; k++) {
      const t = performance.now();
      await core.backups.now();
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    const mb = (size / 1_000_000).toFixed(1);
    return [
      ['backup', 'database', 'inspections', 'median ms', 'max ms'],
      ['one backup (integrity_check + online backup)', `${mb} MB`, String(saved + originals.length), ms[Math.floor(ms.length / 2)].toFixed(0), ms[ms.length - 1].toFixed(0)],
    ];
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const rows = await benchBackup();
  for (const r of rows) console.log(r.join('\t'));
}

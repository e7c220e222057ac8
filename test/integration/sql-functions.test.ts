// Every SQL function the app defines is registered once, when the database opens (db/sql-functions.ts):
// a fresh connection can run any query or trigger that calls one, whatever ran before it.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/database';
import { SQL_FUNCTIONS } from '../../electron/core/db/sql-functions';
import { DUE_SQL, FOLLOWED_FROM, FOLLOWED_WHERE } from '../../electron/core/repos/follow-sql';
import { tempDir } from '../helpers';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

function open() {
  const dir = tempDir();
  dirs.push(dir);
  return openDatabase(path.join(dir, 'bienban.sqlite'));
}

it('defines every SQL function of the app on a freshly opened connection, before any repository runs', () => {
  const db = open();
  try {
    expect(db.prepare("SELECT fold('Mường Chà, Điện Biên') AS v").get()).toEqual({ v: 'muong cha, dien bien' });
    // "trong quý IV/2023" is read as its last day; the latest extension wins over it.
    expect(db.prepare("SELECT bb_due_date(NULL, 'trong quý IV/2023', NULL, '2023-06-01') AS v").get()).toEqual({ v: '2023-12-31' });
    expect(db.prepare("SELECT bb_due_date(NULL, 'trong quý IV/2023', '2024-03-31', '2023-06-01') AS v").get()).toEqual({ v: '2024-03-31' });
    expect(db.prepare("SELECT bb_follow_status('2024-01-01', 7, 'open', '2023-12-31', '', NULL, NULL, NULL) AS v").get()).toEqual({ v: 'overdue' });
    expect(db.prepare("SELECT bb_follow_status('2024-01-01', 7, 'open', '2023-12-31', '', NULL, NULL, 'pending') AS v").get()).toEqual({ v: 'reported' });
    // With no tracker listening, the tracker's hook does nothing and returns NULL.
    expect(db.prepare('SELECT bb_tracker_dirty(NULL) AS v').get()).toEqual({ v: null });
    // A follow-up query straight after open (no repository asked for the functions first).
    expect(() => db.prepare(`SELECT ${DUE_SQL} ${FOLLOWED_FROM} WHERE ${FOLLOWED_WHERE}`).all()).not.toThrow();
    for (const name of SQL_FUNCTIONS) expect(() => db.prepare(`SELECT ${name}(NULL${name === 'bb_follow_status' ? ', NULL'.repeat(7) : name === 'bb_due_date' ? ', NULL'.repeat(3) : ''})`).get(), name).not.toThrow();
  } finally {
    db.close();
  }
});

it('keeps the list of SQL functions in one module: no other source file defines one', () => {
  const root = path.resolve('electron');
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && /\.function\(\s*['"]/.test(fs.readFileSync(p, 'utf8')) && !p.endsWith(path.join('db', 'sql-functions.ts'))) offenders.push(p);
    }
  };
  walk(root);
  expect(offenders).toEqual([]);
  const defined = [...fs.readFileSync(path.join(root, 'core', 'db', 'sql-functions.ts'), 'utf8').matchAll(/\.function\(\s*'([a-z_]+)'/g)].map((m) => m[1]);
  expect(defined.sort()).toEqual([...SQL_FUNCTIONS].sort());
});

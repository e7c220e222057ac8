// One home for atomic writes: the target is whole or untouched, the temporary file has a name
// cleanStaleTemps recognises, and leftovers of a killed write are removed at the next start.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { cleanStaleTemps, tempNameFor, writeFileAtomic } from '../../electron/core/files/atomic-write';
import { tempDir } from '../helpers';

const dirs: string[] = [];
const dir = () => {
  const d = tempDir('bienban-atomic-');
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** The pid of a process that has exited (so cannot be writing anything). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

describe('writeFileAtomic', () => {
  it('writes bytes or text, replaces the old file, and leaves no temporary file', () => {
    const d = dir();
    const target = path.join(d, 'Biên bản.docx');
    writeFileAtomic(target, 'bản một');
    writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(d)).toEqual(['Biên bản.docx']);
  });

  it('on failure removes its temporary file and leaves the target as it was', () => {
    const d = dir();
    const target = path.join(d, 'a.json');
    writeFileAtomic(target, 'cũ');
    fs.mkdirSync(path.join(d, 'folder.json'));
    expect(() => writeFileAtomic(path.join(d, 'folder.json'), 'mới')).toThrow();
    expect(fs.readdirSync(d).sort()).toEqual(['a.json', 'folder.json']);
    expect(fs.readFileSync(target, 'utf8')).toBe('cũ');
  });
});

describe('cleanStaleTemps', () => {
  it('removes leftovers of a process that is gone, keeps live writes and every other file', () => {
    const d = dir();
    const dead = path.join(d, `.bienban.sqlite.bak.bienban-${deadPid()}-0123abcd.tmp`);
    const live = tempNameFor(path.join(d, 'x.docx')); // this process: may be writing right now
    const others = ['.hidden.tmp', 'notes.tmp', 'bienban.sqlite', `.x.docx.${process.pid}.tmp`];
    for (const f of [dead, live, ...others.map((o) => path.join(d, o))]) fs.writeFileSync(f, 'x');
    expect(cleanStaleTemps(d)).toEqual([path.basename(dead)]);
    expect(fs.readdirSync(d).sort()).toEqual([path.basename(live), ...others].sort());
    // A day later even a live pid's leftover is stale (pids are reused).
    const later = new Date(fs.statSync(live).mtimeMs + 25 * 60 * 60 * 1000);
    expect(cleanStaleTemps(d, later)).toEqual([path.basename(live)]);
    expect(cleanStaleTemps(path.join(d, 'missing'))).toEqual([]);
  });

  it('runs when the core starts, in the data folder and its templates folder', () => {
    const d = dir();
    fs.mkdirSync(path.join(d, 'templates'));
    const pid = deadPid();
    const a = path.join(d, `.kiem-tra.json.bienban-${pid}-00ff00ff.tmp`);
    const b = path.join(d, 'templates', `.minutes.docx.bienban-${pid}-a1b2c3d4.tmp`);
    fs.writeFileSync(a, 'half');
    fs.writeFileSync(b, 'half');
    createCore({ dataDir: d }).close();
    expect(fs.existsSync(a)).toBe(false);
    expect(fs.existsSync(b)).toBe(false);
  });
});

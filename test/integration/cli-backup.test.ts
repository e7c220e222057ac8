import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/core/cli/run';
import { createCore } from '../../electron/core/core';
import { tempDir } from '../helpers';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

async function run(dir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', dir], { out: (s) => out.push(s), err: (s) => err.push(s), env: {}, cwd: dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function withUnits(dir: string, ...names: string[]): void {
  const core = createCore({ dataDir: dir });
  for (const name of names) core.handlers['units.save']({ id: randomUUID(), name, levelId: null, parentId: null, address: '', email: '', representatives: [] });
  core.close();
}
function unitNames(dir: string): string[] {
  const core = createCore({ dataDir: dir });
  try {
    return core.handlers['units.list']({}).map((u) => u.name).sort();
  } finally {
    core.close();
  }
}

describe('command line: backup and restore', () => {
  it('backup --out copies a fresh backup out; restore F brings it back and keeps the data before', async () => {
    const dir = tempDir('bienban-cli-backup-');
    dirs.push(dir);
    withUnits(dir, 'Đơn vị A');
    const backed = await run(dir, 'backup', '--out', 'usb.sqlite');
    expect(backed).toMatchObject({ code: 0, err: '' });
    expect(backed.out).toContain('Đã sao lưu dữ liệu vào');
    expect(fs.existsSync(path.join(dir, 'usb.sqlite'))).toBe(true);
    expect((await run(dir, 'backup', '--out', 'usb.sqlite')).code).toBe(1); // already there, no --force

    withUnits(dir, 'Đơn vị B');
    const restored = await run(dir, 'restore', 'usb.sqlite');
    expect(restored).toMatchObject({ code: 0, err: '' });
    expect(restored.out).toMatch(/Dữ liệu trước khi khôi phục được giữ lại: .*truoc-khoi-phuc\.sqlite/);
    expect(unitNames(dir)).toEqual(['Đơn vị A']);
  });

  it('restore works when the data file is too damaged to open, keeping the damaged file', async () => {
    const dir = tempDir('bienban-cli-restore-');
    dirs.push(dir);
    withUnits(dir, 'Đơn vị A');
    expect((await run(dir, 'backup', '--out', 'good.sqlite')).code).toBe(0);
    const dbPath = path.join(dir, 'bienban.sqlite');
    const damaged = Buffer.alloc(fs.statSync(dbPath).size, 0xa5);
    fs.writeFileSync(dbPath, damaged);
    expect((await run(dir, 'list')).code).toBe(1);

    const restored = await run(dir, 'restore', 'good.sqlite');
    expect(restored).toMatchObject({ code: 0, err: '' });
    const kept = /Tệp hỏng được giữ lại: (.*)$/.exec(restored.out)?.[1];
    expect(kept && fs.readFileSync(kept).equals(damaged)).toBe(true);
    expect(unitNames(dir)).toEqual(['Đơn vị A']);
  });

  it('a file that is not a backup is refused and the data stays as it was', async () => {
    const dir = tempDir('bienban-cli-refuse-');
    dirs.push(dir);
    withUnits(dir, 'Đơn vị A');
    fs.writeFileSync(path.join(dir, 'ghi-chu.txt'), 'không phải cơ sở dữ liệu');
    const res = await run(dir, 'restore', 'ghi-chu.txt');
    expect(res.code).toBe(1);
    expect(res.err).toContain('không phải bản sao lưu BienBan');
    expect(unitNames(dir)).toEqual(['Đơn vị A']);
    expect((await run(dir, 'restore')).code).toBe(2);
  });
});

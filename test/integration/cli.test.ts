// The command line, run as the user runs it: a child process per command, against temporary data folders.
import Database from 'better-sqlite3';
import { cli, cliAsync } from '../support/cli';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { resolveDataDir, userDataDir } from '../../electron/core/paths';
import { tempDir } from '../helpers';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function dir(): string {
  const d = tempDir('bienban-cli-');
  dirs.push(d);
  return d;
}


/** Every row of every table, to prove a failed command wrote nothing. */
function snapshot(dataDir: string): string {
  const db = new Database(path.join(dataDir, 'bienban.sqlite'), { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[];
    return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM ${name} ORDER BY 1`).all()]));
  } finally {
    db.close();
  }
}

function withCore<T>(dataDir: string, fn: (core: ReturnType<typeof createCore>) => T): T {
  const core = createCore({ dataDir });
  try {
    return fn(core);
  } finally {
    core.close();
  }
}

// Each child process starts tsx and the core (about a second, more on a busy machine).
describe('command line', { timeout: 120_000 }, () => {
  it('loads the demo and lists five inspections as JSON', () => {
    const d = dir();
    const demo = cli(['demo', '--data-dir', d]);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('5 cuộc kiểm tra');
    const list = cli(['list', '--json', '--data-dir', d]);
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.stdout) as { id: string; year: number; unitName: string; teamNumber: number | null }[];
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.id === DEMO_IDS.inspectionMuongCha2022)).toMatchObject({ year: 2022, teamNumber: 1, unitName: 'UBND huyện Mường Chà' });
    // The text form, and BIENBAN_DATA_DIR instead of --data-dir.
    const text = cli(['list'], { BIENBAN_DATA_DIR: d });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('03/10–06/10/2022');
    expect(text.stdout).toContain('Tổng cộng: 5 cuộc kiểm tra.');
    expect(text.stdout).toBe(text.stdout.normalize('NFC'));
    // Demo data never lands beside records: a second load is refused, nothing changes.
    const again = cli(['demo', '--years', '1', '--data-dir', d]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã có hồ sơ');
  });

  it('demo --years builds a generated province into an empty data folder', () => {
    const d = dir();
    const r = cli(['demo', '--years', '2', '--data-dir', d]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('2 đợt kiểm tra, 80 cuộc kiểm tra');
    expect(cli(['demo', '--years', 'mười', '--data-dir', dir()]).code).toBe(2);
  });

  it('round-trips an inspection through export and import into another data folder', () => {
    const from = dir();
    const to = dir();
    expect(cli(['demo', '--data-dir', from]).code).toBe(0);
    const file = path.join(dir(), 'muong-cha.json');
    const exp = cli(['export', DEMO_IDS.inspectionMuongCha2022, '--out', file, '--data-dir', from]);
    expect(exp.code, exp.stderr).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    // An existing file is not overwritten without --force.
    const again = cli(['export', DEMO_IDS.inspectionMuongCha2022, '--out', file, '--data-dir', from]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');

    const imp = cli(['import', file, '--data-dir', to]);
    expect(imp.code, imp.stderr).toBe(0);
    const id = DEMO_IDS.inspectionMuongCha2022;
    const a = withCore(from, (c) => c.handlers['inspections.get']({ id }));
    const b = withCore(to, (c) => c.handlers['inspections.get']({ id }));
    expect(b).toEqual(a);
    const ca = withCore(from, (c) => c.handlers['campaigns.get']({ id: a.campaignId }));
    const cb = withCore(to, (c) => c.handlers['campaigns.get']({ id: a.campaignId }));
    expect(cb).toEqual(ca);
  });

  it('refuses a malformed import, naming the field in Vietnamese, and changes nothing', () => {
    const from = dir();
    const to = dir();
    expect(cli(['demo', '--data-dir', from]).code).toBe(0);
    expect(cli(['demo', '--data-dir', to]).code).toBe(0);
    const good = path.join(dir(), 'good.json');
    expect(cli(['export', DEMO_IDS.inspectionHuyenDienBien2022, '--out', good, '--data-dir', from]).code).toBe(0);
    const doc = JSON.parse(fs.readFileSync(good, 'utf8'));

    const badDate = path.join(path.dirname(good), 'bad-date.json');
    const d1 = structuredClone(doc);
    d1.inspection.recommendations[0].remedyDeadline = '2022-13-45';
    d1.inspection.place = 'Đã sửa';
    fs.writeFileSync(badDate, JSON.stringify(d1));
    const badFormat = path.join(path.dirname(good), 'bad-format.json');
    fs.writeFileSync(badFormat, JSON.stringify({ ...doc, format: 'khac' }));

    const before = snapshot(to);
    const r1 = cli(['import', badDate, '--data-dir', to]);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toContain('Cuộc kiểm tra › Kiến nghị số 1 › Thời hạn khắc phục: Ngày không tồn tại');
    expect(r1.stderr).toContain('không có gì được nhập');
    const r2 = cli(['import', badFormat, '--data-dir', to]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('Định dạng tệp: Không phải tệp kiểm tra của BienBan');
    expect(snapshot(to)).toBe(before);
    expect(r1.stderr).toBe(r1.stderr.normalize('NFC'));
  });

  it('checks a good database, and reports a database newer than the app', () => {
    const d = dir();
    expect(cli(['demo', '--data-dir', d]).code).toBe(0);
    const ok = cli(['check', '--data-dir', d]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('integrity_check): ok');
    expect(ok.stdout).toContain('Kết quả: dữ liệu tốt.');

    const db = new Database(path.join(d, 'bienban.sqlite'));
    db.pragma('user_version = 99');
    db.close();
    const newer = cli(['check', '--data-dir', d]);
    expect(newer.code).toBe(1);
    expect(newer.stdout).toMatch(/\[LỖI\] Phiên bản lược đồ dữ liệu: 99, mới hơn/);
    const list = cli(['list', '--data-dir', d]);
    expect(list.code).toBe(1);
    expect(list.stderr).toContain('phiên bản BienBan mới hơn');
  });

  it('fails clearly, with a non-zero exit, on what was typed wrong', async () => {
    const d = dir();
    const cases: [string[], number, string][] = [
      [[], 2, 'Chưa nhập lệnh'],
      [['xoa'], 2, 'Lệnh không được hỗ trợ: "xoa"'],
      [['export', '--data-dir', d], 2, 'Thiếu mã cuộc kiểm tra'],
      [['export', 'abc', '--data-dir', d], 2, 'không đúng dạng'],
      [['list', '--out', 'x.json', '--data-dir', d], 2, 'Lệnh list không nhận tùy chọn --out'],
      [['list', '--bogus'], 2, 'Tùy chọn không được hỗ trợ: --bogus'],
      [['import', '--data-dir', d], 2, 'Thiếu tên tệp'],
      [['import', path.join(d, 'khong-co.json'), '--data-dir', d], 1, 'không tìm thấy tệp'],
      [['list', '--data-dir', path.join(d, 'khong-co')], 1, 'Chưa có dữ liệu'],
      [['check', '--data-dir', path.join(d, 'khong-co')], 1, 'Không tìm thấy tệp dữ liệu'],
    ];
    const results = await Promise.all(cases.map(([args]) => cliAsync(args)));
    for (const [k, [args, code, message]] of cases.entries()) {
      const r = results[k];
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stdout, args.join(' ')).toBe('');
    }
    // Failed reads did not create a database where none was.
    expect(fs.existsSync(path.join(d, 'khong-co'))).toBe(false);
    const help = cli(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--data-dir');
  });
});

describe('data folder', () => {
  it('is the per-user application folder of each platform', () => {
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\thu\\AppData\\Roaming' }, 'C:\\Users\\thu')).toBe('C:\\Users\\thu\\AppData\\Roaming\\BienBan');
    expect(userDataDir('darwin', {}, '/Users/thu')).toBe('/Users/thu/Library/Application Support/BienBan');
    expect(userDataDir('linux', {}, '/home/thu')).toBe('/home/thu/.config/BienBan');
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/thu')).toBe('/cfg/BienBan');
  });

  it('prefers an explicit folder, then BIENBAN_DATA_DIR, and makes it absolute', () => {
    expect(resolveDataDir('du-lieu', { BIENBAN_DATA_DIR: '/env' }, '/home/thu')).toBe(path.resolve('/home/thu', 'du-lieu'));
    expect(resolveDataDir(undefined, { BIENBAN_DATA_DIR: '/env' }, '/home/thu')).toBe(path.resolve('/env'));
  });
});

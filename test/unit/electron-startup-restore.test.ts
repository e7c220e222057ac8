// A data file reported damaged at start: the shell offers the newest backup, restores it (keeping
// the damaged file) if she agrees, and opens the restored data; otherwise it explains and stops.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers';

const electron = vi.hoisted(() => ({
  app: { getVersion: vi.fn(() => '0.1.0'), getAppPath: vi.fn(() => '/app'), getPath: vi.fn(() => '/documents'), isPackaged: false },
  dialog: { showErrorBox: vi.fn(), showMessageBoxSync: vi.fn(() => 0) },
  shell: { openPath: vi.fn(async () => ''), showItemInFolder: vi.fn() },
  Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
}));
vi.mock('electron', () => electron);

const { createCore } = await import('../../electron/core/core');
const { openCore } = await import('../../electron/main');

let dir: string;
beforeEach(() => {
  vi.clearAllMocks();
  dir = tempDir('bienban-startup-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A data folder with one unit in a backup, a second unit after it, then the file damaged. */
async function damagedWithBackup(): Promise<Buffer> {
  const core = createCore({ dataDir: dir });
  const unit = (name: string) => core.handlers['units.save']({ id: randomUUID(), name, levelId: null, parentId: null, address: '', email: '', representatives: [] });
  for (let k = 0; k < 40; k++) unit(`Đơn vị ${k} ${'x'.repeat(400)}`);
  await core.backups.now();
  unit('Sau sao lưu');
  core.close();
  const dbPath = path.join(dir, 'bienban.sqlite');
  const buf = fs.readFileSync(dbPath);
  const pageSize = buf.readUInt16BE(16);
  Buffer.alloc(pageSize * 2, 0xa5).copy(buf, Math.floor(buf.length / pageSize / 2) * pageSize);
  fs.writeFileSync(dbPath, buf);
  return buf;
}

describe('a damaged data file at start', () => {
  it('offers the newest backup; on yes restores it, keeps the damaged file and opens the restored data', async () => {
    const damaged = await damagedWithBackup();
    const core = openCore({ BIENBAN_DATA_DIR: dir });
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    const [options] = electron.dialog.showMessageBoxSync.mock.calls[0] as unknown as [{ detail: string; buttons: string[] }];
    expect(options.detail).toMatch(/bản sao lưu mới nhất, lúc \d\d\/\d\d\/\d{4} \d\d:\d\d \(bienban-.*\.sqlite\)/);
    expect(options.buttons).toEqual(['Khôi phục bản sao lưu này', 'Thoát']);
    expect(core).not.toBeNull();
    try {
      const names = core!.handlers['units.list']({}).map((u) => u.name);
      expect(names).toHaveLength(40);
      expect(names).not.toContain('Sau sao lưu');
      const kept = core!.handlers['backup.list']({}).find((b) => b.preRestore);
      expect(kept && fs.readFileSync(path.join(core!.backups.dir, kept.name)).equals(damaged)).toBe(true);
    } finally {
      core!.close();
    }
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(fs.readFileSync(path.join(dir, 'logs', 'bienban.log'), 'utf8')).toContain('[startup] CoreError');
  });

  it('on "Thoát" changes nothing and says why it cannot start', async () => {
    const damaged = await damagedWithBackup();
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(openCore({ BIENBAN_DATA_DIR: dir })).toBeNull();
    expect(fs.readFileSync(path.join(dir, 'bienban.sqlite')).equals(damaged)).toBe(true);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('BienBan không khởi động được', expect.stringContaining('bị hỏng'));
  });

  it('with no backup at all there is nothing to offer: the message says so', () => {
    fs.writeFileSync(path.join(dir, 'bienban.sqlite'), Buffer.alloc(8192, 0xa5));
    expect(openCore({ BIENBAN_DATA_DIR: dir })).toBeNull();
    expect(electron.dialog.showMessageBoxSync).not.toHaveBeenCalled();
    const [, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(message).toContain('Chưa có bản sao lưu nào');
  });
});

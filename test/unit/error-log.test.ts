import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OP_NAMES } from '../../shared/api';
import { ERROR_CATALOGUE, errorReport, OP_GROUP_LABELS } from '../../shared/errors';
import type { Handlers } from '../../electron/core/core';
import { dispatch, dispatchAsync } from '../../electron/core/dispatch';
import { CoreError } from '../../electron/core/errors';
import { createLogger } from '../../electron/core/log';
import { tempDir } from '../helpers';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});
function logIn() {
  const dir = tempDir('bienban-log-');
  dirs.push(dir);
  return { dir, log: createLogger(dir, { clock: () => new Date('2026-11-30T16:18:00Z') }) };
}
/** Handlers where only the ops under test do something; anything else would fail the test loudly. */
const handlers = (impl: Partial<Record<string, (i: unknown) => unknown>>) => impl as unknown as Handlers;

describe('dispatch and the error log', () => {
  it('an unexpected error says in Vietnamese what failed; the English goes to detail and the log, with the stack', async () => {
    const { log } = logIn();
    const h = handlers({ 'inspections.list': () => { throw new TypeError("Cannot read properties of undefined (reading 'teamId')"); } });
    const res = dispatch(h, 'inspections.list', {}, { log });
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const error = (res as { error: { message: string; detail?: string } }).error;
    expect(error.message).toBe(
      'Không thực hiện được thao tác cuộc kiểm tra. Chi tiết kỹ thuật đã được ghi vào nhật ký lỗi (thư mục logs trong thư mục dữ liệu).',
    );
    expect(error.message).not.toMatch(/Cannot|undefined/);
    expect(error.detail).toContain("TypeError: Cannot read properties of undefined (reading 'teamId')");
    const text = fs.readFileSync(log.file, 'utf8');
    expect(text).toContain('2026-11-30T16:18:00.000Z ERROR [inspections.list] TypeError: Cannot read properties');
    expect(text).toMatch(/\n {4,}at Object/); // the stack, indented under its entry

    const asyncRes = await dispatchAsync(handlers({ 'backup.now': async () => { throw new Error('disk I/O error'); } }), 'backup.now', {}, { log });
    expect(asyncRes).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('thao tác sao lưu và khôi phục') } });
    expect(fs.readFileSync(log.file, 'utf8')).toContain('[backup.now] Error: disk I/O error');
  });

  it('her own mistakes are not logged; internal CoreErrors are, and keep their Vietnamese message', () => {
    const { log } = logIn();
    const notFound = dispatch(handlers({ 'campaigns.get': () => { throw new CoreError('NOT_FOUND', 'Không tìm thấy đợt kiểm tra'); } }), 'campaigns.get', { id: '00000000-0000-4000-8000-000000000000' }, { log });
    expect(notFound).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy đợt kiểm tra' } });
    const invalid = dispatch(handlers({}), 'campaigns.get', { id: 'x' }, { log });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(fs.existsSync(log.file)).toBe(false);

    const failed = dispatch(handlers({ 'backup.list': () => { throw new CoreError('BACKUP_FAILED', 'Không ghi được bản sao lưu.', 'ENOSPC: no space left on device'); } }), 'backup.list', {}, { log });
    expect(failed).toEqual({ ok: false, error: { code: 'BACKUP_FAILED', message: 'Không ghi được bản sao lưu.', detail: 'ENOSPC: no space left on device' } });
    const text = fs.readFileSync(log.file, 'utf8');
    expect(text).toContain('[backup.list] CoreError: Không ghi được bản sao lưu.');
    expect(text).toContain('detail: ENOSPC: no space left on device');
  });

  it('the log rotates at its size limit and keeps three old files', () => {
    const { dir } = logIn();
    const log = createLogger(dir, { maxBytes: 300, keep: 3 });
    for (let k = 0; k < 40; k++) log.info('test', `entry ${k} ${'x'.repeat(100)}`);
    const files = fs.readdirSync(path.join(dir, 'logs')).sort();
    expect(files).toEqual(['bienban.log', 'bienban.log.1', 'bienban.log.2', 'bienban.log.3']);
    for (const f of files) expect(fs.statSync(path.join(dir, 'logs', f)).size).toBeLessThanOrEqual(300);
    expect(fs.readFileSync(log.file, 'utf8')).toContain('entry 39');
    expect(fs.readFileSync(`${log.file}.1`, 'utf8')).toContain('entry 37');
  });
});

describe('the error catalogue', () => {
  it('names every group of operations in Vietnamese', () => {
    for (const op of OP_NAMES) expect(OP_GROUP_LABELS[op.split('.')[0]], op).toBeTruthy();
  });

  it('has a title and an action for every code, in NFC Vietnamese', () => {
    for (const [code, info] of Object.entries(ERROR_CATALOGUE)) {
      expect(info.title.length, code).toBeGreaterThan(3);
      expect(info.action.length, code).toBeGreaterThan(3);
      expect(info.title.normalize('NFC')).toBe(info.title);
      expect(info.action.normalize('NFC')).toBe(info.action);
    }
  });

  it('the copied report carries code, message, op, time and detail', () => {
    const text = errorReport({ code: 'INTERNAL', message: 'Không thực hiện được', op: 'inspections.save', time: '2026-11-30T16:18:00.000Z', detail: 'TypeError: x' });
    expect(text.split('\n')).toEqual([
      'Mã lỗi: INTERNAL', 'Thông báo: Không thực hiện được', 'Thao tác: inspections.save', 'Thời điểm: 2026-11-30T16:18:00.000Z', 'Chi tiết:', 'TypeError: x',
    ]);
  });
});

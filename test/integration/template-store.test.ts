// The template store on disk: built-in templates in a templates folder, the user's checked copies in
// <dataDir>/templates. A bad file is never stored and never used; a stored copy that stops passing
// the checker makes active() fail loudly instead of silently falling back. Also through the core's
// handlers, as the UI calls them.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { strToU8 } from 'fflate';
import type { DocType } from '../../shared/documents/fields';
import type { TemplateInfo, TemplateReport } from '../../shared/documents/types';
import { createCore } from '../../electron/core/core';
import { dispatchAsync } from '../../electron/core/dispatch';
import { CoreError } from '../../electron/core/errors';
import { createTemplateStore, type TemplateStore } from '../../electron/core/templates/store';
import * as checkModule from '../../electron/core/templates/check';
import { goodDocx, p } from '../fixtures/templates/docx-builder';
import { harnessPlatform } from '../harness/platform';
import { tempDir } from '../helpers';

vi.mock('../../electron/core/templates/check', async (original) => {
  const actual = await original<typeof import('../../electron/core/templates/check')>();
  return { ...actual, checkTemplate: vi.fn(actual.checkTemplate) };
});
const checkSpy = vi.mocked(checkModule.checkTemplate);

const CLOCK = () => new Date('2022-10-06T08:00:00.000Z');
const BUILTIN: Record<DocType, Uint8Array> = {
  minutes: goodDocx('minutes', p('Mẫu có sẵn: biên bản')),
  conclusion: goodDocx('conclusion', p('Mẫu có sẵn: thông báo kết luận')),
};
const hostile = () => goodDocx('minutes', '', { parts: { '../../evil.xml': '<x/>' } });

let dataDir: string;
let templatesDir: string;
let platform: ReturnType<typeof harnessPlatform>;
let store: TemplateStore;

const userDir = () => path.join(dataDir, 'templates');
const userFiles = () => (fs.existsSync(userDir()) ? fs.readdirSync(userDir()) : []);

async function rejection(promise: Promise<unknown>): Promise<CoreError> {
  const e = await promise.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(CoreError);
  return e as CoreError;
}

beforeEach(() => {
  dataDir = tempDir('bienban-tpl-data-');
  templatesDir = tempDir('bienban-tpl-builtin-');
  fs.writeFileSync(path.join(templatesDir, 'bien-ban.docx'), BUILTIN.minutes);
  fs.writeFileSync(path.join(templatesDir, 'thong-bao-ket-luan.docx'), BUILTIN.conclusion);
  platform = harnessPlatform(dataDir);
  store = createTemplateStore({ dataDir, templatesDir, platform, clock: CLOCK });
  checkSpy.mockClear();
});

afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(templatesDir, { recursive: true, force: true });
});

describe('template store', () => {
  it('lists the built-in templates when nothing was imported, and uses them', async () => {
    const list = store.list();
    expect(list.map((t) => [t.type, t.source, t.name, t.importedAt])).toEqual([
      ['minutes', 'builtin', 'bien-ban.docx', null],
      ['conclusion', 'builtin', 'thong-bao-ket-luan.docx', null],
      ['report', 'builtin', 'bao-cao-ket-qua.docx', null],
      ['reminder', 'builtin', 'cong-van-don-doc.docx', null],
    ]);
    expect(list[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    const active = await store.active('conclusion');
    expect(active).toMatchObject({ source: 'builtin', name: 'thong-bao-ket-luan.docx', sha256: list[1].sha256 });
    expect(Buffer.from(active.bytes).equals(Buffer.from(BUILTIN.conclusion))).toBe(true);
  });

  it('check() reports without writing anything', async () => {
    const report = await store.check('minutes', 'Mẫu của tôi.docx', goodDocx('minutes'));
    expect(report.ok).toBe(true);
    expect(userFiles()).toEqual([]);
  });

  it('imports a good template: active() returns the user bytes, list() names it, reset() goes back', async () => {
    const mine = goodDocx('minutes', p('Mẫu của Thư: {{ten_don_vi}}'));
    const report = await store.import('minutes', 'C:\\Users\\Thu\\Mẫu biên bản 2022.docx', mine);
    expect(report).toMatchObject({ ok: true, type: 'minutes', problems: [] });
    expect(userFiles().sort()).toEqual(['minutes.docx', 'minutes.json']);

    const active = await store.active('minutes');
    expect(active.source).toBe('user');
    expect(active.name).toBe('Mẫu biên bản 2022.docx');
    expect(Buffer.from(active.bytes).equals(Buffer.from(mine))).toBe(true);
    const sidecar = JSON.parse(fs.readFileSync(path.join(userDir(), 'minutes.json'), 'utf8'));
    expect(sidecar).toMatchObject({ originalName: 'Mẫu biên bản 2022.docx', importedAt: '2022-10-06T08:00:00.000Z', sha256: active.sha256, size: mine.length, report: { ok: true } });

    const [minutes, conclusion] = store.list();
    expect(minutes).toEqual<TemplateInfo>({ type: 'minutes', source: 'user', name: 'Mẫu biên bản 2022.docx', sha256: active.sha256, importedAt: '2022-10-06T08:00:00.000Z' });
    expect(conclusion.source).toBe('builtin');
    expect((await store.active('conclusion')).source).toBe('builtin');

    store.reset('minutes');
    expect(userFiles()).toEqual([]);
    expect((await store.active('minutes')).source).toBe('builtin');
    expect(store.list()[0].source).toBe('builtin');
    store.reset('minutes'); // nothing to remove: no error
  });

  it('a second import replaces the first, leaving no temporary files', async () => {
    await store.import('conclusion', 'a.docx', goodDocx('conclusion', p('A')));
    const second = goodDocx('conclusion', p('B'));
    await store.import('conclusion', 'b.docx', second);
    expect(userFiles().sort()).toEqual(['conclusion.docx', 'conclusion.json']);
    expect((await store.active('conclusion')).name).toBe('b.docx');
  });

  it('refuses every kind of bad file without writing anything', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['mau.docx', hostile(), /path traversal/],
      ['mau.docm', goodDocx('minutes'), /Tệp có chứa macro, BienBan không dùng/],
      ['mau.docx', goodDocx('minutes', '', { parts: { 'word/vbaProject.bin': new Uint8Array([1]) } }), /Tệp có chứa macro/],
      ['mau.docx', strToU8('không phải zip'), /không đúng định dạng \.docx/],
      ['mau.docx', goodDocx('minutes', '', { parts: { 'docProps/custom.xml': '<!DOCTYPE x [<!ENTITY a "b">]><x/>' } }), /DOCTYPE\/ENTITY/],
      ['mau.docx', goodDocx('minutes', '', { parts: { 'word/bomb.xml': new Uint8Array(3 * 1024 * 1024) } }), /bom nén/],
      ['mau.docx', goodDocx('minutes', p('{{tên_đơn_vị}}')), /có phải \{\{ten_don_vi\}\}/],
      ['mau.docx', goodDocx('minutes', p('Kết quả: {{ket_qua}}')), /phải nằm một mình trong một đoạn/],
    ];
    for (const [name, bytes, message] of cases) {
      const report = await store.import('minutes', name, bytes);
      expect(report.ok, name).toBe(false);
      expect(report.problems.join('\n')).toMatch(message);
      expect(userFiles()).toEqual([]);
    }
    expect((await store.active('minutes')).source).toBe('builtin');
  });

  it('a refused import keeps the template already imported', async () => {
    const mine = goodDocx('minutes', p('Của tôi'));
    await store.import('minutes', 'cua-toi.docx', mine);
    expect((await store.import('minutes', 'xau.docx', hostile())).ok).toBe(false);
    expect(Buffer.from((await store.active('minutes')).bytes).equals(Buffer.from(mine))).toBe(true);
  });

  it('re-checks the user copy on use and refuses it (no silent fallback) when it no longer passes', async () => {
    await store.import('minutes', 'cua-toi.docx', goodDocx('minutes'));
    // Damaged on disk, or the rules changed since the import.
    fs.writeFileSync(path.join(userDir(), 'minutes.docx'), goodDocx('minutes', p('Kết quả: {{ket_qua}}')));
    const e = await rejection(store.active('minutes'));
    expect(e.code).toBe('TEMPLATE_INVALID');
    expect(e.message).toMatch(/^Mẫu biên bản đã nhập \(“minutes\.docx”\) không còn dùng được:\n- Trường khối \{\{ket_qua\}\} phải nằm một mình/);
    expect(e.message).toMatch(/Hãy sửa mẫu trong Word rồi nhập lại, hoặc bấm “Dùng lại mẫu gốc” trong mục Mẫu văn bản để quay về mẫu biên bản gốc của BienBan\.$/);
    // She can still save her copy to repair it, and reset.
    const saved = await store.saveCopy('minutes');
    expect(fs.readFileSync(saved.path!).length).toBeGreaterThan(0);
    store.reset('minutes');
    expect((await store.active('minutes')).source).toBe('builtin');
  });

  it('says clearly when a built-in template is missing or broken', async () => {
    fs.rmSync(path.join(templatesDir, 'bien-ban.docx'));
    const missing = await rejection(store.active('minutes'));
    expect(missing.code).toBe('TEMPLATE_MISSING');
    expect(missing.message).toContain('Không tìm thấy mẫu biên bản gốc của BienBan (tệp bien-ban.docx trong thư mục');
    expect(store.list()[0]).toMatchObject({ source: 'builtin', sha256: '' });
    await rejection(store.saveCopy('minutes'));

    fs.writeFileSync(path.join(templatesDir, 'thong-bao-ket-luan.docx'), 'hỏng');
    const broken = await rejection(store.active('conclusion'));
    expect(broken.code).toBe('TEMPLATE_INVALID');
    expect(broken.message).toMatch(/^Mẫu thông báo kết luận gốc của BienBan \(thong-bao-ket-luan\.docx\) không dùng được:\n- /);
  });

  it('saveCopy offers the active template through the platform under a Vietnamese name', async () => {
    const first = await store.saveCopy('minutes');
    expect(first).toEqual({ path: path.join(platform.downloads, 'Mẫu biên bản - BienBan.docx'), fileName: 'Mẫu biên bản - BienBan.docx' });
    expect(Buffer.from(fs.readFileSync(first.path!)).equals(Buffer.from(BUILTIN.minutes))).toBe(true);
    expect(platform.calls).toEqual([{ op: 'saveFile', path: first.path, name: 'Mẫu biên bản - BienBan.docx' }]);

    const mine = goodDocx('conclusion', p('Của tôi'));
    await store.import('conclusion', 'x.docx', mine);
    const second = await store.saveCopy('conclusion');
    expect(second.fileName).toBe('Mẫu thông báo kết luận - BienBan.docx');
    expect(Buffer.from(fs.readFileSync(second.path!)).equals(Buffer.from(mine))).toBe(true);

    // The user cancelled the dialog.
    const cancelling = createTemplateStore({ dataDir, templatesDir, clock: CLOCK, platform: { ...platform, saveFile: async () => null } });
    expect(await cancelling.saveCopy('minutes')).toEqual({ path: null, fileName: 'Mẫu biên bản - BienBan.docx' });
  });

  it('caches checker results by content', async () => {
    const bytes = goodDocx('minutes', p('{{nam}}'));
    const a = await store.check('minutes', 'a.docx', bytes);
    const b = await store.check('minutes', 'b.docx', bytes.slice());
    await store.import('minutes', 'c.docx', bytes);
    await store.active('minutes');
    await store.active('minutes');
    expect(checkSpy).toHaveBeenCalledTimes(1);
    expect(b).toEqual(a);
    // Reports handed out are copies: changing one does not change the cache.
    a.problems.push('x');
    expect((await store.check('minutes', 'a.docx', bytes)).problems).toEqual([]);
    // The same bytes checked for the other type are checked again.
    expect((await store.check('conclusion', 'a.docx', bytes)).ok).toBe(false);
    expect(checkSpy).toHaveBeenCalledTimes(2);
  });
});

describe('templates through the core handlers', () => {
  it('templates.import returns the report, for a good and for a hostile file, and the rest works', async () => {
    const core = createCore({ dataDir, templatesDir, platform, clock: CLOCK });
    try {
      const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
      const good = await dispatchAsync(core.handlers, 'templates.import', { type: 'minutes', fileName: 'Mẫu.docx', base64: b64(goodDocx('minutes')) });
      expect(good).toMatchObject({ ok: true, value: { ok: true, type: 'minutes', problems: [] } });
      expect(userFiles().sort()).toEqual(['minutes.docx', 'minutes.json']);

      for (const bytes of [hostile(), new Uint8Array([1, 2, 3]), goodDocx('minutes', '', { parts: { 'word/x.xml': '<!DOCTYPE a><a/>' } })]) {
        const bad = await dispatchAsync(core.handlers, 'templates.import', { type: 'conclusion', fileName: 'x.docx', base64: b64(bytes) });
        expect(bad.ok).toBe(true);
        const report = (bad as { ok: true; value: TemplateReport }).value;
        expect(report.ok).toBe(false);
        expect(report.problems.length).toBeGreaterThan(0);
      }
      expect(userFiles().sort()).toEqual(['minutes.docx', 'minutes.json']);

      const checked = await dispatchAsync(core.handlers, 'templates.check', { type: 'conclusion', fileName: 'x.pdf', base64: b64(goodDocx('conclusion')) });
      expect(checked).toMatchObject({ ok: true, value: { ok: false } });
      const list = await dispatchAsync(core.handlers, 'templates.list', {});
      expect(list).toMatchObject({ ok: true, value: [
        { type: 'minutes', source: 'user', name: 'Mẫu.docx' }, { type: 'conclusion', source: 'builtin' },
        { type: 'report', source: 'builtin' }, { type: 'reminder', source: 'builtin' },
      ] });
      const saved = await dispatchAsync(core.handlers, 'templates.saveCopy', { type: 'minutes' });
      expect(saved).toMatchObject({ ok: true, value: { fileName: 'Mẫu biên bản - BienBan.docx' } });
      expect(await dispatchAsync(core.handlers, 'templates.reset', { type: 'minutes' })).toEqual({ ok: true, value: null });
      expect(userFiles()).toEqual([]);
    } finally {
      core.close();
    }
  });
});

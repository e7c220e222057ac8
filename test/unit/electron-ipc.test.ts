import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { OP_NAMES, type OpName } from '../../shared/api';
import type { Handlers } from '../../electron/core/core';
import { channelFor, registerIpc } from '../../electron/ipc';
import { tempCore } from '../helpers';

// ipc.ts only imports types from 'electron'; the mock keeps the real module (which would try to
// download the Electron binary) out of reach anyway.
vi.mock('electron', () => ({}));

type Listener = (event: unknown, input: unknown) => Promise<unknown>;

class FakeIpcMain {
  handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  invoke(channel: string, frameUrl: string | null, input: unknown) {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, input);
  }
}

const PAGE_URL = pathToFileURL('/opt/BienBan/resources/app.asar/dist/renderer/index.html').href;
const ID = '0b5e8d3c-1f2a-4c3b-9d4e-5f6a7b8c9d0e';

function fakeHandlers(): Handlers {
  return Object.fromEntries(OP_NAMES.map((n) => [n, vi.fn(() => `value of ${n}`)])) as unknown as Handlers;
}

function setup(handlers: Handlers = fakeHandlers()) {
  const ipcMain = new FakeIpcMain();
  const dispose = registerIpc({ ipcMain: ipcMain as never, handlers, pageUrl: PAGE_URL });
  return { ipcMain, handlers, dispose };
}

describe('IPC wiring', () => {
  it('registers every contract operation, each on its own channel, and nothing else', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(OP_NAMES.map((n) => `api:${n}`).sort());
    expect(OP_NAMES.map(channelFor)).toEqual(OP_NAMES.map((n) => `api:${n}`));
  });

  it('removes all handlers on dispose', () => {
    const { ipcMain, dispose } = setup();
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it.each([
    ['a web page', 'https://evil.example/index.html'],
    ['another local file', pathToFileURL('/tmp/evil/index.html').href],
    ['a look-alike path', `${PAGE_URL}.html`],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['an empty URL', ''],
  ])('rejects a call from %s with FORBIDDEN without touching the core', async (_what, url) => {
    const { ipcMain, handlers } = setup();
    const res = await ipcMain.invoke(channelFor('settings.get'), url, {});
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    for (const n of OP_NAMES) expect(handlers[n]).not.toHaveBeenCalled();
  });

  it('rejects a call whose frame is gone (senderFrame null)', async () => {
    const { ipcMain, handlers } = setup();
    const res = await ipcMain.invoke(channelFor('inspections.get'), null, { id: ID });
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(handlers['inspections.get']).not.toHaveBeenCalled();
  });

  it('rejects invalid input with INVALID_INPUT before the core sees it', async () => {
    const { ipcMain, handlers } = setup();
    const bad: [OpName, unknown][] = [
      ['inspections.get', { id: 'not-a-uuid' }],
      ['inspections.get', {}],
      ['settings.get', { extra: 1 }],
      ['transfer.import', { json: 42 }],
      ['bin.delete', { kind: 'nope', id: ID }],
      ['units.list', null],
    ];
    for (const [name, input] of bad) {
      const res = await ipcMain.invoke(channelFor(name), PAGE_URL, input);
      expect(res, name).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(handlers[name]).not.toHaveBeenCalled();
    }
  });

  it('passes a valid call from our page (with a #route) to the core and returns {ok:true}', async () => {
    const { ipcMain, handlers } = setup();
    const res = await ipcMain.invoke(channelFor('inspections.get'), `${PAGE_URL}#/inspections/${ID}`, { id: ID });
    expect(res).toEqual({ ok: true, value: 'value of inspections.get' });
    expect(handlers['inspections.get']).toHaveBeenCalledWith({ id: ID });
  });

  it('works end to end with the real core', async () => {
    const core = tempCore();
    try {
      const { ipcMain } = setup(core.handlers);
      const levels = (await ipcMain.invoke(channelFor('unitLevels.list'), PAGE_URL, {})) as { ok: boolean; value: unknown[] };
      expect(levels.ok).toBe(true);
      expect(levels.value.length).toBeGreaterThan(0);
      const missing = await ipcMain.invoke(channelFor('inspections.get'), PAGE_URL, { id: ID });
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    } finally {
      core.close();
      fs.rmSync(core.dir, { recursive: true, force: true });
    }
  });
});

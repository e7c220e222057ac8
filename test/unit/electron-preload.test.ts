import { beforeAll, describe, expect, it, vi } from 'vitest';
import { OP_NAMES } from '../../shared/api';
import { channelFor } from '../../electron/ipc';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'pong' })),
    send: vi.fn(),
    on: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let exposed: Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

beforeAll(async () => {
  await import('../../electron/preload');
  exposed = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1];
});

describe('preload', () => {
  it('exposes exactly one global, "api"', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0][0]).toBe('api');
  });

  it('has exactly the groups and methods of the contract, all plain functions', () => {
    const expected: Record<string, string[]> = {};
    for (const name of OP_NAMES) {
      const [group, method] = name.split('.');
      (expected[group] ??= []).push(method);
    }
    expect(Object.keys(exposed).sort()).toEqual(Object.keys(expected).sort());
    for (const [group, methods] of Object.entries(expected)) {
      expect(Object.keys(exposed[group]).sort(), group).toEqual([...methods].sort());
      for (const m of methods) expect(typeof exposed[group][m]).toBe('function');
    }
  });

  it('leaks nothing of ipcRenderer: no generic invoke/send/on, no ipcRenderer object', () => {
    const seen: unknown[] = [];
    const walk = (v: unknown) => {
      if (v && typeof v === 'object') {
        seen.push(v);
        Object.values(v).forEach(walk);
      } else seen.push(v);
    };
    walk(exposed);
    expect(seen).not.toContain(electron.ipcRenderer);
    for (const fn of Object.values(electron.ipcRenderer)) expect(seen).not.toContain(fn);
    for (const key of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync']) expect(exposed).not.toHaveProperty(key);
  });

  it('sends each call on its channel (the same as the main process registers) with only the input', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const id = '0b5e8d3c-1f2a-4c3b-9d4e-5f6a7b8c9d0e';
    const res = await exposed.inspections.get({ id });
    expect(res).toEqual({ ok: true, value: 'pong' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.invoke.mock.calls[0]).toEqual([channelFor('inspections.get'), { id }]);

    for (const name of OP_NAMES) {
      electron.ipcRenderer.invoke.mockClear();
      const [group, method] = name.split('.');
      await exposed[group][method]({});
      expect(electron.ipcRenderer.invoke.mock.calls[0], name).toEqual([channelFor(name), {}]);
    }
  });

  it('sends {} when called without input', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await exposed.campaigns.list();
    expect(electron.ipcRenderer.invoke.mock.calls[0]).toEqual(['api:campaigns.list', {}]);
  });
});

// Runs in the sandboxed page before its scripts. Exposes exactly one global, window.api, built from
// the contract: each method sends only its input on its own channel. Never ipcRenderer itself, never
// a generic invoke(channel), never the IPC event.
// Kept free of main-process imports (a sandboxed preload can only require 'electron'); the channel
// naming repeats channelFor() of ./ipc.ts, and a unit test holds the two together.
import { contextBridge, ipcRenderer } from 'electron';
import type { OpName } from '../shared/api';
import { buildApi } from '../shared/ops';

const channel = (name: OpName): string => `api:${name}`;

contextBridge.exposeInMainWorld(
  'api',
  buildApi((name, input) => ipcRenderer.invoke(channel(name), input)),
);

// Wires every operation of the contract (shared/api.ts) to the core, in one loop: check the call
// comes from our own page, then dispatch() validates the input with zod, runs the handler and wraps
// the outcome in a result envelope.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { OP_NAMES, type OpName, type Result } from '../shared/api';
import type { Handlers } from './core/core';
import { dispatchAsync } from './core/dispatch';
import type { Logger } from './core/log';
import { isSamePage } from './security';

/** The IPC channel of one operation; the preload builds the same names. */
export function channelFor(name: OpName): string {
  return `api:${name}`;
}

export const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Yêu cầu không đến từ giao diện của BienBan nên đã bị từ chối.' },
};

export interface IpcOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  handlers: Handlers;
  /** URL of the app's page (app://bienban/index.html, app-protocol.ts): the only page allowed to call. */
  pageUrl: string;
  /** Where internal failures are written (core.log). */
  log?: Logger;
}

/** Registers all operations; returns a function that removes them again. */
export function registerIpc({ ipcMain, handlers, pageUrl, log }: IpcOptions): () => void {
  for (const name of OP_NAMES) {
    ipcMain.handle(channelFor(name), async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isSamePage(event.senderFrame?.url, pageUrl)) return FORBIDDEN;
      return dispatchAsync(handlers, name, input, { log });
    });
  }
  return () => {
    for (const name of OP_NAMES) ipcMain.removeHandler(channelFor(name));
  };
}

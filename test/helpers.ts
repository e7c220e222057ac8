import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/core/core';

/** A fresh data folder per test, removed afterwards by the caller's cleanup. */
export function tempDir(prefix = 'bienban-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempCore(clock?: () => Date): Core & { dir: string } {
  const dir = tempDir();
  return Object.assign(createCore({ dataDir: dir, clock }), { dir });
}

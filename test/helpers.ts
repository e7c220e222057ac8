import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createCore, type Core } from '../electron/core/core';
import { harnessPlatform } from './harness/platform';

/** A fresh data folder per test, removed afterwards by the caller's cleanup. */
export function tempDir(prefix = 'bienban-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempCore(clock?: () => Date): Core & { dir: string } {
  const dir = tempDir();
  return Object.assign(createCore({ dataDir: dir, clock }), { dir });
}

/**
 * A core with the demo loaded, on a fresh data folder, saving files through the harness's recording
 * platform (into <dataDir>/downloads); closed and removed when the calling test ends.
 */
export function demoCoreWithFiles(clock?: () => Date): { core: Core; platform: ReturnType<typeof harnessPlatform> } {
  const dir = tempDir('bienban-files-');
  const platform = harnessPlatform(dir);
  const core = createCore({ dataDir: dir, platform, clock });
  onTestFinished(() => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  core.handlers['demo.load']({});
  return { core, platform };
}

/**
 * A core with the demo loaded, on a clock that starts at `startMs` and moves one second at each
 * reading (so every write has its own time); closed and removed when the calling test ends.
 */
export function demoCoreTicking(startMs: number): Core & { dir: string } {
  let t = startMs;
  const c = tempCore(() => new Date((t += 1000)));
  onTestFinished(() => {
    c.close();
    fs.rmSync(c.dir, { recursive: true, force: true });
  });
  c.handlers['demo.load']({});
  return c;
}

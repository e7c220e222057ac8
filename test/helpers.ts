import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createCore, type Core } from '../electron/core/core';
import { harnessPlatform } from './harness/platform';
import { DEMO_IDS } from '../electron/core/demo/ids';
import { SCAN_PDF } from './scans';

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

/**
 * The demo with the Mường Chà minutes issued and a signed PDF scan of them attached under `fileName`
 * (the clock ticks from 20/10/2022); closed and removed when the calling test ends.
 */
export async function demoWithSignedMinutes(fileName = 'Biên bản đã ký.pdf') {
  let t = Date.parse('2022-10-20T03:00:00.000Z');
  const { core, platform } = demoCoreWithFiles(() => new Date((t += 1000)));
  const doc = await core.handlers['documents.issue']({ inspectionId: DEMO_IDS.inspectionMuongCha2022, type: 'minutes', issuedDate: '2022-10-06' });
  const rec = core.handlers['documents.attachSigned']({ documentId: doc.id, fileName, base64: SCAN_PDF.toString('base64'), signedDate: '2022-10-06' });
  return { core, platform, doc, scan: rec.dispatch.signedCopies[0] };
}

/** A core saving through the harness platform on a new, empty data folder (a new laptop); removed when the test ends. */
export function emptyLaptop() {
  const dir = tempDir('bienban-new-laptop-');
  const platform = harnessPlatform(dir);
  const core = createCore({ dataDir: dir, platform });
  onTestFinished(() => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir, core, platform };
}

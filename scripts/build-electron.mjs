// Bundles the Electron main process and the preload into dist-electron/ (CommonJS, as Electron
// loads them). better-sqlite3 stays external: its native addon is loaded from node_modules (or from
// BIENBAN_SQLITE_BINDING in development, see start-electron.mjs). So does @resvg/resvg-js (chart
// images for documents): it loads a prebuilt native addon per platform, which cannot be bundled.
// Only compiles: runs anywhere.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Electron 45 runs Node 22 and Chromium 140. */
const TARGET = ['node22', 'chrome140'];

/** What this script produces (paths relative to the repo); package.json "main" and electron-builder.yml rely on them. */
export const OUT_DIR = 'dist-electron';
export const ENTRIES = [
  { in: 'electron/main.ts', out: 'main.cjs' },
  // Minified: it is parsed on every page load (it holds only the operation names, no zod).
  { in: 'electron/preload.ts', out: 'preload.cjs', minify: true },
];
export const OUTPUTS = ENTRIES.map((e) => `${OUT_DIR}/${e.out}`);

/** outDir: relative to the repo or absolute (tests build into a scratch folder). */
export async function buildElectron({ outDir = OUT_DIR, quiet = false } = {}) {
  for (const entry of ENTRIES) {
    const outfile = path.resolve(root, outDir, entry.out);
    await build({
      absWorkingDir: root,
      entryPoints: [entry.in],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: TARGET,
      external: ['electron', 'better-sqlite3', '@resvg/resvg-js'],
      sourcemap: true,
      minify: entry.minify ?? false,
      logLevel: 'warning',
    });
    if (!quiet) console.log(`built ${path.relative(root, outfile)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildElectron().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

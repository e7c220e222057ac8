// electron-builder cannot run here (it downloads Electron and NSIS), so its configuration is checked
// as data: the essentials of the Windows installer, and that everything it packs exists in the
// repo or is produced by `npm run build`.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import viteConfig from '../../vite.config';

const root = path.resolve(__dirname, '../..');
const cfg = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The folder part of a glob: "dist/renderer/**" → "dist/renderer". */
function base(pattern: string): string {
  const parts = pattern.split('/');
  const i = parts.findIndex((p) => /[*?{[]/.test(p));
  return (i < 0 ? parts : parts.slice(0, i)).join('/');
}

async function builtPaths(): Promise<string[]> {
  const { OUTPUTS, OUT_DIR } = await import(pathToFileURL(path.join(root, 'scripts/build-electron.mjs')).href);
  const vite = viteConfig as { root?: string; build?: { outDir?: string } };
  const rendererOut = path.relative(root, path.resolve(root, vite.root ?? '.', vite.build?.outDir ?? 'dist'));
  return [rendererOut.split(path.sep).join('/'), OUT_DIR, ...OUTPUTS];
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const require = createRequire(path.join(root, 'package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(cfg, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ nsis: { oneClik: false } }, new DebugLogger(false))).rejects.toThrow(/Invalid configuration/);
  });

  it('identifies the app', () => {
    expect(cfg.appId).toBe('vn.gov.bienban');
    expect(cfg.productName).toBe('BienBan');
    expect(cfg.publish).toBeNull();
  });

  it('packs the built app into asar, with better-sqlite3 unpacked and rebuilt for Electron', () => {
    expect(cfg.asar).toBe(true);
    expect(cfg.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    // resvg's native addon (chart images in documents) is loaded from disk too.
    expect(cfg.asarUnpack).toContain('**/node_modules/@resvg/**');
    expect(cfg.npmRebuild).toBe(true);
    expect(cfg.files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json']));
  });

  it('packs only what exists in the repo or what `npm run build` produces', async () => {
    const built = await builtPaths();
    expect(pkg.scripts.build).toMatch(/build:renderer/);
    expect(pkg.scripts.build).toMatch(/build:electron/);
    expect(built).toContain('dist/renderer');
    const sources = (cfg.files as string[]).filter((f) => !f.startsWith('!')).map(base);
    for (const src of sources) {
      const ok = built.includes(src) || fs.existsSync(path.join(root, src));
      expect(ok, `files: ${src}`).toBe(true);
    }
    for (const r of cfg.extraResources as { from: string; to: string }[]) {
      expect(fs.existsSync(path.join(root, r.from)) || built.includes(r.from), `extraResources: ${r.from}`).toBe(true);
    }
  });

  it('package.json "main" is the bundled main process', async () => {
    expect(await builtPaths()).toContain(pkg.main);
    expect(pkg.scripts['dist:win']).toMatch(/npm run build && electron-builder --win --config electron-builder.yml/);
  });

  it('ships the Word templates next to the app (resources/templates)', () => {
    expect(cfg.extraResources).toContainEqual(expect.objectContaining({ from: 'templates', to: 'templates' }));
  });

  it('builds an x64 NSIS installer for Windows', () => {
    const targets = cfg.win.target as { target: string; arch: string[] }[];
    expect(targets).toEqual([{ target: 'nsis', arch: ['x64'] }]);
  });

  it('has an app icon electron-builder can turn into a Windows .ico (a PNG of at least 256×256)', () => {
    const icon = fs.readFileSync(path.join(root, cfg.win.icon));
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [icon.readUInt32BE(16), icon.readUInt32BE(20)];
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(256);
    expect(fs.existsSync(path.join(root, cfg.directories.buildResources, 'icon.svg'))).toBe(true);
  });

  it('installer: assisted, per-user, folder can be chosen, Vietnamese, shortcuts, keeps the data', () => {
    expect(cfg.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      shortcutName: 'BienBan',
      language: '1066',
      installerLanguages: ['vi_VN'],
      deleteAppDataOnUninstall: false,
    });
  });

  it('turns off the Electron features a desktop app does not need', () => {
    expect(cfg.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
    expect(cfg.electronLanguages).toContain('vi');
  });
});

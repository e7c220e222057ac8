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
      // app.asar checked against the hash in the exe, app code only from it, and no extra
      // privileges for file:// (the page comes from app://, electron/app-protocol.ts).
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(cfg.electronLanguages).toContain('vi');
  });

  it('names a publisher: package.json author, shown in "Apps & features"; a copyright', () => {
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.author.name).toBe(pkg.author.name.normalize('NFC'));
    expect(cfg.copyright).toContain(pkg.author.name);
  });

  it('signs with a certificate from the environment only: nothing secret in the repository', () => {
    expect(cfg.win.signtoolOptions).toMatchObject({ signingHashAlgorithms: ['sha256'] });
    expect(cfg.win.signtoolOptions.rfc3161TimeStampServer).toMatch(/^https?:\/\//);
    // electron-builder reads WIN_CSC_LINK / CSC_LINK and their passwords from the environment.
    const secrets = /^(cscLink|cscKeyPassword|certificateFile|certificatePassword|certificateSha1|sign)$/;
    const found: string[] = [];
    const walk = (v: unknown, at: string) => {
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (secrets.test(k) ? found.push(`${at}.${k}`) : walk(x, `${at}.${k}`));
    };
    walk(cfg, 'config');
    walk(pkg.build ?? {}, 'package.json build');
    expect(found).toEqual([]);
    const tracked = fs.readdirSync(path.join(root, cfg.directories.buildResources));
    expect(tracked.filter((f) => /\.(pfx|p12|pem|key|cer|crt)$/i.test(f))).toEqual([]);
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const v of ['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD']) expect(readme).toContain(v);
  });

  it('declares in "engines" a Node every package of the toolchain accepts', () => {
    const require = createRequire(path.join(root, 'package.json'));
    // electron-builder's own semver (a dependency of it, no types of its own here).
    const semver = require('semver') as {
      validRange(r: string): string | null; subset(sub: string, dom: string): boolean; minVersion(r: string): { major: number } | null;
    };
    const range = pkg.engines.node as string;
    expect(semver.validRange(range)).not.toBeNull();
    const refused: string[] = [];
    for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]) {
      // Read from node_modules directly: some packages' "exports" hide their package.json from require.
      const theirs = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).engines?.node as string | undefined;
      if (theirs && !semver.subset(range, theirs)) refused.push(`${name} (${theirs})`);
    }
    expect(refused).toEqual([]);
    // Electron 45 runs Node 22 inside; the toolchain's Node is at least that.
    expect(semver.minVersion(range)!.major).toBeGreaterThanOrEqual(22);
  });

  it('packs better-sqlite3 without its C sources and build leftovers', () => {
    const require = createRequire(path.join(root, 'package.json'));
    const { getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher');
    const appDir = path.join(root, 'app');
    const matcher = getNodeModuleFileMatcher(appDir, '/out', (s: string) => s, {}, { config: cfg, debugLogger: { isEnabled: false } });
    const keep = matcher.createFilter() as (file: string, stat: { isDirectory(): boolean }) => boolean;
    const isFile = { isDirectory: () => false };
    const mod = 'node_modules/better-sqlite3';
    // What a build leaves on Linux (this machine) and on Windows (MSBuild), beside what must ship.
    const needed = ['package.json', 'lib/index.js', 'lib/database.js', 'lib/methods/transaction.js', 'build/Release/better_sqlite3.node', 'LICENSE'];
    const leftovers = [
      'binding.gyp', 'src/addon.cpp', 'src/util/binder.cpp', 'deps/sqlite3/sqlite3.c', 'deps/sqlite3.gyp', 'deps/download.sh',
      'build/Makefile', 'build/binding.Makefile', 'build/config.gypi', 'build/better_sqlite3.target.mk', 'build/deps/sqlite3.target.mk',
      'build/better_sqlite3.vcxproj', 'build/better_sqlite3.vcxproj.filters', 'build/binding.sln',
      'build/Release/test_extension.node', 'build/Release/sqlite3.a', 'build/Release/better_sqlite3.lib', 'build/Release/better_sqlite3.exp',
      'build/Release/better_sqlite3.pdb', 'build/Release/better_sqlite3.iobj', 'build/Release/better_sqlite3.ipdb',
      'build/Release/obj/better_sqlite3/better_sqlite3.obj', 'build/Release/obj.target/better_sqlite3/src/better_sqlite3.o',
      'build/Release/.deps/Release/better_sqlite3.node.d', 'build/node_gyp_bins/python3',
    ];
    const packed = (f: string) => keep(path.join(appDir, mod, f), isFile);
    expect(needed.filter((f) => !packed(f))).toEqual([]);
    expect(leftovers.filter(packed)).toEqual([]);
    // Every file of the better-sqlite3 installed here is either needed or excluded.
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const installed = walk(path.join(root, mod)).map((f) => path.relative(path.join(root, mod), f).split(path.sep).join('/'));
    const shipped = installed.filter(packed);
    expect(shipped.filter((f) => !/^(package\.json|LICENSE|README\.md|lib\/.*\.js|build\/Release\/better_sqlite3\.node)$/.test(f))).toEqual([]);
    expect(shipped).toContain('build/Release/better_sqlite3.node');
  });
});

// `npm start`: run the app in Electron from the repo, right after `npm install`.
// node_modules/better-sqlite3 stays built for Node (the tests use it); Electron needs the addon
// built for its own ABI, so a copy is prepared once in .cache/electron-native/<key>/ (prebuilt
// download, else compiled with node-gyp against Electron's headers) and handed to the app through
// BIENBAN_SQLITE_BINDING. A new Electron or better-sqlite3 version gives a new key, hence a rebuild.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const CACHE = path.join(root, '.cache', 'electron-native');

export const MSG_NO_ELECTRON =
  'Electron chưa được tải về (máy cài đặt không có Internet hoặc cài với ELECTRON_SKIP_BINARY_DOWNLOAD=1).\n' +
  'Hãy chạy "npx --no install-electron" (hoặc xóa node_modules/electron rồi npm install) trên máy có Internet.\n' +
  'Electron binary is missing: run "npx --no install-electron" (or reinstall node_modules/electron) on a machine with Internet access.';

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** Folder name of the Electron build of better-sqlite3; any version change gives a new one. */
export function addonKey({ sqliteVersion, electronVersion, platform = process.platform, arch = process.arch }) {
  return `better-sqlite3-${sqliteVersion}-electron-${electronVersion}-${platform}-${arch}`;
}

export function prebuildArgs(electronVersion, arch = process.arch) {
  return ['--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, '--verbose'];
}

export function nodeGypArgs(electronVersion, arch = process.arch) {
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    '--dist-url=https://electronjs.org/headers',
    `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
  ];
}

/** node-gyp: the one npm runs scripts with, else the project's, else the one bundled with npm. */
export function findNodeGyp(env = process.env) {
  const candidates = [env.npm_config_node_gyp];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    /* not installed in the project */
  }
  const nodeDir = path.dirname(process.execPath);
  candidates.push(
    path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), // Windows
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), // Unix
  );
  return candidates.find((p) => p && fs.existsSync(p)) ?? null;
}

/** Path of the Electron executable, or exits with a clear message when it was never downloaded. */
function electronBinary() {
  let bin;
  try {
    bin = require('electron'); // node_modules/electron/index.js: the path, after a download attempt if missing
  } catch {
    fail(MSG_NO_ELECTRON);
  }
  if (typeof bin !== 'string' || !fs.existsSync(bin)) fail(MSG_NO_ELECTRON);
  return bin;
}

function run(cmd, args, cwd) {
  return spawnSync(cmd, args, { cwd, stdio: 'inherit', env: process.env }).status === 0;
}

/** Builds (once per key) better_sqlite3.node for Electron and returns its path. */
function electronAddon() {
  const electronVersion = require('electron/package.json').version;
  const pkgDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const sqliteVersion = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  const key = addonKey({ sqliteVersion, electronVersion });
  const dir = path.join(CACHE, key);
  const addon = path.join(dir, 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(addon)) return addon;

  console.log(`Chuẩn bị better-sqlite3 cho Electron ${electronVersion} (chỉ lần đầu)... / Building better-sqlite3 for Electron ${electronVersion} (first run only)...`);
  fs.rmSync(CACHE, { recursive: true, force: true }); // builds for older versions are of no use
  const work = `${dir}.tmp`;
  fs.cpSync(pkgDir, work, {
    recursive: true,
    filter: (src) => !['build', 'node_modules'].includes(path.relative(pkgDir, src).split(path.sep)[0]),
  });
  const prebuilt = run(process.execPath, [require.resolve('prebuild-install/bin.js'), ...prebuildArgs(electronVersion)], work);
  if (!prebuilt) {
    const gyp = findNodeGyp();
    if (!gyp) fail('Không tìm thấy node-gyp để biên dịch better-sqlite3 cho Electron. / node-gyp not found: run "npm start" through npm.');
    if (!run(process.execPath, [gyp, ...nodeGypArgs(electronVersion)], work)) {
      fail(
        'Không biên dịch được better-sqlite3 cho Electron: cần Internet (tải Electron headers) và Visual Studio Build Tools (C++) trên Windows.\n' +
          'Could not build better-sqlite3 for Electron: needs Internet access and, on Windows, Visual Studio Build Tools with C++.',
      );
    }
  }
  fs.renameSync(work, dir);
  if (!fs.existsSync(addon)) fail(`Không thấy ${addon} sau khi biên dịch. / ${addon} missing after the build.`);
  return addon;
}

function main() {
  for (const built of ['dist/renderer/index.html', 'dist-electron/main.cjs', 'dist-electron/preload.cjs']) {
    if (!fs.existsSync(path.join(root, built))) fail(`Thiếu ${built}: hãy chạy "npm start" (có bước build) hoặc "npm run build". / ${built} missing: run "npm run build".`);
  }
  const bin = electronBinary();
  const binding = process.env.BIENBAN_SQLITE_BINDING || electronAddon();
  const env = { ...process.env, BIENBAN_SQLITE_BINDING: binding };
  delete env.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
  const child = spawn(bin, [root, ...process.argv.slice(2)], { stdio: 'inherit', env, windowsHide: false });
  child.on('error', (e) => fail(`Không chạy được Electron: ${e.message}`));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      if (!child.killed) child.kill(sig);
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();

// The layer rule of docs/architecture.md, enforced as a test (our equivalent of eslint's
// no-restricted-imports): renderer → shared ← electron/core ← electron shell.
//
//   shared/         pure TypeScript: no renderer/ or electron/, no Node builtins, no 'electron',
//                   no React or other UI, no DOM- or Node-only globals
//   electron/core/  no 'electron', no renderer/, and not the shell around it (electron/*.ts)
//   electron/ shell no renderer/ (it loads the built page by path, it never imports it)
//   renderer/       no electron/, no Node builtins, no 'electron' or native modules; shared/ is fine
//
// Imports are read with TypeScript's own pre-processor (static, type-only, dynamic import(),
// require(), export … from), so comments and strings that merely look like imports do not count.
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type Layer = 'renderer' | 'shared' | 'core' | 'shell';
const LAYER_NAME: Record<Layer, string> = {
  renderer: 'renderer/', shared: 'shared/', core: 'electron/core/', shell: 'the Electron shell (electron/, outside core/)',
};

/** Which layer a repository-relative path (posix separators) belongs to, if any. */
export function layerOf(rel: string): Layer | null {
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('shared/')) return 'shared';
  if (rel.startsWith('electron/core/')) return 'core';
  if (rel.startsWith('electron/')) return 'shell';
  return null;
}

const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));
const isBuiltin = (spec: string) => spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0]);
const packageName = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/** Packages that only make sense on one side of the process boundary. */
const UI_PACKAGES = ['react', 'react-dom', 'react-dom/client', '@mantine/core', '@mantine/hooks'];
const NODE_ONLY_PACKAGES = ['electron', 'better-sqlite3'];

export interface Violation { file: string; spec: string; rule: string }

/** Checks one import specifier written in `file` (repository-relative) against the layer rules. */
export function checkImport(file: string, spec: string): Violation | null {
  const from = layerOf(file);
  if (!from) return null;
  const v = (rule: string): Violation => ({ file, spec, rule });
  const relative = spec.startsWith('.') || spec.startsWith('/');
  const target = relative ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : null;
  const to = target ? layerOf(target) : null;
  const pkg = relative ? null : packageName(spec);

  switch (from) {
    case 'shared':
      if (relative && to !== 'shared') return v(`shared/ may import only shared/ (this resolves to ${target})`);
      if (!relative && isBuiltin(spec)) return v('shared/ must run in the browser too: no Node builtins');
      if (pkg === 'electron') return v("shared/ must not import 'electron'");
      if (pkg && (pkg === 'react' || pkg.startsWith('react-') || pkg.startsWith('@mantine/') || UI_PACKAGES.includes(spec))) {
        return v('shared/ holds no UI: no React or UI libraries');
      }
      if (pkg && NODE_ONLY_PACKAGES.includes(pkg)) return v(`shared/ must run in the browser too: no ${pkg}`);
      return null;
    case 'core':
      if (pkg === 'electron') return v("electron/core/ must not import 'electron' (it also runs in the harness and the CLI)");
      if (to === 'renderer') return v('electron/core/ must not import renderer/');
      if (to === 'shell') return v('electron/core/ must not import the Electron shell around it');
      if (pkg && (pkg === 'react' || pkg.startsWith('react-') || pkg.startsWith('@mantine/'))) return v('electron/core/ holds no UI');
      return null;
    case 'shell':
      if (to === 'renderer') return v('the Electron shell must not import renderer/ (it loads the built page by path)');
      return null;
    case 'renderer':
      if (to === 'core' || to === 'shell') return v('renderer/ must not import electron/: call window.api (types from shared/api)');
      if (relative && !to && target && !target.startsWith('renderer')) {
        return v(`renderer/ may import renderer/ and shared/ only (this resolves to ${target})`);
      }
      if (!relative && isBuiltin(spec)) return v('renderer/ runs in a sandboxed page: no Node builtins');
      if (pkg && NODE_ONLY_PACKAGES.includes(pkg)) return v(`renderer/ runs in a sandboxed page: no ${pkg}`);
      return null;
  }
}

/** Every module specifier in a source text, with TypeScript's pre-processor. */
export function importsOf(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return [...info.importedFiles, ...info.referencedFiles].map((f) => f.fileName);
}

export function checkSource(file: string, source: string): Violation[] {
  return importsOf(source).map((spec) => checkImport(file, spec)).filter((x): x is Violation => x !== null);
}

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => !f.includes('/node_modules/'))
    .sort();
}

const format = (vs: Violation[]) => vs.map((x) => `  ${x.file}: import '${x.spec}' — ${x.rule}`).join('\n');

/**
 * Globals shared/ may use because both Node ≥ 20 and the browser provide them. Anything else that is
 * neither ECMAScript nor listed here (window, document, localStorage, process, Buffer, require…) is
 * DOM- or Node-only and fails the check below.
 */
const UNIVERSAL_GLOBALS = `
  declare var crypto: { randomUUID(): \`\${string}-\${string}-\${string}-\${string}-\${string}\` };
  declare var console: { log(...a: unknown[]): void; info(...a: unknown[]): void; warn(...a: unknown[]): void; error(...a: unknown[]): void; debug(...a: unknown[]): void };
  declare function setTimeout(handler: (...args: any[]) => void, timeout?: number, ...args: any[]): any;
  declare function clearTimeout(id: any): void;
  declare function queueMicrotask(cb: () => void): void;
  declare function structuredClone<T>(value: T): T;
  declare class TextEncoder { encode(input?: string): Uint8Array }
  declare class TextDecoder { constructor(label?: string); decode(input?: ArrayBufferView | ArrayBuffer): string }
`;
const GLOBALS_FILE = path.join(ROOT, 'shared', '__universal-globals__.d.ts');

/** Type-checks files (absolute paths) with ECMAScript libs only, no DOM and no @types/node, and lists unknown globals. */
function platformGlobalsUsed(abs: string[]): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'], types: [], strict: true, noEmit: true, skipLibCheck: true, isolatedModules: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) =>
    path.resolve(name) === GLOBALS_FILE ? ts.createSourceFile(name, UNIVERSAL_GLOBALS, lang) : getSourceFile(name, lang, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === GLOBALS_FILE || fileExists(name);
  const program = ts.createProgram([...abs, GLOBALS_FILE], options, host);
  // 2304/2552: cannot find name; 2580–2593, 2867/2868: "… do you need type definitions for node / DOM?"
  const CODES = new Set([2304, 2552, 2580, 2581, 2582, 2583, 2584, 2591, 2592, 2593, 2867, 2868]);
  return abs.flatMap((f) =>
    program
      .getSemanticDiagnostics(program.getSourceFile(f))
      .filter((d) => CODES.has(d.code) && d.file)
      .map((d) => {
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        const name = path.relative(ROOT, d.file!.fileName).split(path.sep).join('/');
        return `  ${name}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
      }),
  );
}

describe('layer rules', () => {
  const dirs = ['renderer', 'shared', 'electron'];
  const files = dirs.flatMap(sourceFiles);

  it('finds the source files it is meant to check', () => {
    for (const layer of ['shared', 'core', 'shell', 'renderer'] as Layer[]) {
      expect(files.some((f) => layerOf(f) === layer), `no files found for ${LAYER_NAME[layer]}`).toBe(true);
    }
  });

  it('no file imports across a forbidden boundary', () => {
    const violations = files.flatMap((f) => checkSource(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(violations, `Layer rule broken (see docs/architecture.md, "The layers"):\n${format(violations)}\n`).toEqual([]);
  });

  it('shared/ uses no DOM-only or Node-only globals (checked with ECMAScript libs only)', () => {
    const shared = files.filter((f) => layerOf(f) === 'shared');
    const used = platformGlobalsUsed(shared.map((f) => path.join(ROOT, f)));
    expect(used, `shared/ must run in Node and in the browser; these need the DOM or Node:\n${used.join('\n')}\n`).toEqual([]);
  });
});

describe('the layer scanner itself', () => {
  it('catches each kind of violation in sample sources', () => {
    const cases: [file: string, source: string][] = [
      ['shared/a.ts', `import fs from 'node:fs';`],
      ['shared/a.ts', `import { join } from 'path';`],
      ['shared/a.ts', `import { ipcRenderer } from 'electron';`],
      ['shared/a.ts', `import { useState } from 'react';`],
      ['shared/a.ts', `import { Button } from '@mantine/core';`],
      ['shared/vi/a.ts', `import { x } from '../../renderer/src/api';`],
      ['shared/a.ts', `export { openDatabase } from '../electron/core/db/database';`],
      ['shared/a.ts', `import type { Core } from '../electron/core/core';`],
      ['shared/a.ts', `const m = await import('node:fs');`],
      ['shared/a.ts', `const Database = require('better-sqlite3');`],
      ['electron/core/x.ts', `import { app } from 'electron';`],
      ['electron/core/db/x.ts', `import { dialog } from 'electron/main';`],
      ['electron/core/x.ts', `import { App } from '../../renderer/src/App';`],
      ['electron/core/x.ts', `import { createWindow } from '../window';`],
      ['electron/main.ts', `import { App } from '../renderer/src/App';`],
      ['renderer/src/a.tsx', `import { createCore } from '../../electron/core/core';`],
      ['renderer/src/a.tsx', `import { ipcRenderer } from 'electron';`],
      ['renderer/src/a.tsx', `import fs from 'fs';`],
      ['renderer/src/a.tsx', `import { readFile } from 'node:fs/promises';`],
      ['renderer/src/a.tsx', `import Database from 'better-sqlite3';`],
      ['renderer/src/a.tsx', `import { x } from '../../test/helpers';`],
    ];
    for (const [file, source] of cases) {
      expect(checkSource(file, source), `${file}: ${source}`).toHaveLength(1);
    }
  });

  it('allows what the architecture allows', () => {
    const cases: [file: string, source: string][] = [
      ['shared/api.ts', `import { z } from 'zod';\nimport { Campaign } from './records';`],
      ['shared/vi/dates.ts', `import { isValid, parse } from 'date-fns';\nimport { pad2 } from './numbers';`],
      ['electron/core/core.ts', `import path from 'node:path';\nimport Database from 'better-sqlite3';\nimport type { OpName } from '../../shared/api';`],
      ['electron/main.ts', `import { app, BrowserWindow } from 'electron';\nimport { createCore } from './core/core';`],
      ['electron/preload.ts', `import { contextBridge, ipcRenderer } from 'electron';\nimport { OP_NAMES } from '../shared/api';`],
      ['renderer/src/App.tsx', `import { useState } from 'react';\nimport { Button } from '@mantine/core';\nimport type { Api } from '../../shared/api';\nimport './styles.css';`],
    ];
    for (const [file, source] of cases) expect(checkSource(file, source), `${file}: ${source}`).toEqual([]);
  });

  it('is not fooled by comments and strings that look like imports', () => {
    const source = [
      `// import fs from 'node:fs';`,
      `/* import { app } from 'electron'; */`,
      `const hint = "import fs from 'node:fs'";`,
      `import { z } from 'zod';`,
    ].join('\n');
    expect(importsOf(source)).toEqual(['zod']);
    expect(checkSource('shared/a.ts', source)).toEqual([]);
  });

  it('reads multi-line and side-effect imports and re-exports', () => {
    const source = `import {\n  a,\n  b,\n} from 'node:fs';\nimport 'electron';\nexport * from '../renderer/x';`;
    expect(importsOf(source).sort()).toEqual(['../renderer/x', 'electron', 'node:fs']);
    expect(checkSource('shared/a.ts', source)).toHaveLength(3);
  });

  it('the globals check catches DOM and Node globals and allows the universal ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-layers-'));
    try {
      const bad = path.join(dir, 'bad.ts');
      const good = path.join(dir, 'good.ts');
      fs.writeFileSync(bad, `export const a = window.location.href;\nexport const b = process.env.HOME;\nexport const c = localStorage.getItem('x');\n`);
      fs.writeFileSync(good, `export const id = crypto.randomUUID();\nexport const n = new Intl.NumberFormat('vi-VN').format(1);\nconsole.log(structuredClone({ id }));\n`);
      const found = platformGlobalsUsed([bad, good]);
      expect(found.join('\n')).toMatch(/bad\.ts:1: .*'window'/);
      expect(found.join('\n')).toMatch(/bad\.ts:2: .*'process'/);
      expect(found.join('\n')).toMatch(/bad\.ts:3: .*'localStorage'/);
      expect(found.filter((l) => l.includes('good.ts'))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

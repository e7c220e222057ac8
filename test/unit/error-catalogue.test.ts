// Every code the core throws on purpose has a Vietnamese title and action in the catalogue, so the
// error note never falls back to the "unexpected" wording for a refusal she can act on.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../shared/errors';

const CORE = path.resolve(__dirname, '../../electron/core');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Codes of `new CoreError('CODE', …)` (the code may sit on the next line); anything else as the first argument is reported. */
function thrownCodes(): { codes: Map<string, string[]>; unreadable: string[] } {
  const codes = new Map<string, string[]>();
  const unreadable: string[] = [];
  for (const file of tsFiles(CORE)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/new CoreError\(\s*([^,)]+)/g)) {
      const literal = /^(['"`])([A-Z][A-Z0-9_]*)\1$/.exec(m[1].trim());
      const where = path.relative(CORE, file);
      if (!literal) unreadable.push(`${where}: ${m[1].trim()}`);
      else codes.set(literal[2], [...(codes.get(literal[2]) ?? []), where]);
    }
  }
  return { codes, unreadable };
}

describe('error catalogue', () => {
  const { codes, unreadable } = thrownCodes();

  it('finds the codes the core throws (the scan itself works)', () => {
    expect(codes.size).toBeGreaterThan(20);
    expect(codes.has('NOT_FOUND')).toBe(true);
    expect(codes.has('CHILD_OWNED_ELSEWHERE')).toBe(true); // written over two lines in table.ts
  });

  it('every CoreError is thrown with a literal code', () => {
    expect(unreadable).toEqual([]);
  });

  it('every code thrown in electron/core is catalogued', () => {
    const missing = [...codes].filter(([code]) => !ERROR_CATALOGUE[code]).map(([code, files]) => `${code} (${files.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('every entry has a Vietnamese title and action', () => {
    for (const [code, info] of Object.entries(ERROR_CATALOGUE)) {
      expect(info.title.trim(), code).not.toBe('');
      expect(info.action.trim(), code).not.toBe('');
      expect(info.title.normalize('NFC'), code).toBe(info.title);
      expect(info.action.normalize('NFC'), code).toBe(info.action);
      expect(`${info.title} ${info.action}`, code).toMatch(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i);
    }
  });
});

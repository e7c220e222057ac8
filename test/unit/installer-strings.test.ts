// The installer speaks Vietnamese: every string of electron-builder's own NSIS pages and messages
// that it ships without Vietnamese is given in build/installer.nsh (electron-builder cannot run here,
// so the include is checked as text against electron-builder's own message files).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');
const cfg = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const nshPath = path.join(root, cfg.nsis.include as string);
const nsh = fs.readFileSync(nshPath, 'utf8');
const templates = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('app-builder-lib/package.json')), 'templates', 'nsis');
const VI = '1066';

/** The LangStrings the include sets for Vietnamese, inside customHeader (inserted after electron-builder's own). */
function vietnamese(): Map<string, string> {
  const header = /!macro customHeader\b([\s\S]*?)!macroend/.exec(nsh)?.[1] ?? '';
  return new Map([...header.matchAll(/^\s*LangString\s+(\S+)\s+(\d+)\s+"((?:[^"$]|\$.)*)"\s*$/gm)]
    .filter((m) => m[2] === VI).map((m) => [m[1], m[3]]));
}

describe('build/installer.nsh', () => {
  it('is the NSIS include of electron-builder.yml, for the Vietnamese installer', () => {
    expect(cfg.nsis.include).toBe('build/installer.nsh');
    expect(cfg.nsis.installerLanguages).toEqual(['vi_VN']);
    expect(cfg.nsis.oneClick).toBe(false); // so the assisted pages' strings below are the ones shown
  });

  it('gives Vietnamese for every string electron-builder has only in English', () => {
    const given = vietnamese();
    const missing: string[] = [];
    for (const file of ['messages.yml', 'assistedMessages.yml']) {
      const messages = parse(fs.readFileSync(path.join(templates, file), 'utf8')) as Record<string, Record<string, string>>;
      expect(Object.keys(messages).length, file).toBeGreaterThan(5);
      for (const [id, byLang] of Object.entries(messages)) {
        if (!byLang.vi && !given.has(id)) missing.push(`${file}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('writes them as Vietnamese: NFC with its letters, names the app by its define, keeps the NSIS escapes valid', () => {
    const given = vietnamese();
    expect(given.size).toBeGreaterThan(20);
    for (const [id, text] of given) {
      expect(text, id).toBe(text.normalize('NFC'));
      expect(text.trim(), id).not.toBe('');
      expect(text, id).not.toMatch(/please|install(ed|ing)?\b|click/i);
      // The only $ sequences: ${PRODUCT_NAME} and the $\r$\n line breaks.
      expect(text.replace(/\$\{PRODUCT_NAME\}|\$\\r|\$\\n/g, ''), id).not.toContain('$');
    }
    expect(given.get('installing')).toMatch(/Đang cài đặt/);
    expect(given.get('areYouSureToUninstall')).toMatch(/giữ lại/); // uninstalling keeps her data (deleteAppDataOnUninstall: false)
    // The accelerator (&) of each choice is kept.
    expect(given.get('onlyForMe')).toContain('&');
    expect(given.get('forAll')).toContain('&');
  });

  it('turns off only the "LangString set twice" warning, and only around its strings', () => {
    expect(nsh).toMatch(/!pragma warning push\s+!pragma warning disable 6030\b/);
    expect(nsh).toMatch(/!pragma warning pop\s+!macroend/);
    expect(nsh.match(/!pragma warning disable/g)).toHaveLength(1);
    expect(Buffer.from(nsh, 'utf8').toString('utf8')).toBe(nsh);
  });
});

// What a văn thư checks on a generated document, read from the Word XML: the draft mark and the
// draft's date line, recommendations' own deadlines, typography, document properties.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildModel, type BuildOptions, type ModelInput } from '../../shared/documents/model';
import type { DocType } from '../../shared/documents/fields';
import { generateDocument } from '../../electron/core/documents/generate';
import { demoInput } from '../support/doc-fixtures';

const TEMPLATES = path.resolve('templates');
const templateOf: Record<DocType, Uint8Array> = {
  minutes: new Uint8Array(fs.readFileSync(path.join(TEMPLATES, 'bien-ban.docx'))),
  conclusion: new Uint8Array(fs.readFileSync(path.join(TEMPLATES, 'thong-bao-ket-luan.docx'))),
};

const part = (docx: Uint8Array, name: string) => strFromU8(unzipSync(docx)[name]);
/** Visible text, one entry per paragraph (w:br as "\n", w:noBreakHyphen as U+2011). */
const paragraphs = (docx: Uint8Array) =>
  [...part(docx, 'word/document.xml').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:noBreakHyphen\/>/g)]
      .map((t) => (t[0] === '<w:br/>' ? '\n' : t[0] === '<w:noBreakHyphen/>' ? '\u2011' : t[1])).join(''),
  );
const draft: BuildOptions = { number: null, issuedDate: null };
const issued: BuildOptions = { number: 5, issuedDate: '2023-08-10' };
const make = (input: ModelInput, type: DocType, opts: BuildOptions) => generateDocument(templateOf[type], buildModel(input, type, opts));

describe('drafts', () => {
  it('a draft says DỰ THẢO, bold and boxed, before the header, and its date line carries the known year', async () => {
    for (const type of ['minutes', 'conclusion'] as const) {
      const docx = await make(demoInput('ngocLac2023'), type, draft);
      const xml = part(docx, 'word/document.xml');
      const body = xml.slice(xml.indexOf('<w:body>'));
      const first = /<w:p[ >][\s\S]*?<\/w:p>/.exec(body)![0];
      expect(first).toContain('DỰ THẢO');
      expect(first).toMatch(/<w:jc w:val="right"\/>/);
      expect(first).toMatch(/<w:b\/>/);
      expect(first).toMatch(/<w:bdr w:val="single"/);
      // Before the header table.
      expect(body.indexOf('DỰ THẢO')).toBeLessThan(body.indexOf('<w:tbl>'));
    }
    const conclusion = paragraphs(await make(demoInput('ngocLac2023'), 'conclusion', draft));
    expect(conclusion.some((t) => /, ngày \.\.\. tháng \.\.\. năm 2023$/.test(t))).toBe(true);
    expect(conclusion.join('\n')).not.toContain('năm 20..');
  });

  it('an issued document has neither the mark nor dots in its date line', async () => {
    for (const type of ['minutes', 'conclusion'] as const) {
      const docx = await make(demoInput('ngocLac2023'), type, issued);
      const text = paragraphs(docx).join('\n');
      expect(text).not.toContain('DỰ THẢO');
      expect(text).not.toMatch(/ngày \.\.\. tháng/);
    }
  });
});

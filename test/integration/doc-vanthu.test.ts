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
/** Visible text, one entry per paragraph (w:br as "\n", w:noBreakHyphen as the hyphen Word shows). */
const paragraphs = (docx: Uint8Array) =>
  [...part(docx, 'word/document.xml').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:noBreakHyphen\/>/g)]
      .map((t) => (t[0] === '<w:br/>' ? '\n' : t[0] === '<w:noBreakHyphen/>' ? '-' : t[1])).join(''),
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

describe('each recommendation keeps its own deadlines', () => {
  const withDeadlines = (report: (k: number) => string | null) => {
    const input = demoInput('ngocLac2023');
    input.inspection.recommendations = input.inspection.recommendations.map((r, k) => ({
      ...r, remedyDeadline: k === 0 ? '2023-11-30' : '2023-12-31', reportDeadline: report(k), reportTo: '',
    }));
    return input;
  };

  it('prints each report-back deadline with its recommendation when they differ', async () => {
    const input = withDeadlines((k) => (k === 0 ? '2023-12-05' : '2024-01-05'));
    const text = paragraphs(await make(input, 'conclusion', issued));
    const recs = text.slice(text.findIndex((t) => t.startsWith('Đối với')));
    const a = recs.find((t) => t.startsWith('a) '))!;
    const b = recs.find((t) => t.startsWith('b) '))!;
    expect(a).toContain('hoàn thành trước ngày 30/11/2023, báo cáo kết quả về Sở Nội vụ trước ngày 05/12/2023');
    expect(b).toContain('hoàn thành trước ngày 31/12/2023, báo cáo kết quả về Sở Nội vụ trước ngày 05/01/2024');
    const report = text.find((t) => t.includes('báo cáo kết quả khắc phục'))!;
    expect(report).toContain('về Sở Nội vụ theo thời hạn nêu tại từng kiến nghị');
    expect(report).not.toContain('05/01/2024');
    // The minutes' table carries both deadlines in the Thời hạn cell.
    const minutes = paragraphs(await make(input, 'minutes', issued)).join('\n');
    expect(minutes).toContain('Trước ngày 30/11/2023\nBáo cáo kết quả về Sở Nội vụ trước ngày 05/12/2023');
    expect(minutes).toContain('Trước ngày 31/12/2023\nBáo cáo kết quả về Sở Nội vụ trước ngày 05/01/2024');
  });

  it('says it once when every recommendation reports back on the same day to the same body', async () => {
    const text = paragraphs(await make(withDeadlines(() => '2024-01-05'), 'conclusion', issued));
    expect(text.filter((t) => t.includes('báo cáo kết quả'))).toEqual([
      'UBND huyện Ngọc Lặc báo cáo kết quả khắc phục các tồn tại, hạn chế nêu trên bằng văn bản về Sở Nội vụ trước ngày 05/01/2024 để tổng hợp, theo dõi.',
    ]);
  });
});

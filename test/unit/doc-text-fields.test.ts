// Text fields filled in the paragraph's XML give what docx's patchDocument gave, byte for byte.
import { describe, expect, it } from 'vitest';
import { patchDocument, PatchType, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fillTextFields } from '../../electron/core/documents/text-fields';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** What docx makes of one paragraph, patched as fill.ts patched text fields before. */
async function viaDocx(p: string, text: Record<string, string>): Promise<string> {
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS}"/>`),
    'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body>${p}</w:body></w:document>`),
  };
  const patches = Object.fromEntries(Object.entries(text).map(([k, v]) => [k, {
    type: PatchType.PARAGRAPH,
    children: v ? v.split('\n').map((line, n) => new TextRun({ text: line, font: 'Times New Roman', break: n > 0 ? 1 : undefined })) : [],
  }]));
  const out = await patchDocument({ outputType: 'uint8array', data: zipSync(files), patches, keepOriginalStyles: true });
  const xml = strFromU8(unzipSync(out)['word/document.xml']);
  return xml.slice(xml.indexOf('<w:body>') + 8, xml.lastIndexOf('</w:body>'));
}

const never = () => false;

describe('fillTextFields', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['a field with run properties', '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">{{ten}}</w:t></w:r></w:p>', { ten: 'UBND huyện Mường Chà' }],
    ['text around, a run without properties, a following run', '<w:p><w:r><w:t xml:space="preserve">Số: {{so}}/BB</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>sau</w:t></w:r></w:p>', { so: '05' }],
    ['two fields in one piece of text, line breaks, escaping', '<w:p><w:r><w:rPr><w:lang w:val="vi-VN"/><w:rFonts w:ascii="Arial"/><w:b/></w:rPr><w:t xml:space="preserve">{{a}} và {{b}}</w:t></w:r></w:p>', { a: `Đoàn <1> & "2" 'ba'`, b: 'dòng 1\ndòng 2' }],
    ['an empty value and the same field twice', '<w:p><w:r><w:t xml:space="preserve">{{x}}-{{x}}</w:t></w:r><w:r><w:t xml:space="preserve">  cuối  </w:t></w:r></w:p>', { x: '' }],
  ];
  for (const [name, p, text] of cases) {
    it(name, async () => {
      expect(fillTextFields(p, text, never)).toBe(await viaDocx(p, text));
    });
  }

  it('leaves a field with no value as it is, and a paragraph of another shape to docx', () => {
    const p = '<w:p><w:r><w:t>{{khac}}</w:t></w:r></w:p>';
    expect(fillTextFields(p, { ten: 'A' }, never)).toBe(p);
    expect(fillTextFields('<w:p><w:hyperlink r:id="rId1"><w:r><w:t>{{ten}}</w:t></w:r></w:hyperlink></w:p>', { ten: 'A' }, never)).toBeNull();
  });
});

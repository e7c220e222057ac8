// The WordprocessingML writer of the block fields: escaping, spaces, line breaks, and the same XML as
// the docx builders it replaced.
import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { escapeAttr, escapeXml, paragraphXml, runXml, runsWithBreaksXml } from '../../electron/core/documents/wordml';
import { renderBlocks } from '../../electron/core/documents/blocks';

const TNR = '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>';

async function docxBody(children: Paragraph[]): Promise<string> {
  const xml = strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] }))))['word/document.xml']);
  return xml.slice(xml.indexOf('<w:body>') + 8, xml.indexOf('<w:sectPr'));
}

describe('wordml', () => {
  it('escapes & < > (and " in attribute values) and keeps Vietnamese text as it is', () => {
    // Quotes need no escaping in text content; docx's patcher wrote them as they are.
    expect(escapeXml(`A & B <c> "d" 'e'`)).toBe(`A &amp; B &lt;c&gt; "d" 'e'`);
    expect(escapeAttr('Font "X" & <Y>')).toBe('Font &quot;X&quot; &amp; &lt;Y&gt;');
    expect(runXml('x', { font: 'A "B"' })).toContain('w:ascii="A &quot;B&quot;"');
    expect(runXml('Ủy ban nhân dân & Đoàn <kiểm tra>')).toBe(
      '<w:r><w:t xml:space="preserve">Ủy ban nhân dân &amp; Đoàn &lt;kiểm tra&gt;</w:t></w:r>',
    );
  });

  it('keeps leading and trailing spaces with xml:space="preserve"', () => {
    expect(runXml('  hai khoảng trắng  ')).toContain('<w:t xml:space="preserve">  hai khoảng trắng  </w:t>');
  });

  it('turns line breaks into w:br, never a literal newline', () => {
    const xml = runsWithBreaksXml('ĐOÀN KIỂM TRA\r\nCÔNG TÁC\nCCHC', { bold: true });
    expect(xml).not.toMatch(/\n/);
    expect(xml.match(/<w:br\/>/g)).toHaveLength(2);
    expect(xml).toBe(
      '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">ĐOÀN KIỂM TRA</w:t></w:r>' +
        '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:br/><w:t xml:space="preserve">CÔNG TÁC</w:t></w:r>' +
        '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:br/><w:t xml:space="preserve">CCHC</w:t></w:r>',
    );
  });

  it('writes runs and paragraphs as docx does', async () => {
    const font = 'Times New Roman';
    const ours = paragraphXml({ keepNext: true, before: 120, after: 0, firstLine: 567, align: 'both' },
      runXml(`Điều 1 & 2 <3>  `, { font, size: 28, bold: true, italic: true }) + runXml('', { font, size: 26 }, true)) +
      paragraphXml({ align: 'center', mark: { font, size: 28 } }, '');
    const theirs = await docxBody([
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true,
        children: [new TextRun({ text: `Điều 1 & 2 <3>  `, font, size: 28, bold: true, italics: true }), new TextRun({ text: '', font, size: 26, break: 1 })],
      }),
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, run: { font, size: 28 }, children: [] }),
    ]);
    expect(ours).toBe(theirs);
    expect(ours).toContain(TNR);
  });

  it('writes the blocks: a heading, a grid table with a header row, a signature table', () => {
    const [heading, table, signatures] = renderBlocks([
      { kind: 'heading', level: 1, text: 'I. THÀNH PHẦN' },
      { kind: 'table', columns: ['STT', 'Nội dung'], widths: [1, 9], rows: [['1', 'Rà soát & công bố']], center: [0] },
      { kind: 'signatures', widths: [1, 1], rows: [{ left: null, right: { kind: 'signer', lines: ['TRƯỞNG ĐOÀN'], name: 'Nguyễn Văn A' } }] },
    ]);
    expect(heading).toContain('<w:keepNext/><w:spacing w:after="120" w:before="120" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/>');
    expect(table).toMatch(/^<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="8787"\/>/);
    expect(table).toContain('<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    expect(table).toContain('Rà soát &amp; công bố');
    expect(signatures).toContain('<w:spacing w:after="0" w:before="1500" w:line="240" w:lineRule="auto"/>');
    expect(signatures).toContain('Nguyễn Văn A');
  });
});

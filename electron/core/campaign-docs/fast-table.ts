// Large ruled tables (the report's list of every recommendation: 600 rows for 40 units) written as
// XML strings: docx's builders lay out one header row and one sample row with the table's exact
// look (electron/core/documents/blocks.ts gridTable, the one home of that look), and every data row
// is that sample with its texts put in. Building 3,000 cells with the builders took most of a
// report's time; the XML is the same.
import type { Block } from '../../../shared/documents/model-types';
import { gridTable } from '../documents/blocks';
import { componentsXml } from '../documents/docx-xml';
import { keepNumbersTogether } from '../documents/fill';

type TableBlock = Extract<Block, { kind: 'table' }>;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const slot = (k: number) => `@@BIENBAN-CELL-${k}@@`;

/** The table's WordprocessingML; the same as componentsXml([gridTable(b)]) for texts without line breaks. */
export function gridTableXml(b: TableBlock): string {
  const plain = b.rows.every((r) => r.every((t) => !/[\r\n]/.test(t)));
  if (!plain || b.rows.length < 2) return keepNumbersTogether(componentsXml([gridTable(b)]));
  const sample = componentsXml([gridTable({ ...b, rows: [b.columns.map((_c, k) => slot(k))] })]);
  const rows = [...sample.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)];
  const body = rows[1];
  const head = sample.slice(0, body.index!);
  const tail = sample.slice(body.index! + body[0].length);
  const row = body[0];
  const parts = row.split(/@@BIENBAN-CELL-(\d+)@@/);
  const out: string[] = [head];
  for (const r of b.rows) {
    // parts alternate: literal XML, cell index, literal XML, …
    for (let k = 0; k < parts.length; k++) out.push(k % 2 ? esc(r[Number(parts[k])] ?? '') : parts[k]);
  }
  out.push(tail);
  // docx writes an empty text as an empty element.
  return keepNumbersTogether(out.join('').replace(/<w:t xml:space="preserve"><\/w:t>/g, '<w:t xml:space="preserve"/>'));
}

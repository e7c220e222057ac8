import { expect, it } from 'vitest';
import { headerRowCounts, keepFlags, type ParsedNode } from '../../renderer/src/paper/docxPages';

it('counts the heading rows Word repeats on every page, table by table in document order (nested tables too)', () => {
  const row = (isHeader = false, children: ParsedNode[] = []): ParsedNode => ({ type: 'row', ...(isHeader ? { isHeader: true } : {}), children });
  const body: ParsedNode = {
    type: 'body',
    children: [
      { type: 'paragraph', children: [] },
      { type: 'table', children: [row(true), row(), row()] },
      { type: 'table', children: [row(), row(true)] }, // a flag after the first row heads nothing
      { type: 'table', children: [row(true), row(true), row(false, [{ type: 'cell', children: [{ type: 'table', children: [row()] }] }])] },
    ],
  };
  expect(headerRowCounts(body)).toEqual([1, 0, 2, 0]);
  expect(headerRowCounts(undefined)).toEqual([]);
  // A bare <w:tblHeader/> (no val: on) is read by docx-preview as null; <w:tblHeader w:val="0"/> as false.
  const t = (flags: (boolean | null | undefined)[]) => ({ type: 'table', children: flags.map((f) => (f === undefined ? { type: 'row' } : { type: 'row', isHeader: f })) });
  expect(headerRowCounts({ children: [t([null, null, undefined]), t([false, undefined])] })).toEqual([2, 0]);
});

it('keeps a block with the next where Word does: keepNext paragraphs, and tables all of whose paragraphs keep (kept whole)', () => {
  const p = (keepNext = false): ParsedNode => ({ type: 'paragraph', ...(keepNext ? { keepNext: true } : {}), children: [] });
  const table = (...cells: ParsedNode[][]): ParsedNode => ({ type: 'table', children: [{ type: 'row', children: cells.map((c) => ({ type: 'cell', children: c })) }] });
  const body: ParsedNode = { children: [p(true), p(), table([p(true)], [p(true), p(true)]), table([p(true)], [p()]), table(), { type: 'bookmarkStart' }] };
  expect(keepFlags(body)).toEqual([
    { keepNext: true, whole: false },
    { keepNext: false, whole: false },
    { keepNext: true, whole: true },
    { keepNext: false, whole: false },
    { keepNext: false, whole: false },
    { keepNext: false, whole: false },
  ]);
});

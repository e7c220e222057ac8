// One table on one worksheet, the way an Excel user expects it: Vietnamese headers, numbers and dates
// as real cells (so she can sum, sort and filter), the header row frozen, filters on, columns as wide
// as what they hold. The number formats are Excel's own codes ("#,##0", "0.00%"): Excel draws them
// with the separators of the computer's region, so a Vietnamese Windows shows 25.718 and 97,52%.
import type ExcelJS from 'exceljs';
import { isoToDisplay } from '../../../shared/vi/dates';
import { formatCount, formatDecimal, formatPercent } from '../../../shared/vi/numbers';

/** What a column holds: text, a count, a decimal, a share (0.9752 shown as 97,52%) or a calendar date. */
export type ColumnKind = 'text' | 'count' | 'decimal' | 'percent' | 'date';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Longest width in characters; longer text wraps (content of a recommendation, say). */
  maxWidth?: number;
}

/** A cell: a date as ISO "yyyy-mm-dd" in a date column; null for nothing (never written as 0). */
export type Cell = string | number | null;

export interface SheetTable {
  name: string;
  columns: Column[];
  rows: Cell[][];
  /** A last row under the table (outside the filter range, so filtering never hides it). */
  totals?: Cell[];
}

const NUM_FMT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  decimal: '#,##0.00',
  percent: '0.00%',
  date: 'dd/mm/yyyy',
};
const MIN_WIDTH = 6;
const DEFAULT_MAX_WIDTH = 50;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date as Excel stores it: midnight UTC, so no time zone moves it to the day before. */
export function excelDate(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

function cellValue(kind: ColumnKind, v: Cell): ExcelJS.CellValue {
  if (v === null || v === '') return null;
  if (kind === 'date' && typeof v === 'string' && ISO_DATE.test(v)) return excelDate(v);
  return v;
}

/** How wide the cell looks once Excel draws it, in characters (the longest line). */
function shownLength(kind: ColumnKind, v: Cell): number {
  if (v === null) return 0;
  let text: string;
  if (typeof v === 'string') text = kind === 'date' && ISO_DATE.test(v) ? isoToDisplay(v) : v;
  else if (kind === 'percent') text = formatPercent(v * 100);
  else if (kind === 'decimal') text = formatDecimal(v);
  else text = formatCount(v);
  return Math.max(...text.split('\n').map((l) => l.length));
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, not used yet in the workbook. */
export function sheetName(wb: ExcelJS.Workbook, wanted: string): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').slice(0, 31).trim() || 'Trang';
  let name = base;
  for (let k = 2; wb.worksheets.some((w) => w.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi')); k++) {
    const tail = ` (${k})`;
    name = base.slice(0, 31 - tail.length) + tail;
  }
  return name;
}

/** Adds the table as a new worksheet and returns it. */
export function addTableSheet(wb: ExcelJS.Workbook, t: SheetTable): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName(wb, t.name), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const header = ws.addRow(t.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const row of t.rows) ws.addRow(t.columns.map((c, k) => cellValue(c.kind, row[k] ?? null)));
  if (t.totals) {
    const totals = ws.addRow(t.columns.map((c, k) => cellValue(c.kind, t.totals![k] ?? null)));
    totals.font = { bold: true };
  }
  const lines = [t.columns.map((c) => c.header), ...t.rows, ...(t.totals ? [t.totals] : [])];
  t.columns.forEach((c, k) => {
    const col = ws.getColumn(k + 1);
    const fmt = NUM_FMT[c.kind];
    const widest = Math.max(...lines.map((l, i) => (i === 0 ? longestWord(String(l[k])) : shownLength(c.kind, l[k] ?? null))));
    const max = c.maxWidth ?? DEFAULT_MAX_WIDTH;
    col.width = Math.min(max, Math.max(MIN_WIDTH, widest + 2));
    // Formats go on the table's cells (empty ones too, for what she types later), not on the whole
    // column, so the rows below the table stay plain.
    col.eachCell({ includeEmpty: true }, (cell, rowNumber) => {
      if (rowNumber === 1) return;
      if (fmt) cell.numFmt = fmt;
      cell.alignment = { vertical: 'top', wrapText: c.kind === 'text' && widest + 2 > max };
    });
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + t.rows.length, column: t.columns.length } };
  return ws;
}

/** A header wraps at its spaces, so the column needs only its longest word (and at least a third of it). */
function longestWord(s: string): number {
  const words = s.split(/\s+/).map((w) => w.length);
  return Math.max(...words, Math.ceil(s.length / 3));
}

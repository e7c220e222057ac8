// The sheet writer's rules that the read-back test does not reach: sheet names Excel accepts and the
// header's wrapping.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { addTableSheet, sheetName, wrappedLines } from '../../electron/core/xlsx/sheet';

it('makes sheet names Excel accepts: no []:*?/\\, at most 31 characters, each once', () => {
  const wb = new ExcelJS.Workbook();
  expect(sheetName(wb, 'Số liệu 2022/2023: [tỉnh]')).toBe('Số liệu 2022-2023- -tỉnh-');
  wb.addWorksheet('Số liệu 2022');
  expect(sheetName(wb, 'Số liệu 2022')).toBe('Số liệu 2022 (2)');
  const long = sheetName(wb, 'Một tên trang tính rất dài vượt quá giới hạn của Excel');
  expect(long.length).toBeLessThanOrEqual(31);
});

it('wraps a header at its spaces and gives the header row the height of its longest title', () => {
  expect(wrappedLines('Hồ sơ TTHC tiếp nhận', 30)).toBe(1);
  expect(wrappedLines('Hồ sơ TTHC tiếp nhận', 10)).toBe(2);
  expect(wrappedLines('Hồ sơ TTHC tiếp nhận', 8)).toBe(4);
  expect(wrappedLines('Siêu-dài-một-từ', 4)).toBe(1);
  const wb = new ExcelJS.Workbook();
  const ws = addTableSheet(wb, {
    name: 'T', columns: [{ header: 'STT', kind: 'count' }, { header: 'Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn', kind: 'percent', maxWidth: 12 }],
    rows: [[1, 0.5]],
  });
  expect(ws.getColumn(2).width).toBe(12);
  expect(ws.getRow(1).height).toBeGreaterThan(15 * 3);
  expect(ws.getRow(2).getCell(2).numFmt).toBe('0.00%');
});

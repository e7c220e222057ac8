// The Excel export read back with exceljs: real number and date cells, the header row frozen, filters
// on, Vietnamese headers, totals that are the sums of the units' figures and empty cells (not 0)
// where a figure was not recorded.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { dispatchAsync } from '../../electron/core/dispatch';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { ON_TIME_HEADER, TOTALS_LABEL } from '../../electron/core/xlsx/figures-sheet';
import { demoCoreWithFiles } from '../helpers';

function setup() {
  const { core, platform } = demoCoreWithFiles();
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = core.handlers['inspections.get']({ id });
  const [a, b, c] = insp.recommendations;
  core.handlers['inspections.save']({
    ...insp, recommendations: [{ ...a, remedyDeadline: '2022-12-31' }, { ...b, remedyDeadline: null, remedyDeadlineNote: 'trong quý I/2023' }, c],
  });
  core.handlers['followUp.setStatus']({ inspectionId: id, recommendationId: c.id, status: 'done', statusNote: 'Đã ban hành Bộ tiêu chí.' });
  return { core, platform, campaignId: insp.campaignId, recommendations: [a, b, c] };
}

async function readBack(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}
const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1).map(String);
const colOf = (ws: ExcelJS.Worksheet, header: string) => {
  const k = headerOf(ws).indexOf(header);
  expect(k, `column "${header}"`).toBeGreaterThanOrEqual(0);
  return k + 1;
};

it('writes the tracker with date and number cells, a frozen header and filters over the rows', async () => {
  const { core, platform, campaignId, recommendations } = setup();
  const saved = await core.handlers['xlsx.save']({ campaignId, today: '2023-01-10' });
  expect(saved.fileName).toBe('2023-01-10 Theo dõi kiến nghị và số liệu 2022.xlsx');
  expect(platform.calls.at(-1)).toMatchObject({ op: 'saveFile', name: saved.fileName });
  const wb = await readBack(saved.path!);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo dõi kiến nghị', 'Số liệu 2022']);

  const ws = wb.getWorksheet('Theo dõi kiến nghị')!;
  expect(headerOf(ws)).toEqual([
    'STT', 'Đợt kiểm tra', 'Đoàn số', 'Đơn vị được kiểm tra', 'Kiểm tra từ ngày', 'Đến ngày', 'Kiến nghị số',
    'Nội dung kiến nghị', 'Thời hạn khắc phục', 'Trạng thái', 'Kết quả khắc phục',
  ]);
  const rows = core.handlers['followUp.list']({ campaignId });
  expect(ws.rowCount).toBe(1 + rows.length);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ws.autoFilter).toBe(`A1:K${1 + rows.length}`);

  const k = rows.findIndex((r) => r.recommendation.id === recommendations[0].id);
  const line = ws.getRow(2 + k);
  expect(line.getCell(1).type).toBe(ExcelJS.ValueType.Number);
  expect(line.getCell(4).value).toBe('UBND huyện Mường Chà');
  expect(line.getCell(5).type).toBe(ExcelJS.ValueType.Date);
  expect(line.getCell(5).value).toEqual(new Date(Date.UTC(2022, 9, 3)));
  expect(line.getCell(5).numFmt).toBe('dd/mm/yyyy');
  expect(line.getCell(7).value).toBe(1);
  expect(line.getCell(9).value).toEqual(new Date(Date.UTC(2022, 11, 31)));
  expect(line.getCell(10).value).toBe('Quá hạn');
  const worded = ws.getRow(3 + k);
  expect(worded.getCell(9).value).toBe('trong quý I/2023');
  expect(worded.getCell(10).value).toBe('Chưa thực hiện');
  expect(ws.getRow(4 + k).getCell(10).value).toBe('Đã hoàn thành');
  expect(ws.getRow(4 + k).getCell(11).value).toBe('Đã ban hành Bộ tiêu chí.');
  // Content wraps in a column kept readable; short columns fit their longest value.
  expect(ws.getColumn(8).width).toBe(70);
  expect(ws.getColumn(4).width).toBeGreaterThanOrEqual('UBND huyện Mường Chà'.length);
  expect(ws.getColumn(4).width).toBeLessThanOrEqual(35);
});

it('writes the figures of the campaign per unit with totals that are the sums and empty cells for what is missing', async () => {
  const { core, campaignId } = setup();
  const saved = await core.handlers['xlsx.save']({ campaignId, today: '2023-01-10' });
  const ws = (await readBack(saved.path!)).getWorksheet('Số liệu 2022')!;
  const units = core.handlers['inspections.list']({ campaignId });
  expect(ws.rowCount).toBe(1 + units.length + 1);
  // The totals row stays outside the filter, so filtering never hides it.
  expect(ws.autoFilter).toBe(`A1:${ws.getColumn(headerOf(ws).length).letter}${1 + units.length}`);
  const names = [2, 3].map((r) => ws.getRow(r).getCell(2).value);
  expect(names).toEqual(['UBND huyện Điện Biên', 'UBND huyện Mường Chà']);
  const totals = ws.getRow(2 + units.length);
  expect(totals.getCell(2).value).toBe(TOTALS_LABEL);

  const received = colOf(ws, 'Hồ sơ TTHC tiếp nhận (hồ sơ)');
  expect(ws.getRow(3).getCell(received).value).toBe(25718);
  expect(ws.getRow(3).getCell(received).type).toBe(ExcelJS.ValueType.Number);
  expect(ws.getRow(3).getCell(received).numFmt).toBe('#,##0');
  expect(totals.getCell(received).value).toBe(25718 + 5369);
  for (const header of headerOf(ws).slice(5)) {
    const col = colOf(ws, header);
    const values = [2, 3].map((r) => ws.getRow(r).getCell(col).value as number | null);
    // Rates are not summed (checked below); every other figure column is.
    if ([2, 3].some((r) => ws.getRow(r).getCell(col).numFmt === '0.00%')) continue;
    const known = values.filter((v): v is number => v !== null);
    expect(totals.getCell(col).value, header).toBe(known.length ? known.reduce((a, b) => a + b, 0) : null);
  }
  // A ratio: numerator, denominator and the rate, its total from the sums.
  const signed = colOf(ws, 'Văn bản đi được ký số (văn bản)');
  expect(ws.getRow(3).getCell(signed).value).toBe(8209);
  expect(ws.getRow(3).getCell(signed + 1).value).toBe(8418);
  expect(ws.getRow(3).getCell(signed + 2).value).toBeCloseTo(8209 / 8418, 10);
  expect(ws.getRow(3).getCell(signed + 2).numFmt).toBe('0.00%');
  // Huyện Điện Biên recorded no signed documents: an empty cell, not 0.
  expect(ws.getRow(2).getCell(signed).value).toBeNull();
  expect(ws.getRow(2).getCell(signed + 2).value).toBeNull();
  expect(ws.getRow(2).getCell(signed).numFmt).toBe('#,##0');
  // The on-time rate the chart draws, and its total over the files of both units.
  const onTime = colOf(ws, ON_TIME_HEADER);
  expect(ws.getRow(3).getCell(onTime).value).toBeCloseTo(25393 / 25624, 10);
  expect(totals.getCell(onTime).value).toBeCloseTo((25393 + 10316) / (25624 + 10380), 10);
  // Dates are dates.
  expect(ws.getRow(3).getCell(4).type).toBe(ExcelJS.ValueType.Date);
});

it('exports every campaign when none is chosen, and refuses an unknown one in Vietnamese', async () => {
  const { core } = setup();
  const saved = await core.handlers['xlsx.save']({ today: '2023-01-10' });
  expect(saved.fileName).toBe('2023-01-10 Theo dõi kiến nghị và số liệu các đợt.xlsx');
  const wb = await readBack(saved.path!);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo dõi kiến nghị', 'Số liệu 2023', 'Số liệu 2022', 'Số liệu 2020', 'Số liệu 2019']);
  expect(wb.getWorksheet('Theo dõi kiến nghị')!.rowCount).toBe(1 + core.handlers['followUp.list']({}).length);
  // Mường Ảng recorded no on-time figures: the rate cell and its total are empty.
  const ws2020 = wb.getWorksheet('Số liệu 2020')!;
  const col = colOf(ws2020, ON_TIME_HEADER);
  expect(ws2020.getRow(2).getCell(col).value).toBeNull();
  expect(ws2020.getRow(3).getCell(col).value).toBeNull();

  const bad = await dispatchAsync(core.handlers, 'xlsx.save', { campaignId: '00000000-0000-4000-8000-000000000000' });
  expect(bad).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy đợt kiểm tra (có thể đã bị xóa).' } });
});

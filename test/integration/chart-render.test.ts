// Chart images for documents, made without a browser: a real PNG of the size asked for, its text
// Vietnamese and NFC, from the demo's 2022 campaign (Mường Chà and huyện Điện Biên).
import { expect, it } from 'vitest';
import { renderChartPng, renderChartSvg } from '../../electron/core/charts/render-png';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { onTimeChartHeight, onTimeChartOption, statesChartOption } from '../../shared/charts/options';
import { demoCoreWithFiles } from '../helpers';

function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

it('draws the 2022 campaign on-time rates and recommendation states as PNGs of the asked size', () => {
  const { core } = demoCoreWithFiles();
  const data = core.handlers['campaigns.chartData']({ id: DEMO_IDS.campaign2022DienBien, today: '2023-01-10' });
  // Highest rate first: huyện Điện Biên 99,38%, Mường Chà 99,10%.
  expect(data.onTime.rows.map((r) => r.unitName)).toEqual(['UBND huyện Điện Biên', 'UBND huyện Mường Chà']);
  // Mường Chà: (7.139 + 18.254) / (7.139 + 18.254 + 231) handled files.
  expect(data.onTime.rows.find((r) => r.unitName === 'UBND huyện Mường Chà')).toMatchObject({ onTime: 25393, resolved: 25624 });
  expect(data.recommendations.total).toBe(core.handlers['followUp.list']({ campaignId: DEMO_IDS.campaign2022DienBien }).length);

  const rate = onTimeChartOption(data.onTime);
  const height = onTimeChartHeight(data.onTime);
  const svg = renderChartSvg(rate, { width: 800, height });
  for (const text of ['Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn và trước hạn', 'UBND huyện Mường Chà', '99,10%', '80%']) {
    expect(svg).toContain(text.normalize('NFC'));
  }
  expect(svg).toBe(svg.normalize('NFC'));
  expect(svg).not.toContain('99.1');
  expect(pngSize(renderChartPng(rate, { width: 800, height }))).toEqual({ width: 1600, height: height * 2 });

  const states = statesChartOption(data.recommendations);
  expect(renderChartSvg(states, { width: 640, height: 400 })).toContain('Chưa thực hiện');
  expect(pngSize(renderChartPng(states, { width: 640, height: 400, scale: 1 }))).toEqual({ width: 640, height: 400 });
});

it('names a unit whose figures give no rate under the chart instead of drawing it at 0', () => {
  const { core } = demoCoreWithFiles();
  const data = core.handlers['campaigns.chartData']({ id: DEMO_IDS.campaign2020DienBien, today: '2023-01-10' });
  expect(data.onTime.rows).toEqual([]);
  expect(data.onTime.missing.map((m) => m.unitName)).toEqual(['UBND huyện Mường Ảng']);
  const svg = renderChartSvg(onTimeChartOption(data.onTime), { width: 800, height: onTimeChartHeight(data.onTime) });
  expect(svg).toContain('Chưa có số liệu để tính tỷ lệ: UBND huyện Mường Ảng.');
  expect(svg).not.toContain('0,00%');
});

it('refuses an unknown campaign with a Vietnamese message', () => {
  const { core } = demoCoreWithFiles();
  expect(() => core.handlers['campaigns.chartData']({ id: '6f1d3a52-7f0c-4c59-8d8a-5d0e4e1b2c3d', today: '2023-01-10' }))
    .toThrow('Không tìm thấy đợt kiểm tra.');
});

// Charts as PNG images for Word documents, drawn without a browser so the command line and the tests
// make the same images as the app: echarts' server-side SVG rendering, rasterised by resvg.
import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import type { EChartsOption } from 'echarts';

export interface ChartSize {
  /** CSS pixels the chart is laid out in. */
  width: number;
  height: number;
  /** Pixels per CSS pixel in the PNG (2 prints sharply at the width of a page); default 2. */
  scale?: number;
}

/** The chart as an SVG document; its text is NFC, as every text BienBan writes. */
export function renderChartSvg(option: EChartsOption, size: Pick<ChartSize, 'width' | 'height'>): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString().normalize('NFC');
  } finally {
    chart.dispose();
  }
}

/**
 * The serif family the PNG is drawn in: Times New Roman, always on Windows; Liberation Serif (same
 * metrics, fonts-liberation) elsewhere. Both have the Vietnamese letters. resvg does not go on down a
 * CSS font list when its first family is missing: it drops to its default family, so the default
 * must be a font that is there.
 */
export const PNG_FONT_FAMILY = process.platform === 'win32' ? 'Times New Roman' : 'Liberation Serif';

/** The chart as a PNG of width×scale by height×scale pixels, drawn with the system fonts. */
export function renderChartPng(option: EChartsOption, size: ChartSize): Uint8Array {
  const scale = size.scale ?? 2;
  const svg = renderChartSvg(option, size);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: PNG_FONT_FAMILY, serifFamily: PNG_FONT_FAMILY },
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}

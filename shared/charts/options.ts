// echarts options for the campaign's charts, built from the plain data of ./data.ts. The same option
// is drawn by the app (echarts in the page) and rasterised for Word documents by the core
// (electron/core/charts/render-png.ts), so it is made for paper: Times New Roman, black text, grey
// fills told apart by their patterns, every bar labelled with its number, no animation.
import type { EChartsOption } from 'echarts';
import { isoToDisplay } from '../vi/dates';
import { formatCount, formatPercent } from '../vi/numbers';
import type { OnTimeData, RecommendationStates } from './data';

/** Documents are set in Times New Roman; Liberation Serif has the same metrics where it is missing. */
export const CHART_FONT = "'Times New Roman', 'Liberation Serif', serif";
const INK = '#000000';
const GRID_LINE = '#d0d0d0';

export interface ChartLook {
  /** Font family of every text; documents keep CHART_FONT. */
  fontFamily?: string;
  /** Base font size in px; titles are a little larger. */
  fontSize?: number;
  /** The width it will be drawn at, for wrapping the note under the rate chart. */
  width?: number;
}

function base(look: ChartLook | undefined, title: string, subtitle: string): EChartsOption {
  const fontSize = look?.fontSize ?? 14;
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: look?.fontFamily ?? CHART_FONT, color: INK, fontSize },
    title: {
      text: title,
      subtext: subtitle,
      left: 'center',
      textStyle: { fontSize: fontSize + 2, fontWeight: 'bold', color: INK },
      subtextStyle: { fontSize: fontSize - 1, color: INK },
    },
  };
}

export const ON_TIME_TITLE = 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn và trước hạn';
export const STATES_TITLE = 'Kiến nghị của Đoàn kiểm tra theo tình trạng thực hiện';

/** The sentence naming the units without a rate, or '' when every unit has one. */
export function missingNote(data: OnTimeData): string {
  if (!data.missing.length) return '';
  return `Chưa có số liệu để tính tỷ lệ: ${data.missing.map((m) => m.unitName).join('; ')}.`;
}

const ROW_PX = 34;
/** A height that gives every unit a readable bar, for a chart `width` px wide. */
export function onTimeChartHeight(data: OnTimeData, width = 800): number {
  const noteLines = data.missing.length ? Math.ceil(missingNote(data).length / Math.max(40, width / 8)) : 0;
  return 110 + Math.max(2, data.rows.length) * ROW_PX + noteLines * 20 + 40;
}

/** (a) A horizontal bar per unit, highest rate on top, its rate written at the end of the bar. */
export function onTimeChartOption(data: OnTimeData, look?: ChartLook): EChartsOption {
  const subtitle = data.rows.length
    ? `Số đơn vị có số liệu: ${formatCount(data.rows.length)}`
    : 'Chưa có đơn vị nào có số liệu để tính tỷ lệ';
  const note = missingNote(data);
  const top = Math.max(...data.rows.map((r) => r.rate), 100);
  return {
    ...base(look, ON_TIME_TITLE, subtitle),
    grid: { left: 16, right: 80, top: 80, bottom: note ? 70 : 30, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: Math.ceil(top / 10) * 10,
      interval: 20,
      axisLabel: { color: INK, formatter: (v: number) => formatPercent(v) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.rows.map((r) => r.unitName),
      axisLabel: { color: INK, width: 240, overflow: 'break' },
      axisLine: { lineStyle: { color: INK } },
      axisTick: { show: false },
    },
    series: [{
      type: 'bar',
      name: 'Tỷ lệ đúng hạn và trước hạn',
      barMaxWidth: 26,
      itemStyle: { color: '#9a9a9a', borderColor: INK, borderWidth: 1 },
      label: { show: true, position: 'right', color: INK },
      // The label is the Vietnamese text itself, so every renderer prints "97,52%" the same way.
      data: data.rows.map((r) => ({ value: r.rate, label: { formatter: formatPercent(r.rate) } })),
    }],
    graphic: note
      ? [{
        type: 'text', left: 16, bottom: 12,
        style: {
          text: note, fill: INK, width: (look?.width ?? 800) - 32, overflow: 'break',
          fontFamily: look?.fontFamily ?? CHART_FONT, fontSize: (look?.fontSize ?? 14) - 1,
        },
      }]
      : [],
  };
}

/** Fill and pattern per state: told apart in black and white by the pattern, not only the grey. */
interface Paint { color: string; decal?: Record<string, unknown> }
const PAINT: Record<string, Paint> = {
  done: { color: '#d9d9d9' },
  in_progress: { color: '#a6a6a6', decal: { symbol: 'rect', color: INK, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4 } },
  open: { color: '#ffffff', decal: { symbol: 'rect', color: INK, dashArrayX: [1, 0], dashArrayY: [1, 5], rotation: 0 } },
  overdue: { color: '#3a3a3a', decal: { symbol: 'rect', color: '#ffffff', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4 } },
};
const FALLBACK: Paint[] = [
  { color: '#ececec' },
  { color: '#bdbdbd', decal: { symbol: 'rect', color: INK, dashArrayX: [1, 0], dashArrayY: [1, 5], rotation: Math.PI / 2 } },
  { color: '#7a7a7a', decal: { symbol: 'rect', color: '#ffffff', dashArrayX: [1, 0], dashArrayY: [1, 5], rotation: 0 } },
];

/** (b) One bar per state with its count above it. */
export function statesChartOption(data: RecommendationStates, look?: ChartLook): EChartsOption {
  const subtitle = `Tính đến ngày ${isoToDisplay(data.today)}; tổng số ${formatCount(data.total)} kiến nghị`;
  let spare = 0;
  return {
    ...base(look, STATES_TITLE, subtitle),
    grid: { left: 16, right: 16, top: 80, bottom: 20, containLabel: true },
    xAxis: {
      type: 'category',
      data: data.states.map((s) => s.label),
      axisLabel: { color: INK, interval: 0, width: 120, overflow: 'break' },
      axisLine: { lineStyle: { color: INK } },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: INK, formatter: (v: number) => formatCount(v) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [{
      type: 'bar',
      name: 'Số kiến nghị',
      barMaxWidth: 80,
      label: { show: true, position: 'top', color: INK, fontWeight: 'bold' },
      data: data.states.map((s) => {
        const paint = PAINT[s.key] ?? FALLBACK[spare++ % FALLBACK.length];
        return {
          value: s.count,
          label: { formatter: formatCount(s.count) },
          itemStyle: { color: paint.color, borderColor: INK, borderWidth: 1, ...(paint.decal ? { decal: paint.decal } : {}) },
        };
      }),
    }],
  };
}

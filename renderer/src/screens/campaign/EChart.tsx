// One echarts chart in the page, from an option built in shared/charts. Only the parts the campaign
// charts use are registered (bars, titles, grid, a text note, the SVG renderer), so the chunk stays small.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([BarChart, GridComponent, TitleComponent, GraphicComponent, SVGRenderer]);

export function EChart({ option, height, testId }: { option: EChartsOption; height: number; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = echarts.init(el, null, { renderer: 'svg' });
    chart.current = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => { resize.disconnect(); c.dispose(); chart.current = null; };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    chart.current?.resize();
  }, [option, height]);
  return <div ref={box} style={{ width: '100%', height }} data-testid={testId} />;
}

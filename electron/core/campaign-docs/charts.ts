// The report's charts as pictures: the app's own chart options (shared/charts/options.ts) drawn
// without a browser (electron/core/charts/render-png.ts), at the size the model lays them out.
import type { CampaignDocModel, ReportChart } from '../../../shared/campaign-report/model-types';
import { chartPixels } from '../../../shared/campaign-report/report-model';
import { onTimeChartOption, statesChartOption } from '../../../shared/charts/options';
import { renderChartPng } from '../charts/render-png';
import type { EmbeddedImage } from '../documents/images';

function optionOf(c: ReportChart, width: number) {
  return c.key === 'on-time' ? onTimeChartOption(c.data, { width }) : statesChartOption(c.data, { width });
}

/** One PNG per chart block of the model, keyed as the blocks' markers. */
export function chartImages(model: CampaignDocModel): EmbeddedImage[] {
  const blocks = Object.values(model.blocks).flat();
  return model.charts.flatMap((c) => {
    const block = blocks.find((b) => b.kind === 'chart' && b.key === c.key);
    if (!block || block.kind !== 'chart') return [];
    const px = chartPixels(c);
    return [{ key: c.key, png: renderChartPng(optionOf(c, px.width), px), widthCm: block.widthCm, heightCm: block.heightCm, description: block.caption }];
  });
}

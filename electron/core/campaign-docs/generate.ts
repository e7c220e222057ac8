// records → model (shared/campaign-report/) → this: the model's values placed into the campaign
// template, the charts drawn into it as pictures.
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import type { Block } from '../../../shared/documents/model-types';
import type { CampaignBlock, CampaignDocModel, ChartBlock } from '../../../shared/campaign-report/model-types';
import { renderBlocks, run, SINGLE, TEXT_WIDTH } from '../documents/blocks';
import { fillTemplate, templateFields } from '../documents/fill';
import { DRAFT_MARK } from '../documents/generate';
import { embedImages, imageMarker, xmlMarker, type EmbeddedImage } from '../documents/images';
import { gridTableXml } from './fast-table';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/**
 * A chart and its caption in a borderless one-cell table, kept together on one page: the picture
 * centred, the caption under it, 13 pt italic (a caption is not a body paragraph).
 */
function chartTable(b: ChartBlock): Table {
  const centred = (children: ReturnType<typeof run>[], before: number, keepNext: boolean) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0, ...SINGLE }, keepNext, children });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({
      cantSplit: true,
      children: [new TableCell({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
        margins: { left: 0, right: 0, top: 120, bottom: 120 },
        children: [centred([run(imageMarker(b.key))], 120, true), centred([run(b.caption, { size: 13, italic: true })], 60, false)],
      })],
    })],
  });
}

/** Tables longer than this are written as XML strings after filling (fast-table.ts). */
const FAST_TABLE_ROWS = 30;

/**
 * The Word content of one block field: runs of ordinary blocks, the charts between them; a long
 * table becomes a marker paragraph whose XML is put in `tables` (placed after filling).
 */
export function renderCampaignBlocks(blocks: readonly CampaignBlock[], tables: Record<string, string> = {}, prefix = 't'): FileChild[] {
  const out: FileChild[] = [];
  let plain: Block[] = [];
  const flush = () => { if (plain.length) out.push(...renderBlocks(plain)); plain = []; };
  blocks.forEach((b, k) => {
    if (b.kind === 'chart') { flush(); out.push(chartTable(b)); return; }
    if (b.kind === 'table' && b.rows.length > FAST_TABLE_ROWS) {
      flush();
      const key = `${prefix}-${k}`;
      tables[key] = gridTableXml(b);
      out.push(new Paragraph({ children: [run(xmlMarker(key))] }));
      return;
    }
    plain.push(b);
  });
  flush();
  return out;
}

/** The .docx bytes of a campaign document: `template` filled with `model`, `images` where its charts go. */
export async function generateCampaignDocument(
  template: Uint8Array, model: CampaignDocModel, images: readonly EmbeddedImage[], opts: { time?: string } = {},
): Promise<Uint8Array> {
  const used = templateFields(template);
  const blocks: Record<string, FileChild[]> = {};
  const tables: Record<string, string> = {};
  for (const [key, value] of Object.entries(model.blocks)) if (used.has(key)) blocks[key] = renderCampaignBlocks(value, tables, key);
  const time = opts.time ?? (model.issuedDate ? `${model.issuedDate}T00:00:00Z` : new Date().toISOString());
  const filled = await fillTemplate(template, {
    text: model.text, blocks, draftMark: model.draft ? DRAFT_MARK : '',
    properties: { title: model.title, author: model.author, time: time.replace(/\.\d{3}Z$/, 'Z') },
  });
  return embedImages(filled, images, tables);
}

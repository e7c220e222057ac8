// records → model (shared/documents/model.ts) → this: the model's values placed into a Word template.
import type { Block, DocumentModel } from '../../../shared/documents/model';
import type { FileChild } from 'docx';
import { renderBlocks } from './blocks';
import { fillTemplate, templateFields, type FillOptions } from './fill';

/** The mark a văn thư office puts on a draft, at the top right of page 1. */
export const DRAFT_MARK = 'DỰ THẢO';

/** The .docx bytes of one document: `template` filled with `model`. */
export async function generateDocument(
  template: Uint8Array, model: DocumentModel, opts: { time?: string } & FillOptions = {},
): Promise<Uint8Array> {
  const used = templateFields(template);
  const blocks: Record<string, FileChild[]> = {};
  for (const [key, value] of Object.entries(model.blocks)) {
    if (!used.has(key)) continue;
    // A template with its own {{noi_nhan}} gets the list there, not a second time beside the signature.
    blocks[key] = renderBlocks(key === 'chu_ky' && used.has('noi_nhan') ? withoutRecipients(value) : value);
  }
  // Properties: the issue time when given, else the date of issue, else now (a draft).
  const time = opts.time ?? (model.issuedDate ? `${model.issuedDate}T00:00:00Z` : new Date().toISOString());
  return fillTemplate(template, {
    text: model.text, blocks, draftMark: model.draft ? DRAFT_MARK : '',
    properties: { title: model.title, author: model.author, time: time.replace(/\.\d{3}Z$/, 'Z') },
  }, { textEngine: opts.textEngine });
}

function withoutRecipients(blocks: readonly Block[]): Block[] {
  return blocks.map((b) => (b.kind === 'signatures'
    ? { ...b, rows: b.rows.map((r) => ({ left: r.left?.kind === 'recipients' ? null : r.left, right: r.right?.kind === 'recipients' ? null : r.right })) }
    : b));
}

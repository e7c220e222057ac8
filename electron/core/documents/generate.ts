// records → model (shared/documents/model.ts) → this: the model's values placed into a Word template.
import type { DocumentModel } from '../../../shared/documents/model';
import type { FileChild } from 'docx';
import { renderBlocks } from './blocks';
import { fillTemplate, templateFields } from './fill';

/** The .docx bytes of one document: `template` filled with `model`. */
export async function generateDocument(template: Uint8Array, model: DocumentModel): Promise<Uint8Array> {
  const used = templateFields(template);
  const blocks: Record<string, FileChild[]> = {};
  for (const [key, value] of Object.entries(model.blocks)) if (used.has(key)) blocks[key] = renderBlocks(value);
  return fillTemplate(template, { text: model.text, blocks });
}

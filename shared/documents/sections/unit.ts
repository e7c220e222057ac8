// What the inspected unit says: its opinion and its proposals to higher bodies (docs/documents.md §2 item 7).
import type { Block } from '../model-types';
import { lowerFirst, stripEnd } from '../wording';
import { type Ctx, dashLines, para } from './context';

export function unitOpinionBlocks(c: Ctx): Block[] {
  return c.i.unitOpinion.split(/\n+/).map((l) => l.trim()).filter(Boolean).map((l) => para(/[.!?:;…]$/u.test(l) ? l : `${l}.`));
}

export function unitProposalBlocks(c: Ctx): Block[] {
  const props = c.i.unitProposals.filter((p) => p.content.trim());
  if (!props.length) return [];
  const line = (p: (typeof props)[number]) => {
    const to = p.addressedTo.trim().replace(/\s*;\s*/g, ', ');
    return to ? `Đề nghị ${to} ${lowerFirst(stripEnd(p.content))}` : stripEnd(p.content);
  };
  return [para(`${c.unitName} có kiến nghị, đề xuất như sau:`), ...dashLines(props.map(line))];
}

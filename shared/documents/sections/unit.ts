// What the inspected unit says: its opinion and its proposals to higher bodies (docs/documents.md §2 item 7).
import type { Block } from '../model-types';
import { foldKey } from '../../vi/text';
import { lowerFirst, stripEnd, upperFirst } from '../wording';
import { type Ctx, dashLines, para } from './context';

export function unitOpinionBlocks(c: Ctx): Block[] {
  return c.i.unitOpinion.split(/\n+/).map((l) => l.trim()).filter(Boolean).map((l) => para(/[.!?:;…]$/u.test(l) ? l : `${l}.`));
}

export function unitProposalBlocks(c: Ctx): Block[] {
  const props = c.i.unitProposals.filter((p) => p.content.trim());
  if (!props.length) return [];
  const line = (p: (typeof props)[number]) => {
    const to = p.addressedTo.trim().replace(/\s*;\s*/g, ', ');
    const content = stripEnd(p.content);
    // A proposal typed as "Đề nghị UBND tỉnh …" already names its addressee: never say it twice.
    if (!to || /^de nghi\s/.test(foldKey(content)) || foldKey(content).startsWith(foldKey(to))) {
      return /^de nghi\s/.test(foldKey(content)) || !to ? upperFirst(content) : `Đề nghị ${content}`;
    }
    return `Đề nghị ${to} ${lowerFirst(content)}`;
  };
  return [para(`${c.unitName} có kiến nghị, đề xuất như sau:`), ...dashLines(props.map(line))];
}

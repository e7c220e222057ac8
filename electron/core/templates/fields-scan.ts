// Finds {{key}} in a Word story (the body, a header, a footer) the way the user sees it: in the plain
// text of each paragraph, runs joined, so a field Word split over several formatting runs is still
// one field. Each character remembers where it came from — which run, whether inside a hyperlink,
// a Word field code (HYPERLINK, MERGEFIELD…) or a tracked change — so the checker can say which
// fields the filler can fill and which the user must repair first.
import type { Element, Node } from '@xmldom/xmldom';
import { isElement, NS } from './xml';
import type { Story, StoryKind } from './package-check';

/** A stretch of a paragraph's text that came from one place. */
interface Piece { start: number; end: number; run: number; hyperlink: boolean; tracked: boolean; fieldCode: string | null }

export interface Paragraph {
  part: string;
  kind: StoryKind;
  text: string;
  pieces: Piece[];
  /** Text deleted with Track Changes on (w:delText), at the position it was deleted from. */
  deletions: { pos: number; text: string }[];
  /** Instructions of Word field codes that begin in this paragraph ("HYPERLINK \"…\"", "PAGE"). */
  instructions: string[];
}

export interface FieldHit {
  /** What is between the braces, exactly as written ("ten_don_vi", "tên_đơn_vị", " nam "). */
  key: string;
  paragraph: Paragraph;
  /** Formatting runs the field is spread over. */
  runs: number;
  hyperlink: boolean;
  /** The Word field code (MERGEFIELD, DATE…) whose result holds the field, if any. */
  fieldCode: string | null;
  tracked: boolean;
  /** Nothing but this field (and spaces) in its paragraph. */
  alone: boolean;
}

/** Braces without a partner: "{{" never closed, "}}" never opened, or a single brace stuck to a field. */
export interface StrayBraces { token: string; kind: 'unclosed' | 'unopened' | 'extra'; paragraph: Paragraph }

interface Ctx { run: number; hyperlink: boolean; tracked: boolean; simpleField: string | null }
interface ComplexField { instr: string; result: boolean }

const SKIP = new Set(['pPr', 'rPr', 'sectPr', 'tblPr', 'tblGrid', 'trPr', 'tcPr', 'tblPrEx', 'numPr', 'fldData']);
const TRACKED = new Set(['ins', 'del', 'moveFrom', 'moveTo']);

/** "HYPERLINK \"https://…\" \\o …" → "HYPERLINK" */
const instrName = (instr: string): string => instr.trim().split(/\s+/)[0]?.toUpperCase() ?? '';

/** Every paragraph of a story, nested ones (text boxes, table cells) as paragraphs of their own, in document order. */
export function paragraphsOf(story: Story): Paragraph[] {
  const out: { order: number; p: Paragraph }[] = [];
  const fields: ComplexField[] = [];
  let runs = 0;
  let order = 0;

  const add = (para: Paragraph | null, ctx: Ctx, text: string) => {
    if (!para || text === '') return;
    const result = fields.filter((f) => f.result);
    const hyperlinkField = result.some((f) => instrName(f.instr) === 'HYPERLINK') || instrName(ctx.simpleField ?? '') === 'HYPERLINK';
    const other = [...result.map((f) => f.instr), ctx.simpleField ?? ''].map(instrName).find((n) => n && n !== 'HYPERLINK') ?? null;
    const start = para.text.length;
    para.text += text;
    para.pieces.push({ start, end: para.text.length, run: ctx.run, hyperlink: ctx.hyperlink || hyperlinkField, tracked: ctx.tracked, fieldCode: other });
  };

  const visit = (node: Node, para: Paragraph | null, ctx: Ctx): void => {
    if (!isElement(node)) return;
    const el = node as Element;
    const ns = el.namespaceURI;
    const local = el.localName ?? '';
    // mc:Fallback repeats mc:Choice (text boxes in VML for old Word): read once.
    if (ns === NS.mc && local === 'Fallback') return;
    if (ns === NS.w) {
      if (SKIP.has(local)) return;
      switch (local) {
        case 'p': {
          const p: Paragraph = { part: story.part, kind: story.kind, text: '', pieces: [], deletions: [], instructions: [] };
          out.push({ order: order++, p });
          for (let c = el.firstChild; c; c = c.nextSibling) visit(c, p, ctx);
          return;
        }
        case 'r':
          ctx = { ...ctx, run: ++runs };
          break;
        case 'hyperlink':
          ctx = { ...ctx, hyperlink: true };
          break;
        case 'fldSimple': {
          const instr = el.getAttributeNS(NS.w, 'instr') ?? el.getAttribute('w:instr') ?? '';
          para?.instructions.push(instr);
          ctx = { ...ctx, simpleField: instr };
          break;
        }
        case 't':
          add(para, ctx, el.textContent ?? '');
          return;
        case 'tab':
          add(para, ctx, '\t');
          return;
        case 'br':
        case 'cr':
          add(para, ctx, '\n');
          return;
        case 'noBreakHyphen':
          add(para, ctx, '\u2011');
          return;
        case 'sym':
          add(para, ctx, '\ufffc');
          return;
        case 'delText':
          if (para) para.deletions.push({ pos: para.text.length, text: el.textContent ?? '' });
          return;
        case 'instrText': {
          const open = fields[fields.length - 1];
          if (open && !open.result) open.instr += el.textContent ?? '';
          return;
        }
        case 'fldChar': {
          const t = el.getAttributeNS(NS.w, 'fldCharType') ?? el.getAttribute('w:fldCharType');
          if (t === 'begin') fields.push({ instr: '', result: false });
          else if (t === 'separate') {
            const f = fields[fields.length - 1];
            if (f) {
              f.result = true;
              para?.instructions.push(f.instr);
            }
          } else if (t === 'end') {
            const f = fields.pop();
            if (f && !f.result) para?.instructions.push(f.instr);
          }
          return;
        }
        default:
          if (TRACKED.has(local)) ctx = { ...ctx, tracked: true };
      }
    }
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c, para, ctx);
  };

  visit(story.doc.documentElement!, null, { run: 0, hyperlink: false, tracked: false, simpleField: null });
  return out.sort((a, b) => a.order - b.order).map((x) => x.p);
}

const FIELD = /\{\{([^{}]*)\}\}/g;

/** The fields of one paragraph, and the brace pairs left without a partner ("{{ten_don_vi", "ten_don_vi}}"). */
export function fieldsIn(para: Paragraph): { hits: FieldHit[]; strays: StrayBraces[] } {
  const hits: FieldHit[] = [];
  let masked = para.text;
  for (const m of para.text.matchAll(FIELD)) {
    const start = m.index!;
    const end = start + m[0].length;
    const pieces = para.pieces.filter((p) => p.end > start && p.start < end);
    hits.push({
      key: m[1],
      paragraph: para,
      runs: new Set(pieces.map((p) => p.run)).size,
      hyperlink: pieces.some((p) => p.hyperlink),
      fieldCode: pieces.find((p) => p.fieldCode)?.fieldCode ?? null,
      tracked: pieces.some((p) => p.tracked) || para.deletions.some((d) => d.pos > start && d.pos < end),
      alone: (para.text.slice(0, start) + para.text.slice(end)).trim() === '',
    });
    masked = masked.slice(0, start) + '\u0000'.repeat(end - start) + masked.slice(end);
  }
  const strays: StrayBraces[] = [];
  const seen = new Set<string>();
  // A pair of braces left over, or a single brace stuck to a field ("{{{nam}}}").
  for (const m of masked.matchAll(/\{\{|\}\}|\{(?=\u0000)|(?<=\u0000)\}/g)) {
    const at = m.index!;
    let a = at;
    let b = at + m[0].length;
    while (a > 0 && !/\s/.test(para.text[a - 1])) a--;
    while (b < para.text.length && !/\s/.test(para.text[b])) b++;
    const token = para.text.slice(a, b).replace(/[.,;:!?)]+$/, '');
    const kind = m[0].length === 1 ? 'extra' : m[0] === '{{' ? 'unclosed' : 'unopened';
    if (seen.has(token + kind)) continue;
    seen.add(token + kind);
    strays.push({ token, kind, paragraph: para });
  }
  return { hits, strays };
}

// A .docx shown page by page as it will print, with docx-preview doing the rendering (paragraphs,
// runs, tables, fonts, margins from the file itself). docx-preview breaks pages only where the file
// says so, and a generated document carries no rendered page breaks, so this lays the rendered
// blocks onto A4 pages of the file's own size and margins, splitting long tables between rows. It
// works in slices, yielding to the window between them, so page 1 shows at once and a 30-page
// document never freezes the window. The blanks a draft preview marks (shared/documents/paper.ts)
// become highlighted spans.
import { parseAsync, renderDocument, type Options } from 'docx-preview';
import { PREVIEW_MARK } from '../../../shared/documents/paper';

export const PREVIEW_OPTIONS: Partial<Options> = {
  className: 'docx', inWrapper: true, breakPages: true, ignoreLastRenderedPageBreak: true, renderHeaders: true, renderFooters: true,
  renderChanges: false, renderComments: false, useBase64URL: true, experimental: false,
};

export interface PagesProgress {
  /** Pages laid out so far. */
  pages: number;
  done: boolean;
}

export interface PagesResult {
  pages: number;
  /** From the start to page 1 being complete on screen, ms. */
  firstPageMs: number;
  /** From the start to the last page, ms. */
  totalMs: number;
}

/** The highlight given to a marked blank. */
export const BLANK_CLASS = 'bb-blank';
/** Word's non-breaking hyphen as a character. */
export const NB_HYPHEN = '\u2011';
/**
 * Word's "single" line (w:line 240, lineRule auto) is the font's own line height, about 1.15 em for
 * Times New Roman; docx-preview writes it as CSS line-height 1, which packs about 15% more lines on a
 * page than Word prints. Multiples of single are scaled the same.
 */
export const SINGLE_LINE_EM = 1.15;

/** Scales docx-preview's unitless line heights (Word's "auto" spacing) to Word's single line, in elements and style sheets. */
export function wordLineHeights(nodes: Iterable<Node>): void {
  const scale = (v: string) => String(Math.round(Number(v) * SINGLE_LINE_EM * 1000) / 1000);
  for (const n of nodes) {
    if (!(n instanceof HTMLElement)) continue;
    if (n.tagName === 'STYLE') {
      n.textContent = (n.textContent ?? '').replace(/line-height:\s*(\d+(?:\.\d+)?)\s*(;|\})/g, (_m, v: string, end: string) => `line-height: ${scale(v)}${end}`);
      continue;
    }
    for (const el of [n, ...n.querySelectorAll<HTMLElement>('[style*="line-height"]')]) {
      if (/^\d+(\.\d+)?$/.test(el.style.lineHeight)) el.style.lineHeight = scale(el.style.lineHeight);
    }
  }
}

/** Work done between two yields to the window, ms. */
const SLICE_MS = 12;

const yieldToWindow = () => new Promise<void>((r) => window.setTimeout(r, 0));

/** Replaces the preview marks in every text node under `root` by highlighted spans (a mark may span runs). */
export function highlightMarks(root: HTMLElement): number {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let inside = false;
  let count = 0;
  for (const node of nodes) {
    const text = node.data;
    if (!inside && !text.includes(PREVIEW_MARK.open)) continue;
    const frag = root.ownerDocument.createDocumentFragment();
    let piece = '';
    const flush = () => {
      if (!piece) return;
      if (inside) {
        const span = root.ownerDocument.createElement('mark');
        span.className = BLANK_CLASS;
        span.textContent = piece;
        frag.appendChild(span);
      } else {
        frag.appendChild(root.ownerDocument.createTextNode(piece));
      }
      piece = '';
    };
    for (const ch of text) {
      if (ch === PREVIEW_MARK.open || ch === PREVIEW_MARK.close) {
        flush();
        if (ch === PREVIEW_MARK.open) count++;
        inside = ch === PREVIEW_MARK.open;
      } else {
        piece += ch;
      }
    }
    flush();
    node.replaceWith(frag);
  }
  return count;
}

const px = (v: string) => Number.parseFloat(v) || 0;

/** The rows of a table rendered by docx-preview (directly under <table>, or in a <tbody>). */
const rowsOf = (t: HTMLElement): HTMLElement[] => [...t.querySelectorAll<HTMLElement>(':scope > tr, :scope > tbody > tr')];

interface Page { page: HTMLElement; article: HTMLElement }

/** docx-preview's parsed element tree, as far as this file reads it. */
/** `keepNext`: a paragraph's w:keepNext. `isHeader` is absent without w:tblHeader, null for a bare <w:tblHeader/> (which means on: docx-preview reads no val as null). */
export interface ParsedNode { type?: string; isHeader?: boolean | null; keepNext?: boolean; children?: ParsedNode[] }

/**
 * How many leading rows of each body table repeat on every page (Word's w:tblHeader), in document
 * order: docx-preview parses the flag but does not render it, and its tables come out in this order.
 */
/**
 * Word's "keep with next" for each top-level block of the body, in order: a paragraph with w:keepNext
 * (headings, the closing formula), or a table all of whose paragraphs have it (the signatures), which
 * Word also keeps whole. docx-preview parses the flag but lays out no pages, so it does not apply it.
 */
export function keepFlags(body: ParsedNode | undefined): { keepNext: boolean; whole: boolean }[] {
  const paragraphs = (n: ParsedNode): ParsedNode[] =>
    n.type === 'paragraph' ? [n] : (n.children ?? []).flatMap(paragraphs);
  return (body?.children ?? []).map((n) => {
    if (n.type === 'paragraph') return { keepNext: Boolean(n.keepNext), whole: false };
    if (n.type === 'table') {
      const ps = paragraphs(n);
      const all = ps.length > 0 && ps.every((p) => p.keepNext);
      return { keepNext: all, whole: all };
    }
    return { keepNext: false, whole: false };
  });
}

export function headerRowCounts(body: ParsedNode | undefined): number[] {
  const out: number[] = [];
  const walk = (n: ParsedNode) => {
    if (n.type === 'table') {
      const rows = (n.children ?? []).filter((c) => c.type === 'row');
      const k = rows.findIndex((r) => r.isHeader === undefined || r.isHeader === false);
      out.push(k < 0 ? rows.length : k);
    }
    (n.children ?? []).forEach(walk);
  };
  if (body) walk(body);
  return out;
}

/**
 * Renders `bytes` into `host` (emptied first) as A4 pages; `onProgress` after each slice. Stops early,
 * leaving what was laid out, when `signal` is aborted.
 */
export async function renderPages(
  bytes: Uint8Array, host: HTMLElement, opts: { signal?: AbortSignal; onProgress?: (p: PagesProgress) => void } = {},
): Promise<PagesResult> {
  const t0 = performance.now();
  const doc = await parseAsync(bytes, PREVIEW_OPTIONS);
  const nodes = await renderDocument(doc, PREVIEW_OPTIONS);
  if (opts.signal?.aborted) return { pages: 0, firstPageMs: 0, totalMs: 0 };
  wordLineHeights(nodes);
  host.replaceChildren();
  const wrapper = nodes.find((n): n is HTMLElement => n instanceof HTMLElement && n.classList.contains('docx-wrapper'));
  for (const n of nodes) if (n !== wrapper) host.appendChild(n);
  if (!wrapper) return { pages: 0, firstPageMs: performance.now() - t0, totalMs: performance.now() - t0 };
  highlightMarks(wrapper);
  const headers = headerRowCounts((doc as { documentPart?: { body?: ParsedNode } }).documentPart?.body);
  wrapper.querySelectorAll<HTMLElement>('article table').forEach((t, k) => { t.dataset.headerRows = String(headers[k] ?? 0); });
  // docx-preview draws Word's non-breaking hyphen (w:noBreakHyphen, in "05/BB-ĐKT") as a mere break
  // opportunity, losing the hyphen; it is U+2011, which shows the hyphen and never breaks there.
  for (const w of wrapper.querySelectorAll('wbr')) w.replaceWith(NB_HYPHEN);
  const sources = [...wrapper.children].filter((c): c is HTMLElement => c instanceof HTMLElement);
  // Each top-level block of the body is rendered as one element of the pages' articles, in order;
  // should that ever not hold, the flags are left off rather than put on the wrong blocks.
  const keeps = keepFlags((doc as { documentPart?: { body?: ParsedNode } }).documentPart?.body);
  const blocksInOrder = sources.flatMap((sec) => [...sec.querySelectorAll<HTMLElement>(':scope > article > *')]);
  if (blocksInOrder.length === keeps.length) {
    blocksInOrder.forEach((el, k) => {
      if (keeps[k].keepNext) el.dataset.keepNext = '1';
      if (keeps[k].whole) el.dataset.keepWhole = '1';
    });
  }
  wrapper.replaceChildren();
  host.appendChild(wrapper);
  // Page numbers from page 2 on, centred in the header (docs/documents.md §1.2), where the file has a
  // different first page (its header without a number): what Word prints.
  const numbered = Boolean((doc as { documentPart?: { body?: { props?: { titlePage?: boolean } } } }).documentPart?.body?.props?.titlePage);

  let pages = 0;
  let firstPageMs = 0;
  let sliceStart = performance.now();
  const pause = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    opts.onProgress?.({ pages, done: false });
    await yieldToWindow();
    sliceStart = performance.now();
  };

  for (const source of sources) {
    const articles = [...source.querySelectorAll<HTMLElement>(':scope > article')];
    const blocks = articles.flatMap((a) => [...a.children] as HTMLElement[]);
    const header = source.querySelector<HTMLElement>(':scope > header');
    const footer = source.querySelector<HTMLElement>(':scope > footer');
    let limit = 0;

    const newPage = (first: boolean): Page => {
      if (pages === 1) firstPageMs = performance.now() - t0;
      const page = source.cloneNode(false) as HTMLElement;
      // A fixed A4 height (the file's own page size) so the page is what the paper will be.
      page.style.height = page.style.minHeight;
      page.style.overflow = 'hidden';
      page.style.position = 'relative';
      if (first && header) page.appendChild(header);
      pages++;
      if (!first && numbered) {
        const num = document.createElement('div');
        num.className = 'bb-page-number';
        num.textContent = String(pages);
        page.appendChild(num);
      }
      const article = (articles[0]?.cloneNode(false) as HTMLElement | undefined) ?? document.createElement('article');
      // Contains its children's margins, so its height is what the page holds.
      article.style.display = 'flow-root';
      page.appendChild(article);
      if (first && footer) page.appendChild(footer);
      wrapper.appendChild(page);
      if (!limit) {
        const cs = getComputedStyle(page);
        limit = page.clientHeight - px(cs.paddingTop) - px(cs.paddingBottom);
      }
      return { page, article };
    };

    let cur = newPage(true);
    const over = () => cur.article.offsetHeight > limit + 0.5;

    /**
     * Starts a new page with `el` (now last on the page), taking along the blocks before it that keep
     * with the next one (a heading, the closing formula before the signatures), as Word does; unless
     * they fill the page, where Word too must break.
     */
    const moveToNewPage = (el: HTMLElement) => {
      const chain: HTMLElement[] = [];
      for (let prev = el.previousElementSibling as HTMLElement | null; prev?.dataset.keepNext; prev = prev.previousElementSibling as HTMLElement | null) {
        chain.unshift(prev);
      }
      if (chain.length + 1 >= cur.article.children.length) chain.length = 0;
      cur = newPage(false);
      for (const c of chain) cur.article.appendChild(c);
      cur.article.appendChild(el);
    };

    /** A table that overflows goes on between its rows, as Word does, its heading rows repeated. */
    const splitTable = async (el: HTMLElement) => {
      const rows = rowsOf(el);
      const heading = rows.slice(0, Number(el.dataset.headerRows ?? 0));
      const body = rows[0]?.parentElement ?? el;
      rows.forEach((r) => r.remove());
      let into = body;
      let placed = 0;
      let firstPart = true;
      for (const row of rows) {
        into.appendChild(row);
        placed++;
        if (over()) {
          if (placed > heading.length + 1) {
            row.remove();
            cur = newPage(false);
            const table = el.cloneNode(false) as HTMLElement;
            const cols = el.querySelector(':scope > colgroup');
            if (cols) table.appendChild(cols.cloneNode(true));
            into = body === el ? table : table.appendChild(body.cloneNode(false) as HTMLElement);
            cur.article.appendChild(table);
            for (const h of heading) into.appendChild(h.cloneNode(true));
            into.appendChild(row);
            placed = heading.length + 1;
            firstPart = false;
          } else if (firstPart && cur.article.children.length > 1) {
            // Not one row fits under its heading here: the table starts on the next page.
            moveToNewPage(el);
          }
          // Otherwise one row is taller than a page: it stays, cut at the page's foot, as nothing better exists.
        }
        await pause();
      }
    };

    /**
     * Splits a paragraph that runs past the page's foot between two lines, as Word does, keeping at
     * least two lines on each side (Word's widow and orphan control); the part that goes on is
     * returned (detached), or null when the paragraph cannot be split so (it moves whole).
     */
    const splitParagraph = (el: HTMLElement): HTMLElement | null => {
      const foot = cur.article.getBoundingClientRect().top + limit;
      const range = document.createRange();
      const lines: { node: Text; offset: number; top: number; bottom: number }[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (const m of n.data.matchAll(/\S+/g)) {
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const r = range.getClientRects()[0];
          if (!r) continue;
          const last = lines.at(-1);
          if (!last || r.top >= last.bottom - 1) lines.push({ node: n, offset: m.index, top: r.top, bottom: r.bottom });
          else last.bottom = Math.max(last.bottom, r.bottom);
        }
      }
      let fit = lines.findIndex((l) => l.bottom > foot);
      if (fit < 0) return null;
      if (lines.length - fit < 2) fit = lines.length - 2;
      if (fit < 2) return null;
      range.setStart(lines[fit].node, lines[fit].offset);
      range.setEnd(el, el.childNodes.length);
      const rest = el.cloneNode(false) as HTMLElement;
      rest.appendChild(range.extractContents());
      // The paragraph goes on: no first-line indent or space above there, none below the first part,
      // whose last line stays justified as Word sets it.
      rest.style.textIndent = '0';
      rest.style.marginTop = '0';
      el.style.marginBottom = '0';
      if (getComputedStyle(el).textAlign === 'justify') el.style.textAlignLast = 'justify';
      return rest;
    };

    for (const el of blocks) {
      if (opts.signal?.aborted) break;
      cur.article.appendChild(el);
      let piece = el;
      for (let guard = 0; over() && guard < 500; guard++) {
        if (piece.tagName === 'TABLE') {
          // A table kept whole (the signatures) moves like a paragraph; any other, or one longer than a page, is split.
          if (!piece.dataset.keepWhole || cur.article.children.length <= 1) {
            await splitTable(piece);
            break;
          }
          moveToNewPage(piece);
          continue;
        }
        if (!piece.dataset.keepNext) {
          const rest = splitParagraph(piece);
          if (rest) {
            cur = newPage(false);
            cur.article.appendChild(rest);
            piece = rest;
            continue;
          }
        }
        if (cur.article.children.length <= 1) break; // alone and still too long: nothing better to do
        moveToNewPage(piece);
      }
      await pause();
    }
  }
  const totalMs = performance.now() - t0;
  opts.onProgress?.({ pages, done: true });
  return { pages, firstPageMs: firstPageMs || totalMs, totalMs };
}

/**
 * Prints the pages under `wrapper`: a copy goes into a print-only container at the top of the page
 * while `print` runs (the rest of the app is hidden from the printer), then is removed. `print` is told
 * whether the pages are landscape, for the print dialog's orientation.
 */
export async function withPrintCopy<T>(wrapper: HTMLElement, print: (landscape: boolean) => Promise<T>): Promise<T> {
  const first = wrapper.querySelector<HTMLElement>('section.docx');
  const landscape = first ? first.offsetWidth > first.offsetHeight : false;
  const host = document.createElement('div');
  host.className = 'bb-print-host';
  host.appendChild(wrapper.cloneNode(true));
  const style = document.createElement('style');
  style.textContent = `@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 0 }`;
  document.head.appendChild(style);
  document.body.appendChild(host);
  document.documentElement.classList.add('bb-printing');
  try {
    return await print(landscape);
  } finally {
    document.documentElement.classList.remove('bb-printing');
    host.remove();
    style.remove();
  }
}

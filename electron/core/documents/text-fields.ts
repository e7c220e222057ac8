// Text fields filled straight in a paragraph's XML, with the result docx's patchDocument
// (PatchType.PARAGRAPH, keepOriginalStyles) gives, without its parse, tree walks and write: the run
// holding "{{key}}" is split in two around it (both halves keep the run's properties, the text of
// each half carries xml:space="preserve"), and between them go one run per line of the value, with
// the field run's properties and Times New Roman on all four font slots. As docx does, the next
// piece of text in the paragraph is marked xml:space="preserve" too.
//
// Only the plain shape is handled here: each field whole in one w:t (joinSplitFields sees to that)
// of a run placed directly in the paragraph. A paragraph with content controls, links, tracked
// changes, fields or drawings returns null and goes through docx, which knows those.
import { escapeXml } from './wordml';

const FONT = 'Times New Roman';
const FONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;
const FIELD_RE = /\{\{([A-Za-z0-9_.]+)\}\}/g;
const COMPLEX_RE = /<(w:sdt|w:hyperlink|w:ins|w:del|w:moveTo|w:moveFrom|w:smartTag|w:customXml|w:fldSimple|w:dir|w:bdo|mc:AlternateContent|w:drawing|w:pict|w:object|w:txbxContent|w:ruby|m:oMath)[\s>/]/;
const RUN_RE = /<w:r(?=[\s>])[^>]*>[\s\S]*?<\/w:r>/g;

/** The order Office's schema puts run properties in (as docx sorts a merged w:rPr); others go after. */
const RPR_ORDER = ['w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:caps', 'w:smallCaps', 'w:strike', 'w:dstrike', 'w:outline',
  'w:shadow', 'w:emboss', 'w:imprint', 'w:noProof', 'w:snapToGrid', 'w:vanish', 'w:webHidden', 'w:color', 'w:spacing', 'w:w', 'w:kern',
  'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect', 'w:bdr', 'w:shd', 'w:fitText', 'w:vertAlign', 'w:rtl', 'w:cs', 'w:em',
  'w:lang', 'w:eastAsianLayout', 'w:specVanish', 'w:oMath', 'w14:glow', 'w14:shadow', 'w14:reflection', 'w14:textOutline', 'w14:textFill',
  'w14:scene3d', 'w14:props3d', 'w14:ligatures', 'w14:numForm', 'w14:numSpacing', 'w14:stylisticSets', 'w14:cntxtAlts'];
const rank = (name: string) => (name === 'w:rPrChange' ? RPR_ORDER.length + 1 : RPR_ORDER.includes(name) ? RPR_ORDER.indexOf(name) : RPR_ORDER.length);

/** Top-level child elements of an element's inner XML, with their names. */
function children(inner: string): { name: string; xml: string }[] | null {
  const out: { name: string; xml: string }[] = [];
  const re = /<(\/?)([\w:.-]+)[^>]*?(\/?)>/g;
  let depth = 0;
  let from = 0;
  let name = '';
  for (const m of inner.matchAll(re)) {
    if (m[1]) { depth--; if (depth === 0) out.push({ name, xml: inner.slice(from, m.index! + m[0].length) }); continue; }
    if (depth === 0) { from = m.index!; name = m[2]; }
    if (m[3]) { if (depth === 0) out.push({ name, xml: m[0] }); } else depth++;
  }
  return depth === 0 ? out : null;
}

/** The field run's properties with Times New Roman on all four font slots, in schema order. */
function withFont(rPr: string): string {
  const inner = /^<w:rPr(?:\s[^>]*)?>([\s\S]*)<\/w:rPr>$/.exec(rPr)?.[1] ?? '';
  const own = (children(inner) ?? []).filter((c) => c.name !== 'w:rFonts');
  const all = [...own, { name: 'w:rFonts', xml: FONTS }].sort((a, b) => rank(a.name) - rank(b.name));
  return `<w:rPr>${all.map((c) => c.xml).join('')}</w:rPr>`;
}

const preserveT = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;

/**
 * The paragraph with its text fields filled (a key in `text`: its value; a key in `blank`: nothing),
 * or null when the paragraph is not of the plain shape handled here.
 */
export function fillTextFields(pXml: string, text: Readonly<Record<string, string>>, blank: (key: string) => boolean): string | null {
  if (COMPLEX_RE.test(pXml)) return null;
  const has = (key: string) => key in text || blank(key);
  // Every w:t must sit in a run directly in the paragraph: runs are matched as flat <w:r>…</w:r>.
  const runs = [...pXml.matchAll(RUN_RE)];
  if (runs.some((r) => r[0].slice(4).includes('<w:r>') || /<w:r\s/.test(r[0].slice(4)))) return null;
  const tsOutside = pXml.replace(RUN_RE, '').match(/<w:t[\s>]/);
  if (tsOutside) return null;

  let touched = false;
  let markNext = false;
  let out = '';
  let pos = 0;
  for (const r of runs) {
    const runXml = r[0];
    const open = /^<w:r(?:\s[^>]*)?>/.exec(runXml)![0];
    const inner = runXml.slice(open.length, -'</w:r>'.length);
    const parts = children(inner);
    if (!parts) return null;
    const rPr = parts.find((c) => c.name === 'w:rPr')?.xml;
    // Elements of the run, with w:t split at the fields it holds.
    let pieces: string[] = [];
    const built: string[] = [];
    let changed = false;
    for (const c of parts) {
      if (c.name !== 'w:t') { pieces.push(c.xml); continue; }
      const content = /^<w:t(?:\s[^>]*)?>([\s\S]*)<\/w:t>$/.exec(c.xml)?.[1] ?? '';
      const fields = [...content.matchAll(FIELD_RE)].filter((f) => has(f[1]));
      if (!fields.length) {
        // docx's patch re-marks the first non-empty piece of text after a field.
        if (markNext && content !== '') { pieces.push(preserveT(content)); markNext = false; changed = true; } else pieces.push(c.xml);
        continue;
      }
      changed = true;
      let at = 0;
      for (const f of fields) {
        pieces.push(preserveT(content.slice(at, f.index)));
        built.push(`<w:r${open.slice(4, -1)}>${pieces.join('')}</w:r>`);
        const value = text[f[1]] ?? '';
        if (value) {
          built.push(value.split(/\r?\n/).map((line, k) =>
            `<w:r>${rPr ? withFont(rPr) : `<w:rPr>${FONTS}</w:rPr>`}${k > 0 ? '<w:br/>' : ''}${preserveT(escapeXml(line))}</w:r>`).join(''));
        }
        pieces = rPr ? [rPr] : [];
        at = f.index! + f[0].length;
      }
      pieces.push(preserveT(content.slice(at)));
      markNext = true;
    }
    if (!changed) continue;
    touched = true;
    built.push(`<w:r${open.slice(4, -1)}>${pieces.join('')}</w:r>`);
    out += pXml.slice(pos, r.index) + built.join('');
    pos = r.index! + runXml.length;
  }
  return touched ? out + pXml.slice(pos) : pXml;
}

// What every section builder reads (the records, the campaign's issuing side, names already worked out) and the
// small block builders they share: a paragraph, a khoản heading, "- …;" lists, labelled points.
import type { Campaign, Finding, Inspection, IssuerSettings, Recommendation, TeamMember } from '../../records';
import { emptyIssuer } from '../../defaults';
import { foldKey } from '../../vi/text';
import type { Block, ModelInput } from '../model-types';
import { lowerFirst, stripEnd } from '../wording';

export interface Ctx {
  input: ModelInput;
  s: IssuerSettings;
  i: Inspection;
  unitName: string;
  subject: string;
  year: number;
  leader: TeamMember | null;
  meetingDay: string | null;
  /** The year the document is dated in: of the meeting, else of the campaign (a draft's date line prints it). */
  docYear: number;
  warnings: string[];
  /** Text that may hold the sentence-case spelling of upper-case names. */
  sources: string[];
}

export const EMPTY_SETTINGS: IssuerSettings = emptyIssuer();

export const para = (text: string, keepNext?: boolean): Block => ({ kind: 'paragraph', runs: [{ text }], ...(keepNext ? { keepNext } : {}) });
export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });

/** List lines "- …;" with the last one ending "." */
export function dashLines(items: string[]): Block[] {
  return items.map((t, k) => para(`- ${stripEnd(t)}${k === items.length - 1 ? '.' : ';'}`));
}

/** Lines under a label: one finding goes on the label's line, several go below it as "- …". */
export function labelled(label: string, items: string[]): Block[] {
  if (items.length === 1) return [para(`${label}: ${stripEnd(items[0])}.`)];
  return [para(`${label}:`), ...dashLines(items)];
}

/** "công tác cải cách hành chính", or the subject of a campaign in another field ("công tác văn thư, lưu trữ"). */
export function subjectOf(campaign: Campaign): string {
  const m = /^kiểm tra (công tác .+?) năm \d{4}$/iu.exec(campaign.title.trim());
  if (m && !foldKey(m[1]).includes('cai cach hanh chinh')) return lowerFirst(m[1]);
  return 'công tác cải cách hành chính';
}

export const findingsOf = (c: Ctx, kind: Finding['kind'], areaId: string | null | undefined): string[] =>
  c.i.findings.filter((f) => f.kind === kind && f.text.trim() && (areaId === undefined || f.areaId === areaId)).map((f) => f.text.trim());

export const knownArea = (c: Ctx) => {
  const ids = new Set(c.input.campaign.areas.map((a) => a.id));
  return (id: string | null) => (id !== null && ids.has(id) ? id : null);
};

/** The team's recommendations that say something. */
export function recommendations(c: Ctx): Recommendation[] {
  return c.i.recommendations.filter((r) => r.content.trim());
}

// What the report and the reminder share: the issuing body (the campaign's, e.g. the Sở Nội vụ),
// the number and symbol, the date line, the signer and the drafting unit.
import { conclusionIssuer, conclusionSigner, deriveConclusionSigner, type Issuer } from '../documents/signing';
import { formatDocNumber, SETTINGS_MISSING, SETTINGS_SCREEN } from '../documents/numbering';
import { blankDate, DOTS } from '../documents/wording';
import { emptyIssuer } from '../defaults';
import type { IssuerSettings, Signer } from '../records';
import { formatDocumentDate } from '../vi/dates';
import { foldKey, upperVi } from '../vi/text';
import type { CampaignDocInput, CampaignDocOptions } from './input';
import { CAMPAIGN_DOC_CODES, type CampaignDocKind } from './kinds';

export type SymbolResult = { ok: true; symbol: string } | { ok: false; message: string };

/**
 * The symbol after the number: "BC-SNV" for the report; "SNV-CCHC" for a công văn, which carries no
 * type code (docs/documents.md §1.4): the issuing body's symbol, then its drafting unit.
 */
export function campaignDocSymbol(kind: CampaignDocKind, settings: IssuerSettings | null, archiveUnit: string): SymbolResult {
  if (!settings) return { ok: false, message: SETTINGS_MISSING };
  const raw = upperVi(settings.issuerSymbol.normalize('NFC').trim());
  const what = 'Ký hiệu của cơ quan ban hành (ví dụ SNV)';
  if (!raw) return { ok: false, message: `Chưa điền "${what}" trong ${SETTINGS_SCREEN}. Hãy điền rồi lập lại văn bản.` };
  if (/[\s/\\]/.test(raw)) {
    return { ok: false, message: `"${what}" trong ${SETTINGS_SCREEN} không được có dấu cách hay dấu "/" (đang là "${raw}"). Hãy sửa rồi lập lại văn bản.` };
  }
  if (kind === 'report') return { ok: true, symbol: `${CAMPAIGN_DOC_CODES.report}-${raw}` };
  const unit = upperVi(archiveUnit.normalize('NFC').trim()).replace(/[\s/\\]+/g, '');
  return { ok: true, symbol: unit ? `${raw}-${unit}` : raw };
}

/** The drafting unit after "Lưu: VT," the campaign's conclusions use most ("CCHC" when none says). */
export function archiveUnitOf(input: CampaignDocInput): string {
  return mostCommon(input.units.map((u) => u.inspection.docOptions.archiveUnit.trim()).filter(Boolean)) ?? 'CCHC';
}

function mostCommon(xs: string[]): string | undefined {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  let best: string | undefined;
  for (const [x, c] of n) if (best === undefined || c > n.get(best)!) best = x;
  return best;
}

export interface Header {
  settings: IssuerSettings;
  issuer: Issuer;
  symbol: string;
  numberText: string;
  place: string;
  dateLine: string;
  warnings: string[];
  /** Text that may spell upper-case names in sentence case. */
  sources: string[];
}

export function headerOf(kind: CampaignDocKind, input: CampaignDocInput, opts: CampaignDocOptions): Header {
  const warnings: string[] = [];
  const s = { ...emptyIssuer(), ...(input.settings ?? {}) };
  if (!input.settings) warnings.push(`Chưa khai báo cơ quan ban hành (${SETTINGS_SCREEN}): phần đầu văn bản còn thiếu.`);
  const sources = [
    ...input.units.flatMap((u) => [u.unit?.name ?? '', ...(u.team?.members ?? []).flatMap((m) => [m.title, m.agency])]),
    input.campaign.plan.issuer, input.campaign.decision.issuer,
  ];
  // The campaign's issuing body (a Sở Nội vụ, a Phòng Nội vụ) issues its own report and letters.
  const issuer = conclusionIssuer(s, 'department', sources, warnings);
  if (foldKey(issuer.superior) === foldKey(issuer.body)) issuer.superior = '';
  const sym = campaignDocSymbol(kind, input.settings, archiveUnitOf(input));
  const symbol = sym.ok ? sym.symbol : kind === 'report' ? `BC-${issuer.symbol}` : issuer.symbol;
  const place = s.placeName.trim() || s.province.trim() || DOTS;
  const year = opts.issuedDate ? Number(opts.issuedDate.slice(0, 4)) : Number(opts.today.slice(0, 4));
  return {
    settings: s, issuer, symbol, numberText: formatDocNumber(opts.number, symbol), place,
    dateLine: `${place}, ${opts.issuedDate ? formatDocumentDate(opts.issuedDate) : blankDate(year)}`, warnings, sources,
  };
}

/**
 * Who signs for the issuing body: the signer its conclusion notices in this campaign name most
 * often (she typed or confirmed him there), else a deputy head still to be named.
 */
export function campaignSigner(input: CampaignDocInput, s: IssuerSettings): Signer {
  const signed = input.units
    .filter((u) => u.inspection.docOptions.conclusionIssuer === 'department')
    .map((u) => conclusionSigner(s, u.inspection.docOptions, u.team))
    .filter((x) => x.name.trim());
  const key = (x: Signer) => JSON.stringify([x.authority, x.title, x.name]);
  const best = mostCommon(signed.map(key));
  if (best) return signed.find((x) => key(x) === best)!;
  return deriveConclusionSigner('department', null, s);
}

// Who issues a document and how it is signed (NĐ 30/2020 Phụ lục I §7, docs/documents.md §1.2, §3):
// the header's bodies and symbol, the authority lines (TM., KT., TL., TUQ.), the signer's title and
// name. Everything derived from the records can be overridden part by part in docOptions.
import type { Attendee, BodyKind, ConclusionIssuer, DocOptions, IssuerSettings, Signer, Team, TeamMember, Unit } from '../records';
import { foldKey, upperVi } from '../vi/text';
import { COMMITTEE_SYMBOL, ISSUER_TAB, OFFICE_SYMBOL } from './numbering';
import { DOTS, initials, sentenceName, upperFirst } from './wording';

/** Head-of-body titles; "Phó X" is a deputy of X and signs "KT. X / PHÓ X". */
const HEAD_TITLES = [
  'Chủ tịch', 'Giám đốc', 'Chánh Văn phòng', 'Trưởng ban', 'Trưởng phòng', 'Thủ trưởng', 'Cục trưởng', 'Chi cục trưởng',
  'Vụ trưởng', 'Viện trưởng', 'Hiệu trưởng', 'Tổng Giám đốc', 'Chánh Thanh tra', 'Trưởng đoàn', 'Bí thư',
];
const HEAD_RE = new RegExp(`^(Phó\\s+)?(${HEAD_TITLES.map((t) => t.replace(/ /g, '\\s+')).join('|')})(?=\\s|$)`, 'iu');

/** A post read from a free title: "Phó Bí thư, Chủ tịch UBND huyện" → { head: 'Chủ tịch', deputy: false }. */
export interface Post { head: string; deputy: boolean; segment: string }

/** The government post in a title, preferring a non-party segment ("Chủ tịch" over "Phó Bí thư"). */
export function readPost(title: string): Post | null {
  const segments = title.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
  const found: Post[] = [];
  for (const segment of segments) {
    const m = HEAD_RE.exec(segment);
    if (!m) continue;
    const head = HEAD_TITLES.find((t) => foldKey(t) === foldKey(m[2].replace(/\s+/g, ' '))) ?? m[2];
    found.push({ head, deputy: Boolean(m[1]), segment });
  }
  return found.find((p) => foldKey(p.head) !== foldKey('Bí thư')) ?? found[0] ?? null;
}

/** "UBND huyện X", "Ủy ban nhân dân xã Y": bodies that sign "TM. ỦY BAN NHÂN DÂN". */
export function isPeoplesCommittee(name: string): boolean {
  const k = foldKey(name).trim();
  return k.startsWith('ubnd') || k.startsWith('uy ban nhan dan');
}

/** Splits an authority typed as "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH" or on several lines. */
export function authorityLines(s: string): string[] {
  return s.split(/\s*(?:\n|\s\/\s)\s*/).map((l) => l.trim()).filter(Boolean).map(upperVi);
}

export interface SignerBlock { lines: string[]; name: string }

/** Empty parts of `override` are taken from `derived`. */
export function applyOverride(derived: Signer, override: Signer): Signer {
  return {
    authority: override.authority.trim() || derived.authority,
    title: override.title.trim() || derived.title,
    name: override.name.trim() || derived.name,
  };
}

export function signerBlock(s: Signer, caption: string[] = []): SignerBlock {
  return { lines: [...caption.map(upperVi), ...authorityLines(s.authority), ...(s.title ? [upperVi(s.title.trim())] : [])], name: s.name.trim() };
}

/** The person who signs for the inspected unit: its chair at the meeting, another attendee, or its representative. */
export function unitSignerPerson(unit: Unit | null, attendees: Attendee[]): { name: string; title: string } | null {
  const side = attendees.filter((a) => a.side === 'unit' && a.fullName.trim());
  const withPost = (xs: { fullName: string; title: string }[]) => xs.find((a) => readPost(a.title));
  const a = side.find((x) => x.isChair) ?? withPost(side) ?? side[0];
  if (a) return { name: a.fullName, title: a.title };
  const reps = (unit?.representatives ?? []).filter((r) => r.fullName.trim());
  const r = withPost(reps) ?? reps[0];
  return r ? { name: r.fullName, title: r.title } : null;
}

/**
 * "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC".
 * The head or a deputy of the unit signs in the form signingForm gives its body; anyone else signs the
 * minutes in their own post (a biên bản is signed by those present, never "TL." for someone else).
 */
export function deriveUnitSigner(unit: Unit | null, attendees: Attendee[]): Signer {
  const person = unitSignerPerson(unit, attendees);
  const collective = unit ? isPeoplesCommittee(unit.name) : false;
  const post = person ? readPost(person.title) : null;
  if (!post) {
    const form = collective ? signingForm({ body: 'peoples-committee', signerTitle: '', signerKind: 'head' }) : null;
    return { authority: form?.authority.join('\n') ?? '', title: form?.title ?? person?.title ?? '', name: person?.name ?? '' };
  }
  if (collective && foldKey(post.head) !== foldKey('Chủ tịch')) {
    // Someone other than the chair or a vice-chair signs for the unit in their own name.
    return { authority: '', title: post.segment, name: person!.name };
  }
  const body: BodyKind = collective ? 'peoples-committee' : (unit && bodyKindOf(unit.name)) || 'department';
  const form = signingForm({ body, signerTitle: person!.title, signerKind: post.deputy ? 'deputy' : 'head', headTitle: post.head });
  return { authority: form.authority.join('\n'), title: form.title, name: person!.name };
}

export const teamLeader = (team: Team | null): TeamMember | null => team?.members.find((m) => m.role === 'leader') ?? null;
export const teamSecretary = (team: Team | null): TeamMember | null => team?.members.find((m) => m.role === 'secretary') ?? null;

/** The leader's post as written under "TRƯỞNG ĐOÀN KIỂM TRA": "Phó Giám đốc Sở Nội vụ". */
export function leaderPost(leader: TeamMember | null): string {
  if (!leader) return '';
  const post = readPost(leader.title);
  return (post?.segment ?? leader.title.split(',')[0] ?? '').trim();
}

/** Minutes, right-hand block: TRƯỞNG ĐOÀN KIỂM TRA, the leader's post, the leader's name. */
export function deriveTeamSigner(team: Team | null): Signer {
  const leader = teamLeader(team);
  return { authority: '', title: 'TRƯỞNG ĐOÀN KIỂM TRA', name: leader?.fullName ?? '' };
}

// ---------------------------------------------------------------------------------------------
// The signing form (NĐ 30/2020 Điều 13, Phụ lục I ô 7a/7b; docs/documents.md §1.2): the head signs
// in his own name (a collective body "TM. <BODY>" above its head's title), a deputy "KT. <HEAD> /
// PHÓ <HEAD>", anyone else "TL. <HEAD>" (by order) or "TUQ. <HEAD>" (by written authorisation).

/** Kinds of issuing body (shared/records.ts BodyKind), each with the title of its head. */
export type { BodyKind };

export const HEAD_OF: Record<BodyKind, string> = {
  department: 'Giám đốc',
  office: 'Chánh Văn phòng',
  division: 'Trưởng phòng',
  board: 'Trưởng ban',
  'peoples-committee': 'Chủ tịch',
  team: 'Trưởng đoàn',
};

/** A collective body signs "TM. <its name>" above its head (NĐ 30 Điều 13: a UBND). */
const COLLECTIVE_NAME: Partial<Record<BodyKind, string>> = { 'peoples-committee': 'ỦY BAN NHÂN DÂN' };

/** The kind of a body from its name ("SỞ NỘI VỤ", "Phòng Nội vụ", "UBND huyện X"); null when unknown. */
export function bodyKindOf(name: string): BodyKind | null {
  const k = foldKey(name).trim();
  if (isPeoplesCommittee(name)) return 'peoples-committee';
  if (k.startsWith('van phong')) return 'office';
  if (k.startsWith('so ')) return 'department';
  if (k.startsWith('phong ')) return 'division';
  if (k.startsWith('ban ')) return 'board';
  if (k.startsWith('doan ')) return 'team';
  return null;
}

/** Who signs, relative to the issuing body: its head, a deputy of the head, or someone else. */
export type SignerKind = 'head' | 'deputy' | 'other';

/** The kind of signer from a free title ("Phó Giám đốc Sở Nội vụ" → deputy of a Sở); `head` when the body's head has another title. */
export function signerKindOf(body: BodyKind, title: string, head: string = HEAD_OF[body]): SignerKind {
  const post = readPost(title);
  if (!post || foldKey(post.head) !== foldKey(head.trim() || HEAD_OF[body])) return 'other';
  return post.deputy ? 'deputy' : 'head';
}

export interface SigningInput {
  body: BodyKind;
  /** The signer's post as written ("Trưởng phòng Cải cách hành chính Sở Nội vụ"). */
  signerTitle: string;
  /** Known from a role (the team's leader is its head) rather than read from the title. */
  signerKind?: SignerKind;
  /** Someone other than the head or a deputy signs by order (TL., default) or by authorisation (TUQ.). */
  delegation?: 'TL' | 'TUQ';
  /** The body's own name, dropped from the end of the signer's title ("… Sở Nội vụ"). */
  bodyName?: string;
  /** The title of the body's head when it is not the usual one of its kind (campaign.issuer.headTitle). */
  headTitle?: string;
}

export interface SigningForm { authority: string[]; title: string }

/** The signer's own post, upper case, without the name of the body it belongs to. */
function ownPost(title: string, bodyName: string): string {
  const post = readPost(title);
  let t = (post?.segment ?? title.split(/[,;]/)[0] ?? '').trim();
  const name = bodyName.trim();
  if (name) {
    const at = foldKey(t).lastIndexOf(` ${foldKey(name)}`);
    if (at > 0 && at + name.length + 1 === t.length) t = t.slice(0, at).trim();
  }
  return upperVi(t);
}

/** The authority lines and title above a signature, from who signs and which body issues. */
export function signingForm(x: SigningInput): SigningForm {
  const headTitle = x.headTitle?.trim() || HEAD_OF[x.body];
  const head = upperVi(headTitle);
  const kind = x.signerKind ?? signerKindOf(x.body, x.signerTitle, headTitle);
  const collective = COLLECTIVE_NAME[x.body];
  const tm = collective ? [`TM. ${collective}`] : [];
  if (kind === 'head') return { authority: tm, title: head };
  if (kind === 'deputy') return { authority: [...tm, `KT. ${head}`], title: `PHÓ ${head}` };
  const own = ownPost(x.signerTitle, x.bodyName ?? '');
  const sub = readPost(x.signerTitle);
  // A deputy head of a division signs for his own head too: "TL. GIÁM ĐỐC / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG".
  const under = sub?.deputy ? [`KT. ${upperVi(sub.head)}`] : [];
  return { authority: [`${x.delegation ?? 'TL'}. ${head}`, ...under], title: own };
}

/** Empty parts of `override` are derived; a title typed without its authority gets the authority that title takes. */
export function overrideSigning(derived: Signer, override: Signer, form: (title: string) => SigningForm | null): Signer {
  const title = override.title.trim();
  if (title && !override.authority.trim()) {
    const f = form(title);
    if (f) return { authority: f.authority.join('\n'), title: upperVi(title), name: override.name.trim() || derived.name };
  }
  return applyOverride(derived, override);
}

/**
 * The body that issues in the campaign's name: its kind (stored with it, else read from its name,
 * else a Sở) and the title of its head (stored with it, else the usual one of its kind).
 */
export interface IssuingBody { name: string; kind: BodyKind; head: string }
export function issuingBodyOf(s: Pick<IssuerSettings, 'issuingBody' | 'issuingBodyKind' | 'headTitle'>): IssuingBody {
  const name = s.issuingBody.trim();
  const kind = s.issuingBodyKind || bodyKindOf(name) || 'department';
  return { name, kind, head: s.headTitle.trim() || HEAD_OF[kind] };
}

/** Someone other than the head or a deputy: "TL." unless the inspection says "TUQ.". */
type Delegation = DocOptions['conclusionDelegation'];

/** Who signs the conclusion notice, by issuer (documents.md §3), from the team and the campaign's issuing side. */
export function deriveConclusionSigner(issuer: ConclusionIssuer, team: Team | null, s: IssuerSettings, delegation: Delegation = 'TL'): Signer {
  const leader = teamLeader(team);
  const name = leader?.fullName ?? '';
  const join = (f: SigningForm, who: string): Signer => ({ authority: f.authority.join('\n'), title: f.title, name: who });
  if (issuer === 'team') return join(signingForm({ body: 'team', signerTitle: '', signerKind: 'head' }), name);
  if (issuer === 'office') {
    // The Văn phòng UBND signs by order of the chair: "TL. CHỦ TỊCH" above its own form.
    const kind = leader ? signerKindOf('office', leader.title) : 'other';
    const own = kind === 'other' ? signingForm({ body: 'office', signerTitle: '', signerKind: 'deputy' }) : signingForm({ body: 'office', signerTitle: leader!.title });
    return { authority: ['TL. CHỦ TỊCH', ...own.authority].join('\n'), title: own.title, name: kind === 'other' ? '' : name };
  }
  if (issuer === 'committee') {
    // The UBND in its own name: its chair or a vice-chair when one leads the team, else a vice-chair to be named.
    const kind = leader ? signerKindOf('peoples-committee', leader.title) : 'other';
    if (kind !== 'other') return join(signingForm({ body: 'peoples-committee', signerTitle: leader!.title, signerKind: kind }), name);
    return join(signingForm({ body: 'peoples-committee', signerTitle: '', signerKind: 'deputy' }), '');
  }
  const body = issuingBodyOf(s);
  // The leader signs when he belongs to the issuing body; otherwise a deputy head, to be named.
  // Names compare whatever dash joins their parts ("Ban Tổ chức – Nội vụ" and "BAN TỔ CHỨC - NỘI VỤ").
  const key = (t: string) => foldKey(t).replace(/\s*[-\u2010-\u2015]\s*/gu, '-');
  const ofBody = leader && (!body.name || key(`${leader.title} ${leader.agency}`).includes(key(body.name)));
  if (leader && ofBody) {
    return join(signingForm({ body: body.kind, signerTitle: leader.title, bodyName: body.name, headTitle: body.head, delegation }), name);
  }
  return join(signingForm({ body: body.kind, signerTitle: '', signerKind: 'deputy', headTitle: body.head }), '');
}

/** The form a typed title takes for the conclusion's issuer (null for the team: its leader signs as he is). */
export function conclusionForm(issuer: ConclusionIssuer, s: IssuerSettings, delegation: Delegation = 'TL'): (title: string) => SigningForm | null {
  return (title) => {
    if (issuer === 'team') return null;
    if (issuer === 'office') {
      const f = signingForm({ body: 'office', signerTitle: title, delegation });
      return { authority: ['TL. CHỦ TỊCH', ...f.authority], title: f.title };
    }
    if (issuer === 'committee') return signingForm({ body: 'peoples-committee', signerTitle: title, delegation });
    if (!s.issuingBody.trim() && !s.issuingBodyKind) return null;
    const body = issuingBodyOf(s);
    return signingForm({ body: body.kind, signerTitle: title, bodyName: body.name, headTitle: body.head, delegation });
  };
}

/** Who signs the conclusion notice as printed: derived from the records, then what she typed over it. */
export function conclusionSigner(s: IssuerSettings, o: DocOptions, team: Team | null): Signer {
  const delegation = o.conclusionDelegation ?? 'TL';
  return overrideSigning(deriveConclusionSigner(o.conclusionIssuer, team, s, delegation), o.conclusionSigner, conclusionForm(o.conclusionIssuer, s, delegation));
}

// ---------------------------------------------------------------------------------------------
// Who issues what

export interface Issuer {
  /** Cơ quan chủ quản, upper case ('' when none). */
  superior: string;
  /** Tên cơ quan ban hành, upper case. */
  body: string;
  symbol: string;
  /** The issuer as named in sentences ("Sở Nội vụ", "Đoàn kiểm tra", "Văn phòng UBND tỉnh"). */
  sentence: string;
}

const DEFAULT_TEAM_BODY = 'ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH';
const DEFAULT_TEAM_SYMBOL = 'ĐKT';

export function teamIssuer(s: IssuerSettings): Issuer {
  return {
    superior: upperVi(s.superiorBody.trim()),
    body: upperVi(s.teamBodyName.trim() || DEFAULT_TEAM_BODY),
    symbol: upperVi(s.teamSymbol.trim() || DEFAULT_TEAM_SYMBOL),
    sentence: 'Đoàn kiểm tra',
  };
}

/**
 * The body that issues the conclusion notice. `sources` is text that may hold the sentence-case
 * spelling of upper-case names; `warnings` collects what is missing.
 */
export function conclusionIssuer(s: IssuerSettings, kind: ConclusionIssuer, sources: string[], warnings: string[]): Issuer {
  if (kind === 'team') return teamIssuer(s);
  if (kind === 'office') {
    const sup = s.superiorBody.trim();
    const province = s.province.trim();
    const superior = foldKey(sup).startsWith('ubnd') || !province
      ? upperVi(sup)
      : upperVi(/^(thành phố|tp\.?)\s/i.test(province) ? `UBND ${province}` : `UBND tỉnh ${province}`);
    const short = foldKey(superior).startsWith('ubnd tinh') ? 'UBND tỉnh' : sentenceName(superior, sources);
    return { superior, body: 'VĂN PHÒNG', symbol: OFFICE_SYMBOL, sentence: `Văn phòng ${short}` };
  }
  if (kind === 'committee') {
    // The UBND above the issuing body, in its own name: written out in full with no body above it
    // ("ỦY BAN NHÂN DÂN HUYỆN NGỌC LẶC"), as NĐ 30 writes the name of the body that issues.
    const sup = s.superiorBody.trim();
    if (!sup) warnings.push(`Chưa khai báo cơ quan chủ quản (UBND) trong mục "${ISSUER_TAB}" của đợt kiểm tra.`);
    const full = upperVi(sup.replace(/^ubnd(?=\s)/iu, 'Ủy ban nhân dân'));
    return { superior: '', body: full || DOTS, symbol: COMMITTEE_SYMBOL, sentence: sup ? sentenceName(upperVi(sup), sources) : 'Ủy ban nhân dân' };
  }
  const body = upperVi(s.issuingBody.trim());
  if (!body) warnings.push(`Chưa khai báo tên cơ quan ban hành trong mục "${ISSUER_TAB}" của đợt kiểm tra.`);
  return {
    superior: upperVi(s.superiorBody.trim()),
    body: body || DOTS,
    symbol: upperVi(s.issuerSymbol.trim() || initials(body) || DOTS),
    // A body's name starts with a capital even when the records spell it inside a title ("Phó Trưởng phòng Nội vụ").
    sentence: body ? upperFirst(sentenceName(body, sources)) : 'Cơ quan ban hành',
  };
}

// Who issues a document and how it is signed (NĐ 30/2020 Phụ lục I §7, docs/documents.md §1.2, §3):
// the header's bodies and symbol, the authority lines (TM., KT., TL., TUQ.), the signer's title and
// name. Everything derived from the records can be overridden part by part in docOptions.
import type { Attendee, ConclusionIssuer, IssuerSettings, Signer, Team, TeamMember, Unit } from '../records';
import { foldKey, upperVi } from '../vi/text';
import { DOTS, initials, sentenceName } from './wording';

/** Head-of-body titles; "Phó X" is a deputy of X and signs "KT. X / PHÓ X". */
const HEAD_TITLES = [
  'Chủ tịch', 'Giám đốc', 'Chánh Văn phòng', 'Trưởng ban', 'Trưởng phòng', 'Thủ trưởng', 'Cục trưởng', 'Chi cục trưởng',
  'Vụ trưởng', 'Viện trưởng', 'Hiệu trưởng', 'Tổng Giám đốc', 'Chánh Thanh tra', 'Bí thư',
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

/** "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC". */
export function deriveUnitSigner(unit: Unit | null, attendees: Attendee[]): Signer {
  const person = unitSignerPerson(unit, attendees);
  const collective = unit ? isPeoplesCommittee(unit.name) : false;
  const post = person ? readPost(person.title) : null;
  const tm = collective ? ['TM. ỦY BAN NHÂN DÂN'] : [];
  if (!post) {
    return { authority: tm.join('\n'), title: collective ? 'CHỦ TỊCH' : person?.title ?? '', name: person?.name ?? '' };
  }
  const head = upperVi(post.head);
  if (collective && foldKey(post.head) !== foldKey('Chủ tịch')) {
    // Someone other than the chair or a vice-chair signs for the unit in their own name.
    return { authority: '', title: post.segment, name: person?.name ?? '' };
  }
  return post.deputy
    ? { authority: [...tm, `KT. ${head}`].join('\n'), title: `PHÓ ${head}`, name: person!.name }
    : { authority: tm.join('\n'), title: head, name: person!.name };
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

/** Who signs the conclusion notice, by issuer (documents.md §3). */
export function deriveConclusionSigner(issuer: ConclusionIssuer, team: Team | null, issuingBody: string): Signer {
  const leader = teamLeader(team);
  const post = leader ? readPost(leader.title) : null;
  const name = leader?.fullName ?? '';
  if (issuer === 'team') return { authority: '', title: 'TRƯỞNG ĐOÀN', name };
  if (issuer === 'office') {
    const isOffice = post && foldKey(post.head) === foldKey('Chánh Văn phòng');
    if (isOffice && !post.deputy) return { authority: 'TL. CHỦ TỊCH', title: 'CHÁNH VĂN PHÒNG', name };
    return { authority: 'TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: isOffice ? name : '' };
  }
  // The department: its head or deputy head leading the team signs; otherwise a deputy director, to be named.
  const ofBody = leader && (!issuingBody || foldKey(`${leader.title} ${leader.agency}`).includes(foldKey(issuingBody)));
  if (post && ofBody && foldKey(post.head) !== foldKey('Bí thư')) {
    const head = upperVi(post.head);
    // A people's committee signs as a collective: "TM. ỦY BAN NHÂN DÂN" above its chair or vice-chair.
    const tm = isPeoplesCommittee(issuingBody) && foldKey(post.head) === foldKey('Chủ tịch') ? ['TM. ỦY BAN NHÂN DÂN'] : [];
    return post.deputy
      ? { authority: [...tm, `KT. ${head}`].join('\n'), title: `PHÓ ${head}`, name }
      : { authority: tm.join('\n'), title: head, name };
  }
  return { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: '' };
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
    return { superior, body: 'VĂN PHÒNG', symbol: 'VP', sentence: `Văn phòng ${short}` };
  }
  const body = upperVi(s.issuingBody.trim());
  if (!body) warnings.push('Chưa khai báo tên cơ quan ban hành thông báo kết luận (Cài đặt).');
  return {
    superior: upperVi(s.superiorBody.trim()),
    body: body || DOTS,
    symbol: upperVi(s.issuerSymbol.trim() || initials(body) || DOTS),
    sentence: body ? sentenceName(body, sources) : 'Cơ quan ban hành',
  };
}

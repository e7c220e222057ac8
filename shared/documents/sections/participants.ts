// I. THÀNH PHẦN (team, unit, guests) and the sub-units visited (docs/documents.md §2 item 2).
import type { Inspection, TeamMember } from '../../records';
import { ROLE_LABELS } from '../../defaults';
import { pad2 } from '../../vi/numbers';
import { foldKey } from '../../vi/text';
import type { Block } from '../model-types';
import { agencySuffix, lowerFirst, person, stripEnd } from '../wording';
import { type Ctx, dashLines, h2, para } from './context';

export function memberLine(m: TeamMember): string {
  const title = m.title.trim();
  const role = m.role === 'member' ? 'thành viên' : ROLE_LABELS[m.role];
  return [person(m.honorific, m.fullName) + (title ? `, ${stripEnd(title)}` : '') + agencySuffix(title, m.agency), role].join(', ');
}

export function attendeeLine(a: Inspection['attendees'][number]): string {
  const title = stripEnd(a.title);
  if (!a.fullName.trim()) return title + agencySuffix(title, a.agency);
  return person(a.honorific, a.fullName) + (title ? `, ${title}` : '') + agencySuffix(title, a.agency);
}

export function participantsBlocks(c: Ctx): Block[] {
  const i = c.i;
  const out: Block[] = [];
  const order = { leader: 0, deputy: 1, member: 2, secretary: 3 } as const;
  const members = [...(c.input.team?.members ?? [])].filter((m) => m.fullName.trim()).sort((a, b) => order[a.role] - order[b.role]);
  const known = new Set(members.map((m) => foldKey(m.fullName)));
  const teamLines = [
    ...members.map(memberLine),
    // Attendees of the team who are not members (or a group such as "các thành viên Đoàn kiểm tra").
    ...i.attendees.filter((a) => a.side === 'team' && (!a.fullName.trim() || !known.has(foldKey(a.fullName)))).map(attendeeLine),
  ].filter(Boolean);
  const unitLines = i.attendees.filter((a) => a.side === 'unit').map(attendeeLine).filter(Boolean);
  const guestLines = i.attendees.filter((a) => a.side === 'guest').map(attendeeLine).filter(Boolean);
  const fill = '- ' + '.'.repeat(60);
  out.push(h2('1. Đoàn kiểm tra'));
  if (teamLines.length) out.push(...dashLines(teamLines));
  else { out.push(para(fill)); c.warnings.push('Chưa có thành phần Đoàn kiểm tra.'); }
  out.push(h2(`2. Đơn vị được kiểm tra: ${c.unitName}`));
  if (unitLines.length) out.push(...dashLines(unitLines));
  else { out.push(para(fill)); c.warnings.push('Chưa có thành phần của đơn vị được kiểm tra.'); }
  if (guestLines.length) {
    out.push(h2('3. Khách mời'));
    out.push(...dashLines(guestLines));
  }
  return out;
}

export function subUnitBlocks(c: Ctx): Block[] {
  const subs = c.i.subUnits
    .map((s) => ({ name: (s.name.trim() || (s.unitId ? c.input.units[s.unitId]?.name : '') || '').trim(), note: s.note.trim() }))
    .filter((s) => s.name);
  if (!subs.length) return [];
  return [
    para(subs.length === 1 ? 'Đoàn kiểm tra đã kiểm tra tại:' : `Đoàn kiểm tra đã kiểm tra tại ${pad2(subs.length)} đơn vị:`),
    ...dashLines(subs.map((s) => (s.note ? `${s.name}: ${lowerFirst(stripEnd(s.note))}` : s.name))),
  ];
}

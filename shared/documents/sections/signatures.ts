// The signature table and Nơi nhận (NĐ 30 Phụ lục I ô 7, 9b; docs/documents.md §1.2, §2 item 9).
import { upperVi } from '../../vi/text';
import type { DocType } from '../fields';
import type { Block, SignatureCell, SignatureRow } from '../model-types';
import { defaultConclusionRecipients, recipientLines } from '../recipients';
import {
  applyOverride, conclusionSigner, deriveTeamSigner, deriveUnitSigner, leaderPost, signerBlock, teamSecretary,
} from '../signing';
import { balanceLines } from '../wording';
import type { Ctx } from './context';

/** Signature lines that would wrap in their column are broken in two balanced lines (at 14 pt bold, about 0.3 cm a letter). */
export function fitLines(cell: SignatureCell, maxChars: number): SignatureCell {
  if (cell.kind !== 'signer') return cell;
  return { ...cell, lines: cell.lines.flatMap((l) => balanceLines(l, maxChars).split('\n')) };
}

export function recipientsCell(lines: string[]): SignatureCell {
  return { kind: 'recipients', label: 'Nơi nhận:', lines };
}

export function signatureBlocks(c: Ctx, type: DocType): Block[] {
  const o = c.i.docOptions;
  const archive = o.archiveUnit.trim();
  if (type === 'conclusion') {
    const signer = conclusionSigner(c.s, o, c.input.team);
    if (!signer.name) c.warnings.push('Chưa có họ tên người ký thông báo kết luận.');
    const items = o.recipientsConclusion.length ? o.recipientsConclusion : defaultConclusionRecipients(c.unitName);
    const block = signerBlock(signer);
    return [{
      kind: 'signatures', widths: [39, 61],
      rows: [{ left: recipientsCell(recipientLines(items, archive || 'CCHC')), right: fitLines({ kind: 'signer', ...block }, 30) }],
    }];
  }
  const unitSigner = applyOverride(deriveUnitSigner(c.input.unit, c.i.attendees), o.minutesUnitSigner);
  const teamDerived = deriveTeamSigner(c.input.team);
  const teamSigner = applyOverride(teamDerived, o.minutesTeamSigner);
  const post = o.minutesTeamSigner.title.trim() ? '' : leaderPost(c.leader);
  const team = signerBlock(teamSigner);
  if (post) team.lines.push(upperVi(post));
  const secretary = teamSecretary(c.input.team);
  if (!unitSigner.name) c.warnings.push('Chưa có người ký biên bản của đơn vị được kiểm tra.');
  if (!teamSigner.name) c.warnings.push('Chưa có Trưởng đoàn kiểm tra.');
  if (!secretary) c.warnings.push('Chưa có Thư ký Đoàn kiểm tra.');
  const rows: SignatureRow[] = [{
    left: { kind: 'signer', ...signerBlock(unitSigner, ['ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA']) },
    right: { kind: 'signer', ...team },
  }];
  const minutesRecipients = o.recipientsMinutes.length ? recipientsCell(recipientLines(o.recipientsMinutes, archive || 'Hồ sơ')) : null;
  rows.push({ left: minutesRecipients, right: { kind: 'signer', lines: ['THƯ KÝ'], name: secretary?.fullName.trim() ?? '' } });
  return [{ kind: 'signatures', widths: [50, 50], rows: rows.map((r) => ({ left: r.left && fitLines(r.left, 24), right: r.right && fitLines(r.right, 24) })) }];
}

/**
 * Nơi nhận on its own (field noi_nhan), for a template that places it outside the signature table;
 * the generator then leaves it out of the signature table.
 */
export function recipientsBlock(c: Ctx, type: DocType): Block[] {
  const o = c.i.docOptions;
  const archive = o.archiveUnit.trim();
  if (type === 'conclusion') {
    const items = o.recipientsConclusion.length ? o.recipientsConclusion : defaultConclusionRecipients(c.unitName);
    return [{ kind: 'recipients', label: 'Nơi nhận:', lines: recipientLines(items, archive || 'CCHC') }];
  }
  return o.recipientsMinutes.length ? [{ kind: 'recipients', label: 'Nơi nhận:', lines: recipientLines(o.recipientsMinutes, archive || 'Hồ sơ') }] : [];
}

// The signing form (shared/documents/signing.ts): who signs × which body issues, per NĐ 30 Điều 13.
import { describe, expect, it } from 'vitest';
import {
  bodyKindOf, conclusionForm, deriveConclusionSigner, overrideSigning, signingForm, type BodyKind, type SignerKind,
} from '../../shared/documents/signing';
import { buildModel, type DocumentModel } from '../../shared/documents/model';
import type { Team } from '../../shared/records';
import { demoInput } from '../support/doc-fixtures';

type Row = [BodyKind, SignerKind, string, string[], string];
// body, signer kind, signer's title, authority lines, title line
const TABLE: Row[] = [
  ['department', 'head', 'Giám đốc Sở Nội vụ', [], 'GIÁM ĐỐC'],
  ['department', 'deputy', 'Phó Giám đốc Sở Nội vụ', ['KT. GIÁM ĐỐC'], 'PHÓ GIÁM ĐỐC'],
  ['department', 'other', 'Trưởng phòng Cải cách hành chính', ['TL. GIÁM ĐỐC'], 'TRƯỞNG PHÒNG CẢI CÁCH HÀNH CHÍNH'],
  ['office', 'head', 'Chánh Văn phòng UBND tỉnh', [], 'CHÁNH VĂN PHÒNG'],
  ['office', 'deputy', 'Phó Chánh Văn phòng', ['KT. CHÁNH VĂN PHÒNG'], 'PHÓ CHÁNH VĂN PHÒNG'],
  ['office', 'other', 'Trưởng phòng Tổng hợp', ['TL. CHÁNH VĂN PHÒNG'], 'TRƯỞNG PHÒNG TỔNG HỢP'],
  ['division', 'head', 'Trưởng phòng Nội vụ', [], 'TRƯỞNG PHÒNG'],
  ['division', 'deputy', 'Phó Trưởng phòng Nội vụ', ['KT. TRƯỞNG PHÒNG'], 'PHÓ TRƯỞNG PHÒNG'],
  ['division', 'other', 'Chuyên viên', ['TL. TRƯỞNG PHÒNG'], 'CHUYÊN VIÊN'],
  ['board', 'head', 'Trưởng ban Tổ chức', [], 'TRƯỞNG BAN'],
  ['board', 'deputy', 'Phó Trưởng ban', ['KT. TRƯỞNG BAN'], 'PHÓ TRƯỞNG BAN'],
  ['board', 'other', 'Chánh Văn phòng Ban', ['TL. TRƯỞNG BAN'], 'CHÁNH VĂN PHÒNG BAN'],
  ['peoples-committee', 'head', 'Chủ tịch UBND huyện', ['TM. ỦY BAN NHÂN DÂN'], 'CHỦ TỊCH'],
  ['peoples-committee', 'deputy', 'Phó Chủ tịch UBND xã', ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], 'PHÓ CHỦ TỊCH'],
  ['peoples-committee', 'other', 'Phó Chánh Văn phòng', ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'], 'PHÓ CHÁNH VĂN PHÒNG'],
  ['team', 'head', 'Trưởng đoàn', [], 'TRƯỞNG ĐOÀN'],
  ['team', 'deputy', 'Phó Trưởng đoàn', ['KT. TRƯỞNG ĐOÀN'], 'PHÓ TRƯỞNG ĐOÀN'],
  ['team', 'other', 'Thành viên', ['TL. TRƯỞNG ĐOÀN'], 'THÀNH VIÊN'],
];

describe('signingForm: every body kind × head, deputy, other', () => {
  it.each(TABLE)('%s, %s (%s)', (body, kind, title, authority, line) => {
    // Read from the title…
    expect(signingForm({ body, signerTitle: title })).toEqual({ authority, title: line });
    // …and the same when the kind is known from a role.
    expect(signingForm({ body, signerTitle: title, signerKind: kind })).toEqual({ authority, title: line });
  });

  it('writes TUQ. when the signer acts by written authorisation', () => {
    expect(signingForm({ body: 'department', signerTitle: 'Trưởng phòng Tổ chức', delegation: 'TUQ' }))
      .toEqual({ authority: ['TUQ. GIÁM ĐỐC'], title: 'TRƯỞNG PHÒNG TỔ CHỨC' });
  });

  it('drops the name of the issuing body from the end of the signer\'s own post', () => {
    expect(signingForm({ body: 'department', signerTitle: 'Trưởng phòng Cải cách hành chính Sở Nội vụ', bodyName: 'SỞ NỘI VỤ' }).title)
      .toBe('TRƯỞNG PHÒNG CẢI CÁCH HÀNH CHÍNH');
  });

  it('reads the kind of body from its name', () => {
    expect(bodyKindOf('SỞ NỘI VỤ')).toBe('department');
    expect(bodyKindOf('PHÒNG NỘI VỤ')).toBe('division');
    expect(bodyKindOf('Văn phòng UBND tỉnh')).toBe('office');
    expect(bodyKindOf('BAN TỔ CHỨC HUYỆN ỦY')).toBe('board');
    expect(bodyKindOf('ỦY BAN NHÂN DÂN XÃ HÒA BÌNH')).toBe('peoples-committee');
    expect(bodyKindOf('UBND huyện Mường Chà')).toBe('peoples-committee');
    expect(bodyKindOf('ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH')).toBe('team');
    expect(bodyKindOf('Công ty X')).toBeNull();
  });
});

const team = (title: string): Team => ({
  id: 't', campaignId: 'c', number: 1,
  members: [{ id: 'm', role: 'leader', honorific: 'Bà', fullName: 'Dương Thị Thúy', title, agency: 'Sở Nội vụ tỉnh Thanh Hóa' }],
});

describe('who signs the conclusion notice', () => {
  it('a head of division leading the team signs a Sở\'s notice "TL. GIÁM ĐỐC / TRƯỞNG PHÒNG …"', () => {
    expect(deriveConclusionSigner('department', team('Trưởng phòng Cải cách hành chính Sở Nội vụ'), 'SỞ NỘI VỤ')).toEqual({
      authority: 'TL. GIÁM ĐỐC', title: 'TRƯỞNG PHÒNG CẢI CÁCH HÀNH CHÍNH', name: 'Dương Thị Thúy',
    });
  });

  it('a PHÒNG NỘI VỤ issuing: its head signs in his own name, with no KT. GIÁM ĐỐC', () => {
    const t = team('Trưởng phòng Nội vụ');
    t.members[0].agency = 'Phòng Nội vụ huyện';
    expect(deriveConclusionSigner('department', t, 'PHÒNG NỘI VỤ')).toEqual({ authority: '', title: 'TRƯỞNG PHÒNG', name: 'Dương Thị Thúy' });
    // Nobody of the body leads the team: a deputy head of that body, to be named.
    expect(deriveConclusionSigner('department', team('Phó Giám đốc Sở Tư pháp'), 'PHÒNG NỘI VỤ'))
      .toEqual({ authority: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', name: '' });
  });

  it('a title typed with an empty authority gets the authority that title takes for the issuing body', () => {
    const derived = deriveConclusionSigner('department', team('Phó Giám đốc Sở Nội vụ'), 'PHÒNG NỘI VỤ');
    const typed = { authority: '', title: 'Trưởng phòng', name: 'Lò Văn A' };
    expect(overrideSigning(derived, typed, conclusionForm('department', 'PHÒNG NỘI VỤ'))).toEqual({ authority: '', title: 'TRƯỞNG PHÒNG', name: 'Lò Văn A' });
    expect(overrideSigning(derived, typed, conclusionForm('department', 'SỞ NỘI VỤ'))).toEqual({ authority: 'TL. GIÁM ĐỐC', title: 'TRƯỞNG PHÒNG', name: 'Lò Văn A' });
    // A filled authority always wins.
    expect(overrideSigning(derived, { ...typed, authority: 'TUQ. GIÁM ĐỐC' }, conclusionForm('department', 'SỞ NỘI VỤ')).authority).toBe('TUQ. GIÁM ĐỐC');
  });

  it('the Ngọc Lặc notice is signed TL. GIÁM ĐỐC / TRƯỞNG PHÒNG CẢI CÁCH HÀNH CHÍNH', () => {
    const m: DocumentModel = buildModel(demoInput('ngocLac2023'), 'conclusion', { number: null, issuedDate: null });
    const b = m.blocks.chu_ky[0];
    if (b?.kind !== 'signatures') throw new Error('no signatures');
    const cell = b.rows[0].right;
    if (cell?.kind !== 'signer') throw new Error('no signer');
    expect(cell.lines.join(' ')).toMatch(/^TL\. GIÁM ĐỐC TRƯỞNG PHÒNG CẢI CÁCH\s+HÀNH CHÍNH$/u);
    expect(cell.name).toBe('Dương Thị Thúy');
  });
});

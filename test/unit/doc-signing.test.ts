// The signing form (shared/documents/signing.ts): who signs × which body issues, per NĐ 30 Điều 13.
import { describe, expect, it } from 'vitest';
import {
  bodyKindOf, conclusionForm, deriveConclusionSigner, deriveUnitSigner, overrideSigning, signingForm, type BodyKind, type SignerKind,
} from '../../shared/documents/signing';
import { buildModel, type DocumentModel } from '../../shared/documents/model';
import { emptyIssuer } from '../../shared/defaults';
import type { ConclusionIssuer, IssuerSettings, Team } from '../../shared/records';
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

const side = (issuingBody: string, patch: Partial<IssuerSettings> = {}): IssuerSettings => ({ ...emptyIssuer(), issuingBody, ...patch });

const team = (title: string): Team => ({
  id: 't', campaignId: 'c', number: 1,
  members: [{ id: 'm', role: 'leader', honorific: 'Bà', fullName: 'Dương Thị Thúy', title, agency: 'Sở Nội vụ tỉnh Thanh Hóa' }],
});

describe('who signs the conclusion notice', () => {
  it('a head of division leading the team signs a Sở\'s notice "TL. GIÁM ĐỐC / TRƯỞNG PHÒNG …"', () => {
    expect(deriveConclusionSigner('department', team('Trưởng phòng Cải cách hành chính Sở Nội vụ'), side('SỞ NỘI VỤ'))).toEqual({
      authority: 'TL. GIÁM ĐỐC', title: 'TRƯỞNG PHÒNG CẢI CÁCH HÀNH CHÍNH', name: 'Dương Thị Thúy',
    });
  });

  it('a PHÒNG NỘI VỤ issuing: its head signs in his own name, with no KT. GIÁM ĐỐC', () => {
    const t = team('Trưởng phòng Nội vụ');
    t.members[0].agency = 'Phòng Nội vụ huyện';
    expect(deriveConclusionSigner('department', t, side('PHÒNG NỘI VỤ'))).toEqual({ authority: '', title: 'TRƯỞNG PHÒNG', name: 'Dương Thị Thúy' });
    // Nobody of the body leads the team: a deputy head of that body, to be named.
    expect(deriveConclusionSigner('department', team('Phó Giám đốc Sở Tư pháp'), side('PHÒNG NỘI VỤ')))
      .toEqual({ authority: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', name: '' });
  });

  it('a title typed with an empty authority gets the authority that title takes for the issuing body', () => {
    const derived = deriveConclusionSigner('department', team('Phó Giám đốc Sở Nội vụ'), side('PHÒNG NỘI VỤ'));
    const typed = { authority: '', title: 'Trưởng phòng', name: 'Lò Văn A' };
    expect(overrideSigning(derived, typed, conclusionForm('department', side('PHÒNG NỘI VỤ')))).toEqual({ authority: '', title: 'TRƯỞNG PHÒNG', name: 'Lò Văn A' });
    expect(overrideSigning(derived, typed, conclusionForm('department', side('SỞ NỘI VỤ')))).toEqual({ authority: 'TL. GIÁM ĐỐC', title: 'TRƯỞNG PHÒNG', name: 'Lò Văn A' });
    // A filled authority always wins.
    expect(overrideSigning(derived, { ...typed, authority: 'TUQ. GIÁM ĐỐC' }, conclusionForm('department', side('SỞ NỘI VỤ'))).authority).toBe('TUQ. GIÁM ĐỐC');
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

// The notice's issuer (from the campaign's issuing side) × who leads the team: head, deputy or other.
type NoticeRow = [what: string, issuer: ConclusionIssuer, side: IssuerSettings, leaderTitle: string, leaderAgency: string, signer: { authority: string; title: string; named: boolean }];
const SO = side('SỞ NỘI VỤ');
const VP = side('VĂN PHÒNG', { issuingBodyKind: 'office', superiorBody: 'UBND TỈNH THANH HÓA' });
const PHONG = side('PHÒNG NỘI VỤ', { level: 'district', superiorBody: 'UBND HUYỆN NGỌC LẶC' });
const BAN = side('BAN TỔ CHỨC - NỘI VỤ', { issuingBodyKind: 'board', headTitle: 'Trưởng ban' });
const UBND_TINH = side('ỦY BAN NHÂN DÂN TỈNH THANH HÓA');
const UBND_HUYEN = side('UBND HUYỆN NGỌC LẶC', { level: 'district' });
const UBND_XA = side('UBND XÃ TÂN HÀ');
const NOTICES: NoticeRow[] = [
  ['Sở, head', 'department', SO, 'Giám đốc Sở Nội vụ', 'Sở Nội vụ', { authority: '', title: 'GIÁM ĐỐC', named: true }],
  ['Sở, deputy', 'department', SO, 'Phó Giám đốc Sở Nội vụ', 'Sở Nội vụ', { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', named: true }],
  ['Sở, other', 'department', SO, 'Trưởng phòng Cải cách hành chính', 'Sở Nội vụ', { authority: 'TL. GIÁM ĐỐC', title: 'TRƯỞNG PHÒNG CẢI CÁCH HÀNH CHÍNH', named: true }],
  ['Văn phòng UBND (issuing body), head', 'department', VP, 'Chánh Văn phòng', 'Văn phòng UBND tỉnh', { authority: '', title: 'CHÁNH VĂN PHÒNG', named: true }],
  ['Văn phòng UBND (issuing body), deputy', 'department', VP, 'Phó Chánh Văn phòng', 'Văn phòng UBND tỉnh', { authority: 'KT. CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', named: true }],
  ['Văn phòng UBND (issuing body), other', 'department', VP, 'Trưởng phòng Tổng hợp', 'Văn phòng UBND tỉnh', { authority: 'TL. CHÁNH VĂN PHÒNG', title: 'TRƯỞNG PHÒNG TỔNG HỢP', named: true }],
  ['Văn phòng UBND tỉnh (office choice), deputy', 'office', SO, 'Phó Chánh Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh', { authority: 'TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', named: true }],
  ['Phòng, head', 'department', PHONG, 'Trưởng phòng Nội vụ', 'Phòng Nội vụ huyện Ngọc Lặc', { authority: '', title: 'TRƯỞNG PHÒNG', named: true }],
  ['Phòng, deputy', 'department', PHONG, 'Phó Trưởng phòng Nội vụ', 'Phòng Nội vụ huyện Ngọc Lặc', { authority: 'KT. TRƯỞNG PHÒNG', title: 'PHÓ TRƯỞNG PHÒNG', named: true }],
  ['Phòng, other', 'department', PHONG, 'Chuyên viên', 'Phòng Nội vụ huyện Ngọc Lặc', { authority: 'TL. TRƯỞNG PHÒNG', title: 'CHUYÊN VIÊN', named: true }],
  ['Ban, head', 'department', BAN, 'Trưởng ban', 'Ban Tổ chức - Nội vụ tỉnh', { authority: '', title: 'TRƯỞNG BAN', named: true }],
  ['Ban, deputy', 'department', BAN, 'Phó Trưởng ban Tổ chức – Nội vụ tỉnh', 'Ban Tổ chức - Nội vụ tỉnh', { authority: 'KT. TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', named: true }],
  ['Ban, other', 'department', BAN, 'Chánh Văn phòng Ban', 'Ban Tổ chức - Nội vụ tỉnh', { authority: 'TL. TRƯỞNG BAN', title: 'CHÁNH VĂN PHÒNG BAN', named: true }],
  ['UBND tỉnh, head', 'department', UBND_TINH, 'Chủ tịch UBND tỉnh', 'Ủy ban nhân dân tỉnh Thanh Hóa', { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', named: true }],
  ['UBND huyện, deputy', 'department', UBND_HUYEN, 'Phó Chủ tịch UBND huyện', 'UBND huyện Ngọc Lặc', { authority: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', named: true }],
  ['UBND xã, other', 'department', UBND_XA, 'Công chức Văn phòng - Thống kê', 'UBND xã Tân Hà', { authority: 'TL. CHỦ TỊCH', title: 'CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ', named: true }],
  ['UBND huyện (committee choice), deputy', 'committee', PHONG, 'Phó Chủ tịch UBND huyện', 'UBND huyện Ngọc Lặc', { authority: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', named: true }],
  ['UBND huyện (committee choice), other: a vice-chair to be named', 'committee', PHONG, 'Trưởng phòng Nội vụ', 'Phòng Nội vụ', { authority: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', named: false }],
  ['Đoàn kiểm tra, its leader', 'team', SO, 'Phó Giám đốc Sở Nội vụ', 'Sở Nội vụ', { authority: '', title: 'TRƯỞNG ĐOÀN', named: true }],
  ['Sở, nobody of the Sở leads: a deputy to be named', 'department', SO, 'Phó Chủ tịch UBND huyện', 'UBND huyện Mường Chà', { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', named: false }],
];

describe('who signs the notice, by issuer and by who leads the team', () => {
  it.each(NOTICES)('%s', (_what, issuer, s, title, agency, want) => {
    const t = team(title);
    t.members[0].agency = agency;
    expect(deriveConclusionSigner(issuer, t, s)).toEqual({ authority: want.authority, title: want.title, name: want.named ? 'Dương Thị Thúy' : '' });
  });

  it('someone other than the head or deputy signs "TUQ." when the inspection says so', () => {
    const t = team('Trưởng phòng Cải cách hành chính Sở Nội vụ');
    expect(deriveConclusionSigner('department', t, SO, 'TUQ').authority).toBe('TUQ. GIÁM ĐỐC');
    // The head and a deputy never sign by delegation.
    expect(deriveConclusionSigner('department', team('Phó Giám đốc Sở Nội vụ'), SO, 'TUQ').authority).toBe('KT. GIÁM ĐỐC');
    // A title she types takes the same choice.
    expect(conclusionForm('department', PHONG, 'TUQ')('Chuyên viên')).toEqual({ authority: ['TUQ. TRƯỞNG PHÒNG'], title: 'CHUYÊN VIÊN' });
  });

  it('the head\'s title stored with the campaign wins over the usual one of the kind', () => {
    const s = side('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', { issuingBodyKind: 'department', headTitle: 'Giám đốc Trung tâm' });
    expect(signingForm({ body: 'department', signerTitle: 'Phó Giám đốc', headTitle: 'Giám đốc' })).toEqual({ authority: ['KT. GIÁM ĐỐC'], title: 'PHÓ GIÁM ĐỐC' });
    expect(conclusionForm('department', s)('Trưởng phòng Kiểm soát')).toEqual({ authority: ['TL. GIÁM ĐỐC TRUNG TÂM'], title: 'TRƯỞNG PHÒNG KIỂM SOÁT' });
  });
});

describe("the unit's signer of the minutes", () => {
  type U = [unitName: string, title: string, authority: string, titleLine: string];
  // Whoever chairs for the unit at the meeting; the head or a deputy in their body's form, anyone else in their own post.
  const CASES: U[] = [
    ['UBND huyện Mường Chà', 'Chủ tịch UBND huyện', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    ['UBND xã Bảo Hà', 'Phó Chủ tịch UBND xã', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ['UBND huyện Vị Xuyên', 'Chánh Văn phòng HĐND và UBND huyện', '', 'Chánh Văn phòng HĐND và UBND huyện'],
    ['Sở Tư pháp', 'Phó Giám đốc Sở Tư pháp', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    ['Sở Tư pháp', 'Giám đốc Sở', '', 'GIÁM ĐỐC'],
    ['Phòng Nội vụ huyện', 'Phó Trưởng phòng', 'KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'],
  ];
  it.each(CASES)('%s, %s', (unitName, title, authority, titleLine) => {
    const unit = { id: 'u', name: unitName, representatives: [] } as unknown as Parameters<typeof deriveUnitSigner>[0];
    const attendees = [{ side: 'unit', fullName: 'Lò Văn A', title, isChair: true }] as unknown as Parameters<typeof deriveUnitSigner>[1];
    expect(deriveUnitSigner(unit, attendees)).toEqual({ authority, title: titleLine, name: 'Lò Văn A' });
  });
  it('a UBND with nobody named yet still prints its collective form', () => {
    const unit = { id: 'u', name: 'UBND xã Y', representatives: [] } as unknown as Parameters<typeof deriveUnitSigner>[0];
    expect(deriveUnitSigner(unit, [])).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' });
  });
});

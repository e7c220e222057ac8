// An issued document as an e-mail draft: a real MIME message (read back with postal-mime) that
// Outlook opens as a new message, whose attachment is the frozen .docx, byte for byte.
import crypto from 'node:crypto';
import fs from 'node:fs';
import PostalMime from 'postal-mime';
import { expect, it } from 'vitest';
import { dispatchAsync } from '../../electron/core/dispatch';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { emailText } from '../../shared/documents/email-text';
import { demoCoreWithFiles } from '../helpers';

const setup = () => demoCoreWithFiles(() => new Date('2022-10-20T03:00:00.000Z'));

it('writes a draft Outlook opens as a new message, Vietnamese subject and body, the frozen .docx attached', async () => {
  const { core, platform } = setup();
  // The unit's addresses as a secretary types them: ";" between them.
  const unitId = core.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 }).unitId;
  const unit = core.handlers['units.list']({}).find((u) => u.id === unitId)!;
  core.handlers['units.save']({ ...unit, email: 'vanthu@muongcha.dienbien.gov.vn; ubnd.muongcha@dienbien.gov.vn' });
  const doc = await core.handlers['documents.issue']({ inspectionId: DEMO_IDS.inspectionMuongCha2022, type: 'conclusion', issuedDate: '2022-10-20' });
  const saved = await core.handlers['documents.saveEmail']({ id: doc.id });
  expect(saved.path).toMatch(/\.eml$/);
  expect(saved.fileName).toBe(doc.fileName.replace(/\.docx$/, '.eml'));
  const raw = fs.readFileSync(saved.path!);
  expect(raw.toString('latin1')).toMatch(/^X-Unsent: 1\r?$/m);

  const mail = await PostalMime.parse(raw);
  expect(mail.subject).toBe(`Thông báo kết luận số ${doc.numberText}: Kết luận kiểm tra công tác cải cách hành chính năm 2022 tại UBND huyện Mường Chà`);
  expect(mail.date).toBe('2022-10-20T03:00:00.000Z');
  expect(mail.to?.map((a) => a.address)).toEqual(['vanthu@muongcha.dienbien.gov.vn', 'ubnd.muongcha@dienbien.gov.vn']);
  expect(mail.text).toContain('Kính gửi: UBND huyện Mường Chà.');
  expect(mail.text).toContain(`Xin gửi kèm theo thư này Thông báo kết luận số ${doc.numberText} ngày 20/10/2022 về kết luận kiểm tra công tác cải cách hành chính năm 2022 tại UBND huyện Mường Chà.`);
  expect(mail.text).toBe(mail.text!.normalize('NFC'));
  expect(mail.attachments).toHaveLength(1);
  const [att] = mail.attachments;
  expect(att.filename).toBe(doc.fileName);
  expect(att.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const bytes = Buffer.from(att.content as ArrayBuffer);
  expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);

  // The app may then open it in the mail program; a program or script never.
  await core.handlers['documents.open']({ id: saved.fileId! });
  expect(platform.calls.at(-1)).toEqual({ op: 'openPath', path: saved.path });
  // A path is not accepted, only the token of a file the core saved.
  const exe = await dispatchAsync(core.handlers, 'documents.open', { path: saved.path!.replace(/\.eml$/, '.exe') });
  expect(exe.ok).toBe(false);
});

it('still writes the draft when the records can no longer make the document, and refuses an unknown document', async () => {
  const { core } = setup();
  const doc = await core.handlers['documents.issue']({ inspectionId: DEMO_IDS.inspectionMuongCha2022, type: 'minutes', issuedDate: '2022-10-06' });
  core.handlers['bin.delete']({ kind: 'inspection', id: DEMO_IDS.inspectionMuongCha2022 });
  const saved = await core.handlers['documents.saveEmail']({ id: doc.id });
  const mail = await PostalMime.parse(fs.readFileSync(saved.path!));
  expect(mail.subject).toBe(`Biên bản số ${doc.numberText} ngày 06/10/2022`);
  expect(mail.text).not.toContain('Kính gửi');
  expect(mail.to).toBeUndefined(); // no unit known: the secretary fills "To" in
  expect(mail.attachments[0].filename).toBe(doc.fileName);

  const unknown = await dispatchAsync(core.handlers, 'documents.saveEmail', { id: '00000000-0000-4000-8000-000000000000' });
  expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});

it('words the mail from what is known, without a dangling "về" or "Kính gửi"', () => {
  const base = { type: 'minutes' as const, numberText: '05/BB-ĐKT', issuedDate: '2026-03-02', fileName: 'a.docx', to: '' };
  expect(emailText({ ...base, title: '', unitName: '' })).toEqual({
    subject: 'Biên bản số 05/BB-ĐKT ngày 02/3/2026',
    text: 'Xin gửi kèm theo thư này Biên bản số 05/BB-ĐKT ngày 02/3/2026.\n\nTệp đính kèm: a.docx (văn bản Word).\n\nTrân trọng.\n',
  });
  const t = emailText({ ...base, title: 'Kiểm tra công tác cải cách hành chính năm 2026 tại UBND xã Nà Hỳ.', unitName: 'UBND xã Nà Hỳ' });
  expect(t.subject).toBe('Biên bản số 05/BB-ĐKT: Kiểm tra công tác cải cách hành chính năm 2026 tại UBND xã Nà Hỳ');
  expect(t.text.split('\n')[0]).toBe('Kính gửi: UBND xã Nà Hỳ.');
  expect(t.text).toContain('về kiểm tra công tác cải cách hành chính năm 2026 tại UBND xã Nà Hỳ.');
});

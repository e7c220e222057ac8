// The signed copy on file (issue 8, item 4): a scan of the signed document filed with an issued
// document, the signing and sending dates, the list showing what is unsigned and unsent, the e-mail
// draft carrying the signed PDF, and `attach-signed` on the command line.
import fs from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/core/cli/run';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { dispatch, dispatchAsync } from '../../electron/core/dispatch';
import { demoCoreWithFiles } from '../helpers';
import { SCAN_PDF as PDF, SCAN_PNG as PNG, sha256Hex as sha } from '../scans';

const MUONG_CHA = DEMO_IDS.inspectionMuongCha2022;
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode', 'latin1');

async function issued() {
  // A clock that moves (a second a call): two scans attached one after the other are listed in that order.
  let t = Date.parse('2022-10-20T03:00:00.000Z');
  const { core, platform } = demoCoreWithFiles(() => new Date((t += 1000)));
  const doc = await core.handlers['documents.issue']({ inspectionId: MUONG_CHA, type: 'minutes', issuedDate: '2022-10-06' });
  return { core, platform, doc };
}

describe('signed copy', () => {
  it('an issued document starts unsigned and unsent', async () => {
    const { core, doc } = await issued();
    expect(doc.dispatch).toEqual({ signedDate: null, sentDate: null, sentTo: '', signedCopies: [] });
    expect(core.handlers['documents.list']({ inspectionId: MUONG_CHA })[0].dispatch.signedCopies).toEqual([]);
  });

  it('files a PDF and a PNG scan, copied into the data folder with their SHA-256; the list shows it signed', async () => {
    const { core, doc } = await issued();
    const afterPdf = core.handlers['documents.attachSigned']({
      documentId: doc.id, fileName: 'C:\\Quét\\Biên bản đã ký.pdf', base64: PDF.toString('base64'), signedDate: '2022-10-06',
    });
    expect(afterPdf.dispatch.signedDate).toBe('2022-10-06');
    expect(afterPdf.dispatch.signedCopies).toHaveLength(1);
    // A name ending in .pdf but holding a PNG is a PNG: the kind comes from the content.
    core.handlers['documents.attachSigned']({ documentId: doc.id, fileName: 'trang-2.pdf', base64: PNG.toString('base64') });

    const listed = core.handlers['documents.list']({ inspectionId: MUONG_CHA }).find((d) => d.id === doc.id)!;
    expect(listed.dispatch.signedDate).toBe('2022-10-06'); // attaching without a date keeps the one recorded
    expect(listed.dispatch.signedCopies.map((c) => [c.fileName, c.mime, c.sha256])).toEqual([
      ['Biên bản đã ký.pdf', 'application/pdf', sha(PDF)],
      ['trang-2.pdf', 'image/png', sha(PNG)],
    ]);
    for (const c of listed.dispatch.signedCopies) {
      const stored = core.attachments.pathOf(c.id);
      expect(stored.startsWith(path.join(path.dirname(core.dbPath), 'attachments'))).toBe(true);
      expect(sha(fs.readFileSync(stored))).toBe(c.sha256);
    }
    // The register row itself never changes.
    expect(listed.sha256).toBe(doc.sha256);
    expect(listed.version).toBe(1);
  });

  it('refuses a renamed .exe by its content, storing nothing', async () => {
    const { core, doc } = await issued();
    const res = dispatch(core.handlers, 'documents.attachSigned', {
      documentId: doc.id, fileName: 'Biên bản đã ký.pdf', base64: EXE.toString('base64'), signedDate: '2022-10-06',
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'ATTACHMENT_REFUSED' } });
    if (!res.ok) expect(res.error.message).toContain('Không đính kèm được tệp "Biên bản đã ký.pdf"');
    const listed = core.handlers['documents.list']({ inspectionId: MUONG_CHA })[0];
    expect(listed.dispatch).toEqual({ signedDate: null, sentDate: null, sentTo: '', signedCopies: [] });
  });

  it('records the sending date and addressee, and refuses dates before the issue or a sending before the signing', async () => {
    const { core, doc } = await issued();
    const rec = core.handlers['documents.setDispatch']({
      documentId: doc.id, signedDate: '2022-10-06', sentDate: '2022-10-10', sentTo: ' UBND huyện Mường Chà; Sở Nội vụ ',
    });
    expect(rec.dispatch).toMatchObject({ signedDate: '2022-10-06', sentDate: '2022-10-10', sentTo: 'UBND huyện Mường Chà; Sở Nội vụ' });

    const early = dispatch(core.handlers, 'documents.setDispatch', { documentId: doc.id, signedDate: '2022-10-01', sentDate: null, sentTo: '' });
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!early.ok) expect(early.error.message).toContain('Ngày ký không được trước ngày ban hành');
    const backwards = dispatch(core.handlers, 'documents.setDispatch', { documentId: doc.id, signedDate: '2022-10-12', sentDate: '2022-10-10', sentTo: '' });
    expect(backwards).toMatchObject({ ok: false, error: { message: 'Ngày gửi không được trước ngày ký.' } });
    // A refused change changes nothing.
    expect(core.handlers['documents.list']({ inspectionId: MUONG_CHA })[0].dispatch.sentDate).toBe('2022-10-10');

    const unknown = dispatch(core.handlers, 'documents.setDispatch', {
      documentId: '00000000-0000-4000-8000-000000000000', signedDate: null, sentDate: null, sentTo: '',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('opens a stored scan with the system viewer, never a file of another kind of owner', async () => {
    const { core, platform, doc } = await issued();
    const rec = core.handlers['documents.attachSigned']({ documentId: doc.id, fileName: 'ky.pdf', base64: PDF.toString('base64') });
    const id = rec.dispatch.signedCopies[0].id;
    await core.handlers['documents.openSigned']({ id });
    expect(platform.calls.at(-1)).toEqual({ op: 'openPath', path: core.attachments.pathOf(id) });
    const other = core.attachments.add({ ownerKind: 'remediation_report', ownerId: doc.id, fileName: 'bc.pdf', bytes: PDF });
    expect(await dispatchAsync(core.handlers, 'documents.openSigned', { id: other.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('the e-mail draft carries the signed PDF with or instead of the .docx', async () => {
    const { core, doc } = await issued();
    const none = await dispatchAsync(core.handlers, 'documents.saveEmail', { id: doc.id, attach: 'signed' });
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    core.handlers['documents.attachSigned']({ documentId: doc.id, fileName: 'Biên bản đã ký.pdf', base64: PDF.toString('base64') });
    const read = async (attach: 'docx' | 'signed' | 'both') =>
      PostalMime.parse(fs.readFileSync((await core.handlers['documents.saveEmail']({ id: doc.id, attach })).path!));

    const signedOnly = await read('signed');
    expect(signedOnly.attachments.map((a) => [a.filename, a.mimeType])).toEqual([['Biên bản đã ký.pdf', 'application/pdf']]);
    expect(sha(Buffer.from(signedOnly.attachments[0].content as ArrayBuffer))).toBe(sha(PDF));
    expect(signedOnly.text).toContain('Tệp đính kèm: Biên bản đã ký.pdf (bản quét văn bản đã ký).');
    expect(signedOnly.text).not.toContain('(văn bản Word)');

    const both = await read('both');
    expect(both.attachments.map((a) => a.filename)).toEqual([doc.fileName, 'Biên bản đã ký.pdf']);
    expect(sha(Buffer.from(both.attachments[0].content as ArrayBuffer))).toBe(doc.sha256);

    const docxOnly = await read('docx');
    expect(docxOnly.attachments.map((a) => a.filename)).toEqual([doc.fileName]);
  });

  it('attach-signed on the command line files the scan and refuses a renamed program', async () => {
    const { core, doc } = await issued();
    const dataDir = path.dirname(core.dbPath);
    core.close(); // the command opens the data folder itself
    const scan = path.join(dataDir, 'Biên bản đã ký.pdf');
    fs.writeFileSync(scan, PDF);
    const exe = path.join(dataDir, 'ban-quet.pdf');
    fs.writeFileSync(exe, EXE);
    const run = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli([...argv, '--data-dir', dataDir], { out: (s) => out.push(s), err: (s) => err.push(s), env: {}, cwd: dataDir });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    const ok = await run('attach-signed', doc.id, 'Biên bản đã ký.pdf', '--signed', '06/10/2022');
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`Đã lưu bản đã ký "Biên bản đã ký.pdf" của văn bản số ${doc.numberText}`);
    expect(ok.out).toContain('ngày ký 06/10/2022');

    const bad = await run('attach-signed', doc.id, 'ban-quet.pdf');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Không đính kèm được tệp "ban-quet.pdf"');

    const badDate = await run('attach-signed', doc.id, 'Biên bản đã ký.pdf', '--signed', '31/02/2022');
    expect(badDate.code).toBe(2);
    expect((await run('attach-signed', doc.id)).code).toBe(2);
  });
});

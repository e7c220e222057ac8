// "Gỡ bản chụp": a scan attached by mistake (to a signed document or a remediation report) goes to
// the bin and comes back from it; its stored file stays on disk; the signing date is kept.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { dispatch } from '../../electron/core/dispatch';
import { newId } from '../../shared/defaults';
import { demoWithSignedMinutes } from '../helpers';
import { SCAN_PDF as PDF, SCAN_PNG as PNG, sha256Hex as sha } from '../scans';

const MUONG_CHA = DEMO_IDS.inspectionMuongCha2022;

const dispatchOf = (core: Awaited<ReturnType<typeof demoWithSignedMinutes>>['core'], id: string) =>
  core.handlers['documents.list']({ inspectionId: MUONG_CHA }).find((d) => d.id === id)!.dispatch;

describe('removing a scan attached by mistake', () => {
  it('signed copy: remove → the bin lists it by name → restore → listed again, the file never left the disk', async () => {
    const { core, doc, scan } = await demoWithSignedMinutes('Nhầm tệp.pdf');
    const stored = core.attachments.pathOf(scan.id);

    core.handlers['documents.removeSigned']({ id: scan.id });
    const after = dispatchOf(core, doc.id);
    expect(after.signedCopies).toEqual([]);
    expect(after.signedDate).toBe('2022-10-06'); // the document's signing date is kept
    expect(fs.existsSync(stored)).toBe(true);

    const inBin = core.handlers['bin.list']({}).find((b) => b.id === scan.id);
    expect(inBin).toMatchObject({ kind: 'attachment', label: `Bản chụp "Nhầm tệp.pdf" (bản đã ký của Biên bản số ${doc.numberText} của UBND huyện Mường Chà)` });

    core.handlers['bin.restore']({ kind: 'attachment', id: scan.id });
    expect(dispatchOf(core, doc.id).signedCopies.map((c) => c.id)).toEqual([scan.id]);
    expect(core.handlers['bin.list']({}).some((b) => b.id === scan.id)).toBe(false);
    expect(sha(fs.readFileSync(core.attachments.pathOf(scan.id)))).toBe(sha(PDF));
  });

  it('refuses to remove twice, or a report scan through the signed-copy op', async () => {
    const { core, scan } = await demoWithSignedMinutes('Nhầm tệp.pdf');
    core.handlers['documents.removeSigned']({ id: scan.id });
    expect(dispatch(core.handlers, 'documents.removeSigned', { id: scan.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dispatch(core.handlers, 'bin.restore', { kind: 'attachment', id: newId() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const recs = core.handlers['inspections.get']({ id: MUONG_CHA }).recommendations;
    const rep = { id: newId(), inspectionId: MUONG_CHA, receivedDate: '2023-03-12', docNumber: '125/BC-UBND', docDate: '2023-03-10', summary: '', items: [{ recommendationId: recs[0].id, doneText: 'Đã làm.' }] };
    core.handlers['remediation.save'](rep);
    const a = core.handlers['remediation.attach']({ reportId: rep.id, fileName: 'trang 2.png', base64: PNG.toString('base64') });
    expect(dispatch(core.handlers, 'documents.removeSigned', { id: a.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(core.handlers['remediation.list']({ inspectionId: MUONG_CHA })[0].attachments).toHaveLength(1);

    // The report's scan: detach → bin → restore.
    core.handlers['remediation.detach']({ id: a.id });
    expect(core.handlers['remediation.list']({ inspectionId: MUONG_CHA })[0].attachments).toEqual([]);
    expect(core.handlers['bin.list']({}).find((b) => b.id === a.id)).toMatchObject({
      kind: 'attachment', label: 'Bản chụp "trang 2.png" (báo cáo khắc phục số 125/BC-UBND của UBND huyện Mường Chà)',
    });
    core.handlers['bin.restore']({ kind: 'attachment', id: a.id });
    expect(core.handlers['remediation.list']({ inspectionId: MUONG_CHA })[0].attachments.map((x) => x.id)).toEqual([a.id]);
  });
});

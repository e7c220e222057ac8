// "Khôi phục từ tệp…" (backup.chooseFile, then backup.restore { chosen }): the core asks the platform's
// open dialog for the file and reads it where it is, a USB .zip of any size or a .sqlite with the
// attachments folder beside it; cancelling the dialog changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Core } from '../../electron/core/core';
import { dispatchAsync } from '../../electron/core/dispatch';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { MAX_ATTACHMENT_BYTES } from '../../electron/core/files/attachments';
import { harnessPlatform } from '../harness/platform';
import { demoWithSignedMinutes, emptyLaptop, tempDir } from '../helpers';
import { SCAN_PDF as PDF, sha256Hex as sha } from '../scans';

const MUONG_CHA = DEMO_IDS.inspectionMuongCha2022;
type Platform = ReturnType<typeof harnessPlatform>;



function usbFolder(): string {
  const usb = tempDir('bienban-usb-');
  onTestFinished(() => fs.rmSync(usb, { recursive: true, force: true }));
  return usb;
}

/** She picks `file` (null: she cancels) and, when she picked one, confirms; the dispatched answer. */
async function pickAndRestore(core: Core, platform: Platform, file: string | null) {
  platform.toChoose.push(file);
  const chosen = await core.handlers['backup.chooseFile']({});
  if (!chosen) return null;
  return dispatchAsync(core.handlers, 'backup.restore', { chosen: chosen.token }, { log: core.log });
}

const inspectionIds = (core: Core) => core.handlers['inspections.list']({}).map((i) => i.id).sort();
const signedOn = (core: Core, documentId: string) =>
  core.handlers['documents.list']({ inspectionId: MUONG_CHA }).find((d) => d.id === documentId)?.dispatch.signedCopies.map((c) => c.sha256);

describe('restore from a file chosen in the open dialog, read by path', () => {
  it('asks the dialog for a .zip or a .sqlite, and hands the screen a token, the name and the size', async () => {
    const { core, platform } = emptyLaptop();
    const file = path.join(usbFolder(), 'bienban-2026-11-30_2318.zip');
    fs.writeFileSync(file, zipSync({ 'x.txt': new Uint8Array([1, 2, 3]) }));
    platform.toChoose.push(file);
    const chosen = await core.handlers['backup.chooseFile']({});
    expect(chosen).toMatchObject({ path: file, fileName: 'bienban-2026-11-30_2318.zip', size: fs.statSync(file).size });
    expect(chosen!.token).toMatch(/\S{16,}/);
    expect(platform.calls.at(-1)).toMatchObject({ op: 'chooseFile', path: file, name: 'Chọn tệp sao lưu để khôi phục' });
  });

  it('a .zip made by "Sao lưu ra…" restores the records and its scans on an empty laptop', async () => {
    const { core, doc } = await demoWithSignedMinutes();
    const saved = await core.handlers['backup.saveTo']({});
    const file = path.join(usbFolder(), saved.fileName);
    fs.copyFileSync(saved.path!, file);

    const laptop = emptyLaptop();
    const res = await pickAndRestore(laptop.core, laptop.platform, file);
    expect(res).toMatchObject({ ok: true, value: { restored: file, scansRestored: 1, scanProblems: [] } });
    expect(inspectionIds(laptop.core)).toEqual(inspectionIds(core));
    expect(signedOn(laptop.core, doc.id)).toEqual([sha(PDF)]);
    expect(fs.readFileSync(path.join(laptop.dir, 'attachments', `${sha(PDF)}.pdf`)).equals(PDF)).toBe(true);
    // Nothing of the unpacking is left beside the data file.
    expect(fs.readdirSync(laptop.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a .sqlite with the attachments folder beside it (the command line\'s USB copy) restores with its scans', async () => {
    const { core, doc } = await demoWithSignedMinutes();
    const b = await core.handlers['backup.now']({});
    const usb = usbFolder();
    const file = path.join(usb, 'usb.sqlite');
    fs.copyFileSync(path.join(core.backups.dir, b.name), file);
    fs.cpSync(path.join(core.backups.dir, 'attachments'), path.join(usb, 'attachments'), { recursive: true });

    const laptop = emptyLaptop();
    const res = await pickAndRestore(laptop.core, laptop.platform, file);
    expect(res).toMatchObject({ ok: true, value: { restored: file, scansRestored: 1, scanProblems: [] } });
    expect(signedOn(laptop.core, doc.id)).toEqual([sha(PDF)]);
    expect(fs.readFileSync(path.join(laptop.dir, 'attachments', `${sha(PDF)}.pdf`)).equals(PDF)).toBe(true);
  });

  it('cancelling the dialog changes nothing: no restore, no backup kept, the same records', async () => {
    const { core, platform } = await demoWithSignedMinutes();
    const before = inspectionIds(core);
    const backups = core.handlers['backup.list']({});
    expect(await pickAndRestore(core, platform, null)).toBeNull();
    expect(platform.calls.at(-1)).toMatchObject({ op: 'chooseFile', path: null });
    expect(inspectionIds(core)).toEqual(before);
    expect(core.handlers['backup.list']({})).toEqual(backups);
  });

  it('a token is good for one restore, and a made-up one is refused without a change', async () => {
    const { core, platform } = emptyLaptop();
    const made = await core.handlers['backup.now']({});
    const file = path.join(usbFolder(), 'usb.sqlite');
    fs.copyFileSync(path.join(core.backups.dir, made.name), file);
    platform.toChoose.push(file);
    const chosen = (await core.handlers['backup.chooseFile']({}))!;
    expect(await dispatchAsync(core.handlers, 'backup.restore', { chosen: chosen.token }, { log: core.log })).toMatchObject({ ok: true });
    const listed = core.handlers['backup.list']({}).length;
    for (const token of [chosen.token, 'C:\\Windows\\bienban.sqlite']) {
      const again = await dispatchAsync(core.handlers, 'backup.restore', { chosen: token }, { log: core.log });
      expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('chọn lại tệp') } });
    }
    expect(core.handlers['backup.list']({}).length).toBe(listed);
  });

  it('a .zip cut short on the way (a USB stick pulled out) is refused by name and nothing changes', async () => {
    const { core, platform } = await demoWithSignedMinutes();
    const saved = await core.handlers['backup.saveTo']({});
    const bytes = fs.readFileSync(saved.path!);
    const file = path.join(usbFolder(), 'dut.zip');
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = inspectionIds(core);
    const listed = core.handlers['backup.list']({}).length;

    const res = await pickAndRestore(core, platform, file);
    expect(res).toMatchObject({ ok: false, error: { code: 'RESTORE_REFUSED', message: expect.stringContaining('dut.zip') } });
    expect((res as { error: { message: string } }).error.message).toContain('Dữ liệu hiện tại không bị thay đổi.');
    expect(inspectionIds(core)).toEqual(before);
    expect(core.handlers['backup.list']({}).length).toBe(listed);
  });

  it('a .zip whose database does not inflate intact (CRC-32) is refused as damaged', async () => {
    const { core, platform } = await demoWithSignedMinutes();
    const saved = await core.handlers['backup.saveTo']({});
    const entries = unzipSync(new Uint8Array(fs.readFileSync(saved.path!)));
    const dbName = Object.keys(entries).find((n) => n.endsWith('.sqlite'))!;
    // Stored, not deflated, so one flipped byte inflates "fine" and only the CRC-32 can tell.
    const bytes = Buffer.from(zipSync({ [dbName]: [entries[dbName], { level: 0 }] }));
    const at = bytes.indexOf(Buffer.from('SQLite format 3'));
    bytes[at + 4000] ^= 0xff;
    const file = path.join(usbFolder(), 'hong.zip');
    fs.writeFileSync(file, bytes);
    const res = await pickAndRestore(core, platform, file);
    expect(res).toMatchObject({ ok: false, error: { code: 'RESTORE_REFUSED', message: expect.stringContaining('hong.zip bị hỏng (không giải nén được dữ liệu BienBan') } });
  });

  it('a scan entry larger than any scan the app accepts is named as damaged, never loaded, and the records come back', async () => {
    const { core, doc } = await demoWithSignedMinutes();
    const saved = await core.handlers['backup.saveTo']({});
    const entries = unzipSync(new Uint8Array(fs.readFileSync(saved.path!)));
    const dbName = Object.keys(entries).find((n) => n.endsWith('.sqlite'))!;
    const file = path.join(usbFolder(), 'lon.zip');
    fs.writeFileSync(file, zipSync({
      [dbName]: entries[dbName],
      [`attachments/${sha(PDF)}.pdf`]: [new Uint8Array(MAX_ATTACHMENT_BYTES + 1), { level: 1 }],
    }));

    const laptop = emptyLaptop();
    const res = await pickAndRestore(laptop.core, laptop.platform, file);
    expect(res).toMatchObject({
      ok: true,
      value: { scansRestored: 0, scanProblems: ['Bản chụp "Biên bản đã ký.pdf" trong bản sao lưu bị hỏng (mã SHA-256 không khớp), không khôi phục được.'] },
    });
    expect(signedOn(laptop.core, doc.id)).toEqual([sha(PDF)]);
    expect(fs.existsSync(path.join(laptop.dir, 'attachments', `${sha(PDF)}.pdf`))).toBe(false);
  });
});

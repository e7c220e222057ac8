// Backups carry the scans (backup/attachments.ts): a backup taken on one laptop and restored into an
// empty data folder gives back every signed scan with identical bytes; an older database-only backup
// still restores; a damaged or missing scan is named and the database is restored all the same.
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../electron/core/core';
import { runCli } from '../../electron/core/cli/run';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { harnessPlatform } from '../harness/platform';
import { demoCoreWithFiles, demoWithSignedMinutes, emptyLaptop, tempDir } from '../helpers';
import { SCAN_PDF as PDF, SCAN_PNG as PNG, sha256Hex as sha } from '../scans';

const MUONG_CHA = DEMO_IDS.inspectionMuongCha2022;



/** "Khôi phục từ tệp…" on `target`: she picks `file` in the open dialog, then confirms. */
async function restoreChosen(target: { core: ReturnType<typeof createCore>; platform: ReturnType<typeof harnessPlatform> }, file: string) {
  target.platform.toChoose.push(file);
  const chosen = await target.core.handlers['backup.chooseFile']({});
  return target.core.handlers['backup.restore']({ chosen: chosen!.token });
}

/** Opens the restored signed scan as the Văn bản tab does and returns the bytes the viewer got. */
async function openedScan(target: ReturnType<typeof emptyLaptop>, documentId: string): Promise<Buffer> {
  const doc = target.core.handlers['documents.list']({ inspectionId: MUONG_CHA }).find((d) => d.id === documentId)!;
  expect(doc.dispatch.signedCopies.map((c) => c.fileName)).toEqual(['Biên bản đã ký.pdf']);
  await target.core.handlers['documents.openSigned']({ id: doc.dispatch.signedCopies[0].id });
  const call = target.platform.calls.at(-1) as { op: string; path: string };
  expect(call.op).toBe('openPath');
  return fs.readFileSync(call.path);
}

describe('backups carry the scans', () => {
  it('"Sao lưu ra…" → a new, empty data folder → restore: the signed copy opens with identical bytes', async () => {
    const { core, doc } = await demoWithSignedMinutes();
    const saved = await core.handlers['backup.saveTo']({});
    expect(saved.fileName).toMatch(/^bienban-.*\.zip$/);
    const zip = fs.readFileSync(saved.path!);
    expect(Object.keys(unzipSync(new Uint8Array(zip)))).toContain(`attachments/${sha(PDF)}.pdf`);

    const laptop = emptyLaptop();
    const r = await restoreChosen(laptop, saved.path!);
    expect(r).toMatchObject({ restored: saved.path, scansRestored: 1, scanProblems: [] });
    expect((await openedScan(laptop, doc.id)).equals(PDF)).toBe(true);
  });

  it('automatic backups keep one shared attachments folder beside them, copying each scan once', async () => {
    const { core } = await demoWithSignedMinutes();
    const first = await core.handlers['backup.now']({});
    const scans = path.join(core.backups.dir, 'attachments');
    expect(fs.readdirSync(scans)).toEqual([`${sha(PDF)}.pdf`]);
    const stamp = fs.statSync(path.join(scans, `${sha(PDF)}.pdf`)).mtimeMs;
    const second = await core.handlers['backup.now']({});
    expect(second.name).not.toBe(first.name);
    expect(fs.statSync(path.join(scans, `${sha(PDF)}.pdf`)).mtimeMs).toBe(stamp); // not copied again
    expect(fs.readdirSync(scans)).toHaveLength(1);

    // A listed backup restored on a laptop whose backups folder was carried over (the folder layout).
    const laptop = emptyLaptop();
    fs.cpSync(core.backups.dir, laptop.core.backups.dir, { recursive: true });
    const r = await laptop.core.handlers['backup.restore']({ name: second.name });
    expect(r.scanProblems).toEqual([]);
    expect(r.scansRestored).toBe(1);
  });

  it('pruning keeps every scan a kept backup or the data needs, and drops only one nothing refers to', async () => {
    const { core } = await demoWithSignedMinutes();
    await core.handlers['backup.now']({});
    const scans = path.join(core.backups.dir, 'attachments');
    const orphan = `${sha(PNG)}.png`;
    fs.writeFileSync(path.join(scans, orphan), PNG);
    await core.handlers['backup.now']({});
    expect(fs.readdirSync(scans)).toEqual([`${sha(PDF)}.pdf`]);
  });

  it('retention: a scan stays while a kept backup needs it, and goes with the last backup that did', async () => {
    let t = Date.parse('2022-10-20T03:00:00.000Z');
    const { core } = demoCoreWithFiles(() => new Date((t += 1000)));
    const before = await core.handlers['backup.now']({}); // no scan yet
    const doc = await core.handlers['documents.issue']({ inspectionId: MUONG_CHA, type: 'minutes', issuedDate: '2022-10-06' });
    t += 60_000;
    core.handlers['documents.attachSigned']({ documentId: doc.id, fileName: 'Biên bản đã ký.pdf', base64: PDF.toString('base64') });
    await core.handlers['backup.now']({});
    const scan = path.join(core.backups.dir, 'attachments', `${sha(PDF)}.pdf`);
    // Back to the data before the scan: the live data no longer refers to it, the kept backups do.
    t += 60_000;
    await core.handlers['backup.restore']({ name: before.name });
    t += 60_000;
    await core.handlers['backup.now']({});
    expect(fs.existsSync(scan)).toBe(true);
    // A hundred days later, four new backups: retention drops every backup that had the scan.
    t += 100 * 24 * 3600_000;
    for (let k = 0; k < 4; k++) {
      t += 60_000;
      await core.handlers['backup.now']({});
    }
    const kept = core.handlers['backup.list']({});
    expect(kept).toHaveLength(4); // the four of this week; every older one is gone
    expect(kept.every((b) => !b.preRestore)).toBe(true);
    expect(fs.existsSync(scan)).toBe(false);
  });

  it('an older, database-only backup still restores; a scan it refers to that is nowhere is named', async () => {
    const { core, doc, platform } = await demoWithSignedMinutes();
    const b = await core.handlers['backup.now']({});
    const usb = tempDir('bienban-usb-');
    onTestFinished(() => fs.rmSync(usb, { recursive: true, force: true }));
    const file = path.join(usb, 'cu.sqlite'); // the .sqlite alone, as before, no attachments folder beside it
    fs.copyFileSync(path.join(core.backups.dir, b.name), file);

    const laptop = emptyLaptop();
    const r = await restoreChosen(laptop, file);
    expect(r.restored).toBe(file);
    expect(r.scansRestored).toBe(0);
    expect(r.scanProblems).toEqual(['Bản chụp "Biên bản đã ký.pdf" không có trong bản sao lưu, không khôi phục được.']);
    // The records are back all the same, the document with its scan listed.
    expect(laptop.core.handlers['documents.list']({ inspectionId: MUONG_CHA }).map((d) => d.id)).toContain(doc.id);

    // On the same laptop the scans are already in the data folder: nothing to report.
    const again = await restoreChosen({ core, platform }, file);
    expect(again.scanProblems).toEqual([]);
  });

  it('a damaged scan in the backup is named in Vietnamese, never written, and the database is restored', async () => {
    const { core, doc } = await demoWithSignedMinutes();
    const saved = await core.handlers['backup.saveTo']({});
    const entries = unzipSync(new Uint8Array(fs.readFileSync(saved.path!)));
    const name = `attachments/${sha(PDF)}.pdf`;
    const damaged = new Uint8Array(entries[name]);
    damaged[damaged.length - 2] ^= 0xff;
    entries[name] = damaged;
    const zip = path.join(tempDir('bienban-usb-'), 'usb.zip');
    onTestFinished(() => fs.rmSync(path.dirname(zip), { recursive: true, force: true }));
    fs.writeFileSync(zip, zipSync(entries));

    const laptop = emptyLaptop();
    const r = await restoreChosen(laptop, zip);
    expect(r.scanProblems).toEqual(['Bản chụp "Biên bản đã ký.pdf" trong bản sao lưu bị hỏng (mã SHA-256 không khớp), không khôi phục được.']);
    expect(fs.existsSync(path.join(laptop.dir, 'attachments', `${sha(PDF)}.pdf`))).toBe(false);
    const listed = laptop.core.handlers['documents.list']({ inspectionId: MUONG_CHA }).find((d) => d.id === doc.id)!;
    expect(listed.dispatch.signedCopies).toHaveLength(1);
    // Opening it says plainly that the file is not there intact.
    await expect(laptop.core.handlers['documents.openSigned']({ id: listed.dispatch.signedCopies[0].id })).rejects.toMatchObject({ code: 'ATTACHMENT_MISSING' });
  });

  it('the command line: backup --out a .zip or a .sqlite with its attachments folder, restore either on a new laptop', async () => {
    const { core, doc } = await demoWithSignedMinutes();
    const dataDir = path.dirname(core.dbPath);
    core.close();
    const usb = tempDir('bienban-usb-');
    onTestFinished(() => fs.rmSync(usb, { recursive: true, force: true }));
    const cli = async (dir: string, ...args: string[]) => {
      const out: string[] = [];
      const code = await runCli(['--data-dir', dir, ...args], { out: (s: string) => out.push(s), err: (s: string) => out.push(s), env: {}, cwd: usb });
      return { code, out: out.join('\n') };
    };
    expect((await cli(dataDir, 'backup', '--out', 'usb.zip')).code).toBe(0);
    expect((await cli(dataDir, 'backup', '--out', 'usb.sqlite')).code).toBe(0);
    expect(fs.readdirSync(path.join(usb, 'attachments'))).toEqual([`${sha(PDF)}.pdf`]);

    for (const file of ['usb.zip', 'usb.sqlite']) {
      const laptop = emptyLaptop();
      laptop.core.close();
      const res = await cli(laptop.dir, 'restore', file);
      expect(res.code, res.out).toBe(0);
      expect(res.out).not.toContain('không khôi phục được');
      const reopened = createCore({ dataDir: laptop.dir, platform: laptop.platform });
      try {
        await openedScan({ ...laptop, core: reopened }, doc.id).then((b) => expect(b.equals(PDF)).toBe(true));
      } finally {
        reopened.close();
      }
    }
  });

  it('the command line restores a .zip over a data file too damaged to open, scans and all', async () => {
    const { core, doc } = await demoWithSignedMinutes();
    const dataDir = path.dirname(core.dbPath);
    const usb = tempDir('bienban-usb-');
    onTestFinished(() => fs.rmSync(usb, { recursive: true, force: true }));
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s), env: {}, cwd: usb };
    core.close();
    expect(await runCli(['--data-dir', dataDir, 'backup', '--out', 'usb.zip'], io)).toBe(0);
    fs.rmSync(path.join(dataDir, 'attachments'), { recursive: true });
    fs.writeFileSync(core.dbPath, Buffer.alloc(fs.statSync(core.dbPath).size, 0xa5));
    for (const f of [`${core.dbPath}-wal`, `${core.dbPath}-shm`]) fs.rmSync(f, { force: true });

    expect(await runCli(['--data-dir', dataDir, 'restore', 'usb.zip'], io), out.join('\n')).toBe(0);
    expect(out.join('\n')).toContain('Tệp hỏng được giữ lại');
    expect(fs.readFileSync(path.join(dataDir, 'attachments', `${sha(PDF)}.pdf`)).equals(PDF)).toBe(true);
    const reopened = createCore({ dataDir });
    try {
      const listed = reopened.handlers['documents.list']({ inspectionId: MUONG_CHA }).find((d) => d.id === doc.id)!;
      expect(listed.dispatch.signedCopies.map((c) => c.sha256)).toEqual([sha(PDF)]);
    } finally {
      reopened.close();
    }
  });
});

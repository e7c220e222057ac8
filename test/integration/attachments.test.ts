import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, sniffAttachment } from '../../electron/core/files/attachments';
import { tempCore } from '../helpers';

const PDF = new Uint8Array(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1'));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const EXE = new Uint8Array(Buffer.from('MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode', 'latin1'));

let cleanup: (() => void)[] = [];
afterEach(() => { cleanup.forEach((f) => f()); cleanup = []; });
function core() {
  const c = tempCore(() => new Date('2026-12-01T08:00:00Z'));
  cleanup.push(() => { c.close(); fs.rmSync(c.dir, { recursive: true, force: true }); });
  return c;
}

describe('attachments', () => {
  it('knows a scan by its first bytes, whatever its name', () => {
    expect(sniffAttachment(PDF)?.mime).toBe('application/pdf');
    expect(sniffAttachment(PNG)?.mime).toBe('image/png');
    expect(sniffAttachment(JPEG)?.mime).toBe('image/jpeg');
    expect(sniffAttachment(EXE)).toBeNull();
    expect(sniffAttachment(new Uint8Array())).toBeNull();
  });

  it('copies the file under its SHA-256 into the data folder and records it for its owner', () => {
    const c = core();
    const a = c.attachments.add({ ownerKind: 'signed_document', ownerId: 'doc-1', fileName: 'C:\\Quét\\Biên bản đã ký.pdf', bytes: PDF });
    expect(a.fileName).toBe('Biên bản đã ký.pdf');
    expect(a.mime).toBe('application/pdf');
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = c.attachments.pathOf(a.id);
    expect(path.dirname(stored)).toBe(path.join(c.dir, 'attachments'));
    expect(new Uint8Array(fs.readFileSync(stored))).toEqual(PDF);
    expect(c.attachments.list('signed_document', 'doc-1').map((x) => x.id)).toEqual([a.id]);
    expect(c.attachments.list('signed_document', 'doc-2')).toEqual([]);
    // the same scan twice shares one stored file
    const b = c.attachments.add({ ownerKind: 'remediation_report', ownerId: 'r-1', fileName: 'bao-cao.pdf', bytes: PDF });
    expect(c.attachments.pathOf(b.id)).toBe(stored);
  });

  it('refuses a renamed program, an empty file and one too large, naming the file, and stores nothing', () => {
    const c = core();
    expect(() => c.attachments.add({ ownerKind: 'signed_document', ownerId: 'd', fileName: 'ban-ky.pdf', bytes: EXE }))
      .toThrow(/"ban-ky.pdf".*không phải PDF, JPEG hay PNG/);
    expect(() => c.attachments.add({ ownerKind: 'signed_document', ownerId: 'd', fileName: 'rỗng.png', bytes: new Uint8Array() }))
      .toThrow(/"rỗng.png".*rỗng/);
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF);
    expect(() => c.attachments.add({ ownerKind: 'signed_document', ownerId: 'd', fileName: 'to.pdf', bytes: big })).toThrow(/lớn hơn 25 MB/);
    expect(c.attachments.list('signed_document', 'd')).toEqual([]);
    expect(fs.existsSync(path.join(c.dir, 'attachments')) ? fs.readdirSync(path.join(c.dir, 'attachments')) : []).toEqual([]);
  });

  it('says so when the stored copy was altered, and a removed attachment leaves the list', () => {
    const c = core();
    const a = c.attachments.add({ ownerKind: 'signed_document', ownerId: 'd', fileName: 'anh.png', bytes: PNG });
    fs.writeFileSync(c.attachments.pathOf(a.id), 'altered');
    expect(() => c.attachments.pathOf(a.id)).toThrow(/không còn nguyên vẹn/);
    c.attachments.remove(a.id);
    expect(c.attachments.list('signed_document', 'd')).toEqual([]);
  });

  it('keeps follow-up history and extensions append-only', () => {
    const c = core();
    c.handlers['demo.load']({});
    const rec = c.db.prepare('SELECT id FROM recommendations LIMIT 1').pluck().get() as string;
    c.db.prepare("INSERT INTO recommendation_history (recommendation_id, created_at, kind) VALUES (?, '2026-12-01', 'status')").run(rec);
    c.db.prepare("INSERT INTO recommendation_extensions (id, recommendation_id, new_deadline, reason, decided_date, created_at) VALUES ('e', ?, '2027-03-31', 'Chờ kinh phí', '2026-12-01', '2026-12-01')").run(rec);
    expect(() => c.db.prepare("UPDATE recommendation_extensions SET reason = 'y'").run()).toThrow(/không được sửa/);
    expect(() => c.db.prepare("UPDATE recommendation_history SET reason = 'y'").run()).toThrow(/chỉ được ghi thêm/);
    expect(() => c.db.prepare('DELETE FROM recommendation_history').run()).toThrow(/chỉ được ghi thêm/);
  });
});

describe('recommendation history', () => {
  it('appends entries and reads them back in order', async () => {
    const { appendHistory, listHistory } = await import('../../electron/core/repos/history');
    const c = core();
    c.handlers['demo.load']({});
    const rec = c.db.prepare('SELECT id FROM recommendations LIMIT 1').pluck().get() as string;
    appendHistory(c.db, '2026-12-01T08:00:00.000Z', [
      { recommendationId: rec, kind: 'status', fromValue: 'open', toValue: 'in_progress' },
      { recommendationId: rec, kind: 'extension', onDate: '2027-03-31', reason: 'Chờ kinh phí', refId: 'e1' },
    ]);
    const h = listHistory(c.db, rec);
    expect(h.map((x) => x.kind)).toEqual(['status', 'extension']);
    expect(h[1]).toMatchObject({ onDate: '2027-03-31', reason: 'Chờ kinh phí', refId: 'e1', fromValue: '' });
  });
});

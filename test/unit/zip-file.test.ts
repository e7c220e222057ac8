// The .zip reader restores use (backup/zip-file.ts): entries read by the central directory, the
// database inflated to a file chunk by chunk, every entry checked by its CRC-32, Zip64 archives read.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openZipFile, ZipFormatError } from '../../electron/core/backup/zip-file';
import { tempDir } from '../helpers';

function folder() {
  const dir = tempDir('bienban-zip-');
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A one-entry stored archive written the Zip64 way (sizes and offsets in the extra field and the Zip64 end record). */
function zip64(name: string, data: Buffer): Buffer {
  const n = Buffer.from(name, 'utf8');
  const crc = zlib.crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(45, 4); local.writeUInt16LE(0x800, 6);
  local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(n.length, 26);
  const extra = Buffer.alloc(28);
  extra.writeUInt16LE(1, 0); extra.writeUInt16LE(24, 2);
  extra.writeBigUInt64LE(BigInt(data.length), 4); extra.writeBigUInt64LE(BigInt(data.length), 12); extra.writeBigUInt64LE(0n, 20);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(45, 4); central.writeUInt16LE(45, 6); central.writeUInt16LE(0x800, 8);
  central.writeUInt32LE(crc, 16); central.writeUInt32LE(0xffffffff, 20); central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(n.length, 28); central.writeUInt16LE(extra.length, 30); central.writeUInt32LE(0xffffffff, 42);
  const dirOffset = local.length + n.length + data.length;
  const dirSize = central.length + n.length + extra.length;
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0); end64.writeBigUInt64LE(44n, 4); end64.writeUInt16LE(45, 12); end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(1n, 24); end64.writeBigUInt64LE(1n, 32); end64.writeBigUInt64LE(BigInt(dirSize), 40); end64.writeBigUInt64LE(BigInt(dirOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0); locator.writeBigUInt64LE(BigInt(dirOffset + dirSize), 8); locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(0xffff, 8); end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12); end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([local, n, data, central, n, extra, end64, locator, end]);
}

describe('zip-file', () => {
  it('reads stored and deflated entries by name, and inflates a large one to a file across many chunks', () => {
    const dir = folder();
    const big = crypto.randomBytes(3 * 1024 * 1024 + 123); // incompressible: several 1 MB reads
    const text = Buffer.from('Biên bản kiểm tra '.repeat(5000), 'utf8');
    const file = path.join(dir, 'a.zip');
    fs.writeFileSync(file, zipSync({ 'db.sqlite': [big, { level: 6 }], 'attachments/x.pdf': [text, { level: 0 }], 'note.txt': [text, { level: 9 }] }));
    const zip = openZipFile(file);
    try {
      expect([...zip.entries.keys()].sort()).toEqual(['attachments/x.pdf', 'db.sqlite', 'note.txt']);
      expect(Buffer.from(zip.read(zip.entries.get('attachments/x.pdf')!, 1e6)!).equals(text)).toBe(true);
      expect(Buffer.from(zip.read(zip.entries.get('note.txt')!, 1e6)!).equals(text)).toBe(true);
      expect(zip.read(zip.entries.get('note.txt')!, text.length - 1)).toBeNull(); // over the bound: never loaded
      const out = path.join(dir, 'db.out');
      zip.extractTo(zip.entries.get('db.sqlite')!, out);
      expect(fs.readFileSync(out).equals(big)).toBe(true);
    } finally {
      zip.close();
    }
  });

  it('a changed byte fails the CRC-32: read gives null, extractTo throws', () => {
    const dir = folder();
    const data = Buffer.from('SQLite format 3\u0000'.repeat(100), 'latin1');
    const bytes = Buffer.from(zipSync({ 'db.sqlite': [data, { level: 0 }] }));
    bytes[bytes.indexOf(data) + 50] ^= 0x01;
    const file = path.join(dir, 'b.zip');
    fs.writeFileSync(file, bytes);
    const zip = openZipFile(file);
    try {
      const entry = zip.entries.get('db.sqlite')!;
      expect(zip.read(entry, 1e6)).toBeNull();
      expect(() => zip.extractTo(entry, path.join(dir, 'out'))).toThrow(ZipFormatError);
    } finally {
      zip.close();
    }
  });

  it('a file that is not a zip, or one cut short, is a ZipFormatError', () => {
    const dir = folder();
    const notZip = path.join(dir, 'x.zip');
    fs.writeFileSync(notZip, 'không phải tệp nén');
    expect(() => openZipFile(notZip)).toThrow(ZipFormatError);
    const cut = path.join(dir, 'cut.zip');
    const whole = zipSync({ 'a.txt': new Uint8Array(5000).fill(7) });
    fs.writeFileSync(cut, whole.subarray(0, whole.length - 30));
    expect(() => openZipFile(cut)).toThrow(ZipFormatError);
  });

  it('reads a Zip64 archive (sizes and offsets in the Zip64 records)', () => {
    const dir = folder();
    const data = Buffer.from('Mường Chà '.repeat(300), 'utf8');
    const file = path.join(dir, 'z64.zip');
    fs.writeFileSync(file, zip64('bienban.sqlite', data));
    const zip = openZipFile(file);
    try {
      const entry = zip.entries.get('bienban.sqlite')!;
      expect(entry).toMatchObject({ size: data.length, compressedSize: data.length, headerOffset: 0, method: 0 });
      expect(Buffer.from(zip.read(entry, 1e6)!).equals(data)).toBe(true);
    } finally {
      zip.close();
    }
  });
});

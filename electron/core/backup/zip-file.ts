// A .zip read from disk by its central directory, so a USB copy with gigabytes of colour scans is never
// loaded whole: fflate's unzipSync needs the whole archive in memory, and its streaming Unzip keeps
// every entry it is not asked to decompress (it cannot know yet which scans the database needs). Here
// each entry is read from its own offset, only when asked: the database is inflated to a file in 1 MB
// chunks (fflate's streaming Inflate), a scan is read as one buffer bounded by the caller. Zip64
// archives (over 4 GB, or made by Windows' "Compressed folder") are read too. Every entry is checked
// against the CRC-32 the archive records for it.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { Inflate, inflateSync } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only two a zip of ours (or Windows') uses. */
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  headerOffset: number;
}

/** The archive is not a zip this reader can read (damaged, cut short, or not a zip at all). */
export class ZipFormatError extends Error {}

const CHUNK = 1024 * 1024;
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipFile {
  entries: ReadonlyMap<string, ZipEntry>;
  /** The entry's bytes, or null when it is larger than `maxBytes` or does not match its CRC-32. */
  read(entry: ZipEntry, maxBytes: number): Uint8Array | null;
  /** Inflates the entry into `target` chunk by chunk; throws ZipFormatError when it does not match its size or CRC-32. */
  extractTo(entry: ZipEntry, target: string): void;
  close(): void;
}

export function openZipFile(file: string): ZipFile {
  const fd = fs.openSync(file, 'r');
  try {
    const entries = readDirectory(fd, fs.fstatSync(fd).size);
    return {
      entries,
      read: (entry, maxBytes) => readEntry(fd, entry, maxBytes),
      extractTo: (entry, target) => extractEntry(fd, entry, target),
      close: () => fs.closeSync(fd),
    };
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = fs.readSync(fd, buf, got, length - got, position + got);
    if (n === 0) throw new ZipFormatError('the archive ends before its entries do');
    got += n;
  }
  return buf;
}

const big = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

function readDirectory(fd: number, fileSize: number): Map<string, ZipEntry> {
  // The end record is in the last 22 bytes plus at most a 64 KB comment.
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tailLength - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) { at = i; break; }
  if (at < 0) throw new ZipFormatError('no end of central directory record');
  let count = tail.readUInt16LE(at + 10);
  let dirSize = tail.readUInt32LE(at + 12);
  let dirOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locatorAt = fileSize - tailLength + at - 20;
    const locator = locatorAt >= 0 ? readAt(fd, locatorAt, 20) : null;
    if (!locator || locator.readUInt32LE(0) !== EOCD64_LOCATOR) throw new ZipFormatError('zip64 locator missing');
    const end64 = readAt(fd, big(locator, 8), 56);
    if (end64.readUInt32LE(0) !== EOCD64) throw new ZipFormatError('zip64 end record missing');
    count = big(end64, 32);
    dirSize = big(end64, 40);
    dirOffset = big(end64, 48);
  }
  if (dirOffset + dirSize > fileSize) throw new ZipFormatError('central directory outside the file');
  const dir = readAt(fd, dirOffset, dirSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('damaged central directory');
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    const name = dir.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    let size = dir.readUInt32LE(p + 24);
    let compressedSize = dir.readUInt32LE(p + 20);
    let headerOffset = dir.readUInt32LE(p + 42);
    // Zip64 extra field: the 64-bit values, in this order, of those whose 32-bit field is full.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength;) {
      const id = dir.readUInt16LE(e);
      const len = dir.readUInt16LE(e + 2);
      if (id === 1) {
        let q = e + 4;
        if (size === 0xffffffff) { size = big(dir, q); q += 8; }
        if (compressedSize === 0xffffffff) { compressedSize = big(dir, q); q += 8; }
        if (headerOffset === 0xffffffff) { headerOffset = big(dir, q); q += 8; }
      }
      e += 4 + len;
    }
    entries.set(name, { name, method: dir.readUInt16LE(p + 10), compressedSize, size, crc: dir.readUInt32LE(p + 16), headerOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where the entry's data starts: after its local header, whose name and extra lengths may differ from the directory's. */
function dataOffset(fd: number, entry: ZipEntry): number {
  const header = readAt(fd, entry.headerOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL) throw new ZipFormatError(`no local header for ${entry.name}`);
  return entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

function readEntry(fd: number, entry: ZipEntry, maxBytes: number): Uint8Array | null {
  if (entry.size > maxBytes || entry.compressedSize > maxBytes + 1024) return null;
  try {
    const raw = readAt(fd, dataOffset(fd, entry), entry.compressedSize);
    let bytes: Uint8Array;
    if (entry.method === 0) bytes = raw;
    else if (entry.method === 8) bytes = inflateSync(raw, { out: new Uint8Array(entry.size) });
    else return null;
    return bytes.length === entry.size && zlib.crc32(bytes) === entry.crc ? bytes : null;
  } catch {
    return null;
  }
}

function extractEntry(fd: number, entry: ZipEntry, target: string): void {
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method} for ${entry.name}`);
  const start = dataOffset(fd, entry);
  const out = fs.openSync(target, 'w');
  let written = 0;
  let crc = 0;
  const write = (chunk: Uint8Array) => {
    crc = zlib.crc32(chunk, crc);
    written += chunk.length;
    fs.writeSync(out, chunk);
  };
  try {
    const inflate = entry.method === 8 ? new Inflate((chunk) => write(chunk)) : null;
    const buf = Buffer.alloc(CHUNK);
    for (let done = 0; done < entry.compressedSize;) {
      const n = fs.readSync(fd, buf, 0, Math.min(CHUNK, entry.compressedSize - done), start + done);
      if (n === 0) throw new ZipFormatError(`${entry.name} is cut short`);
      done += n;
      // A copy: fflate may keep the pushed chunk while it waits for more input.
      const chunk = new Uint8Array(buf.subarray(0, n));
      if (inflate) inflate.push(chunk, done === entry.compressedSize);
      else write(chunk);
    }
    if (entry.compressedSize === 0 && inflate) inflate.push(new Uint8Array(0), true);
    fs.fsyncSync(out);
  } catch (e) {
    if (e instanceof ZipFormatError) throw e;
    throw new ZipFormatError(`${entry.name} cannot be inflated: ${(e as Error)?.message ?? e}`);
  } finally {
    fs.closeSync(out);
  }
  if (written !== entry.size || crc !== entry.crc) throw new ZipFormatError(`${entry.name} does not match its size or CRC-32`);
}

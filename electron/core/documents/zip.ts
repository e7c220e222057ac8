// Writes the filled .docx: the parts generation changed are deflated (native zlib, level 6), the
// others keep the template's compressed bytes as they are. Deflating every part again cost more than
// the whole of filling the fields; most parts (styles, numbering, theme, settings…) never change.
import { deflateRawSync, crc32 } from 'node:zlib';
import { zipSync } from 'fflate';

/** One entry of the template's zip, as stored. */
export interface RawEntry {
  name: string;
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  size: number;
  /** The stored (compressed) bytes. */
  data: Uint8Array;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/**
 * The entries of a zip in their stored form, or null for what this reader does not handle (ZIP64,
 * encryption, a comment hiding the end record, methods other than store and deflate): such a
 * template is zipped again in full.
 */
export function readRawEntries(zip: Uint8Array): RawEntry[] | null {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (u32(zip, at) === 0x06054b50) { end = at; break; }
  }
  if (end < 0) return null;
  const count = u16(zip, end + 10);
  let at = u32(zip, end + 16);
  if (count === 0xffff || at === 0xffffffff) return null;
  const out: RawEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > zip.length || u32(zip, at) !== 0x02014b50) return null;
    const flags = u16(zip, at + 8);
    const method = u16(zip, at + 10);
    const crc = u32(zip, at + 16);
    const csize = u32(zip, at + 20);
    const size = u32(zip, at + 24);
    const nameLen = u16(zip, at + 28);
    const extraLen = u16(zip, at + 30);
    const commentLen = u16(zip, at + 32);
    const local = u32(zip, at + 42);
    if (flags & 1 || (method !== 0 && method !== 8) || csize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return null;
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLen);
    if (local + 30 > zip.length || u32(zip, local) !== 0x04034b50) return null;
    const dataAt = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    if (dataAt + csize > zip.length) return null;
    out.push({ name: new TextDecoder().decode(nameBytes), nameBytes, method, crc, size, data: zip.subarray(dataAt, dataAt + csize) });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** DOS date and time of `d`. */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (((d.getFullYear() - 1980) & 0x7f) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * The template's zip with some parts replaced. `entries` are the template's (readRawEntries), or
 * null to zip `files` (all of them, uncompressed) again with fflate.
 */
export function writeZip(entries: RawEntry[] | null, files: Record<string, Uint8Array>, changed: Record<string, Uint8Array>): Uint8Array {
  if (!entries) return zipSync({ ...files, ...changed });
  const enc = new TextEncoder();
  const parts = entries.map((e) => {
    const data = changed[e.name];
    return data ? { nameBytes: e.nameBytes, method: 8, crc: crc32(data), size: data.length, data: deflateRawSync(data, { level: 6 }) as Uint8Array } : e;
  });
  for (const [name, data] of Object.entries(changed)) {
    if (!entries.some((e) => e.name === name)) parts.push({ nameBytes: enc.encode(name), method: 8, crc: crc32(data), size: data.length, data: deflateRawSync(data, { level: 6 }) });
  }
  const { time, date } = dosTime(new Date());
  let total = 22;
  for (const p of parts) total += 30 + 46 + 2 * p.nameBytes.length + p.data.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  // Local header and central record share these fields, from "version needed" to the name's length.
  const common = (o: number, p: (typeof parts)[number]) => {
    view.setUint16(o, 20, true);
    view.setUint16(o + 2, 0x800, true); // names are UTF-8
    view.setUint16(o + 4, p.method, true);
    view.setUint16(o + 6, time, true);
    view.setUint16(o + 8, date, true);
    view.setUint32(o + 10, p.crc, true);
    view.setUint32(o + 14, p.data.length, true);
    view.setUint32(o + 18, p.size, true);
    view.setUint16(o + 22, p.nameBytes.length, true);
  };
  for (const p of parts) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, p);
    out.set(p.nameBytes, at + 30);
    out.set(p.data, at + 30 + p.nameBytes.length);
    at += 30 + p.nameBytes.length + p.data.length;
  }
  const dirAt = at;
  parts.forEach((p, k) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, 2.0
    common(at + 6, p);
    view.setUint32(at + 42, offsets[k], true);
    out.set(p.nameBytes, at + 46);
    at += 46 + p.nameBytes.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - dirAt, true);
  view.setUint32(at + 16, dirAt, true);
  return out;
}

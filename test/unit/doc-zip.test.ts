// The .docx writer: unchanged parts keep the template's stored bytes, changed ones are deflated again,
// and the result is a zip any reader takes (names, sizes, CRCs).
import fs from 'node:fs';
import path from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readRawEntries, writeZip } from '../../electron/core/documents/zip';

const template = new Uint8Array(fs.readFileSync(path.resolve('templates', 'bien-ban.docx')));

describe('zip writer', () => {
  it('reads the stored entries of the template', () => {
    const entries = readRawEntries(template)!;
    const files = unzipSync(template);
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(files).sort());
    for (const e of entries) {
      const data = e.method === 8 ? inflateRawSync(e.data) : e.data;
      expect(new Uint8Array(data)).toEqual(files[e.name]);
      expect(crc32(data)).toBe(e.crc);
    }
  });

  it('writes changed parts, copies the others, and adds new ones', () => {
    const files = unzipSync(template);
    const entries = readRawEntries(template)!;
    const doc = strToU8('<w:document>Đoàn kiểm tra & "Mường Chà"</w:document>');
    const out = writeZip(entries, files, { 'word/document.xml': doc, 'word/mới.xml': strToU8('<x/>') });
    const back = unzipSync(out);
    expect(Object.keys(back)).toEqual([...entries.map((e) => e.name), 'word/mới.xml']);
    expect(strFromU8(back['word/document.xml'])).toBe('<w:document>Đoàn kiểm tra & "Mường Chà"</w:document>');
    for (const [name, data] of Object.entries(files)) if (name !== 'word/document.xml') expect(back[name]).toEqual(data);
    const again = readRawEntries(out)!;
    expect(again.find((e) => e.name === 'word/styles.xml')!.data).toEqual(entries.find((e) => e.name === 'word/styles.xml')!.data);
    for (const e of again) expect(crc32(e.method === 8 ? inflateRawSync(e.data) : e.data)).toBe(e.crc);
  });

  it('zips everything again when the template is not a zip it reads', () => {
    expect(readRawEntries(new Uint8Array(100))).toBeNull();
    const files = { 'a.xml': strToU8('<a/>') };
    expect(unzipSync(writeZip(null, files, { 'b.xml': strToU8('<b/>') }))).toEqual({ ...files, 'b.xml': strToU8('<b/>') });
    // A stored (uncompressed) entry is copied as it is.
    const stored = zipSync({ 'a.xml': strToU8('<a/>') }, { level: 0 });
    expect(unzipSync(writeZip(readRawEntries(stored), unzipSync(stored), {}))).toEqual(files);
  });
});

// Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace UUID and a name), pure TS so the
// renderer (new campaigns) and the core (imports, migrations) derive the same id from the same
// inputs. Used where an id must be fixed without being stored anywhere: built-in reference data
// (unit levels, a campaign's default areas and indicators) and rows an import has to re-key.

/** SHA-1 of a byte string (FIPS 180-4). Not for security: only to spread names over the id space. */
function sha1(msg: Uint8Array): Uint8Array {
  const len = msg.length;
  const words = new Uint32Array((((len + 8) >> 6) + 1) * 16);
  for (let i = 0; i < len; i++) words[i >> 2] |= msg[i] << (24 - (i % 4) * 8);
  words[len >> 2] |= 0x80 << (24 - (len % 4) * 8);
  words[words.length - 1] = len * 8; // messages here are far below 512 MB
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let block = 0; block < words.length; block += 16) {
    for (let t = 0; t < 80; t++) {
      w[t] = t < 16 ? words[block + t] : rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    }
    let [a, b, c, d, e] = h;
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const temp = (rotl(a, 5) + f + e + k + w[t]) >>> 0;
      e = d; d = c; c = rotl(b, 30); b = a; a = temp;
    }
    h[0] = (h[0] + a) >>> 0; h[1] = (h[1] + b) >>> 0; h[2] = (h[2] + c) >>> 0; h[3] = (h[3] + d) >>> 0; h[4] = (h[4] + e) >>> 0;
  }
  const out = new Uint8Array(20);
  h.forEach((v, i) => { out[i * 4] = v >>> 24; out[i * 4 + 1] = (v >>> 16) & 0xff; out[i * 4 + 2] = (v >>> 8) & 0xff; out[i * 4 + 3] = v & 0xff; });
  return out;
}
const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

const hex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

/** The version-5 UUID of `name` in `namespace` (a UUID): the same inputs always give the same id. */
export function uuidV5(name: string, namespace: string): string {
  const ns = namespace.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(ns)) throw new Error(`not a UUID: ${namespace}`);
  const nsBytes = Uint8Array.from(ns.match(/../g)!.map((x) => parseInt(x, 16)));
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(nsBytes);
  input.set(nameBytes, 16);
  const b = sha1(input).slice(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const s = hex(b);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** BienBan's own namespace for name-based ids (a random UUID chosen once; never change it). */
export const BIENBAN_NAMESPACE = 'b1e4ba40-5c1d-4c6e-9a57-2f0d3e1c8a61';

/** A fixed id for the row `key` inside the record `ownerId` (a campaign's default areas, re-keyed import rows). */
export const derivedId = (ownerId: string, key: string): string => uuidV5(`${ownerId}/${key}`, BIENBAN_NAMESPACE);

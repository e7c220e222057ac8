// The smallest files the attachments store accepts as a scan (it reads the kind from the first bytes,
// never from the name), and the SHA-256 the store names them by. For the integration and e2e tests.
import crypto from 'node:crypto';

export const SCAN_PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
export const SCAN_PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
export const sha256Hex = (b: Uint8Array): string => crypto.createHash('sha256').update(b).digest('hex');

// Scanned files kept with the records: the signed copy of an issued document, a unit's remediation
// report. One home for the rules (docs/architecture.md, "Attachments"):
// - what a file is, is decided by its first bytes, never by its name: a renamed .exe is refused;
// - it is copied into <data folder>/attachments/<sha256>.<ext>, never referenced where it was, so
//   moving or deleting the original changes nothing; the copy is written atomically;
// - stored files are content-addressed and never overwritten or deleted by the app (a scan in the
//   bin, "Gỡ bản chụp", keeps its file), and every backup carries the files its database names
//   (backup/attachments.ts); the row (table `attachments`, migration 7) says whose it is and what the
//   user called it, and goes to the bin like any record.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/database';
import { CoreError } from '../errors';
import { writeFileAtomic } from './atomic-write';

export type AttachmentOwnerKind = 'signed_document' | 'remediation_report';
export type AttachmentMime = 'application/pdf' | 'image/jpeg' | 'image/png';

export interface Attachment {
  id: string;
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  /** The name she chose the file by, shown in lists ("Biên bản đã ký.pdf"). */
  fileName: string;
  mime: AttachmentMime;
  size: number;
  sha256: string;
  createdAt: string;
}

/** A scan of a few pages is a few MB; 25 MB leaves room for colour scans and refuses videos and archives. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const ATTACHMENT_DIR = 'attachments';

const KINDS: { mime: AttachmentMime; ext: string; magic: number[] }[] = [
  { mime: 'application/pdf', ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { mime: 'image/png', ext: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/jpeg', ext: 'jpg', magic: [0xff, 0xd8, 0xff] },
];

/** The kind of a scan from its content, or null when it is not a PDF, JPEG or PNG. */
export function sniffAttachment(bytes: Uint8Array): { mime: AttachmentMime; ext: string } | null {
  const k = KINDS.find((kind) => kind.magic.every((b, i) => bytes[i] === b));
  return k ? { mime: k.mime, ext: k.ext } : null;
}

const extOf = (mime: AttachmentMime) => KINDS.find((k) => k.mime === mime)?.ext ?? 'bin';

/** The stored file's name: its SHA-256 and the extension of its kind (one home for the layout, backups use it too). */
export const storedFileName = (a: { sha256: string; mime: AttachmentMime }) => `${a.sha256}.${extOf(a.mime)}`;

/** Its stored name if `name` is one ("<64 hex>.pdf|jpg|png"), else null: never a path. */
export const STORED_NAME = /^[0-9a-f]{64}\.(pdf|jpg|png)$/;

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The bytes of a stored copy if they still hash to its name, else null (missing, unreadable or damaged). */
export function readIntact(file: string, sha256: string): Buffer | null {
  try {
    const bytes = fs.readFileSync(file);
    return sha256Of(bytes) === sha256 ? bytes : null;
  } catch {
    return null;
  }
}

/** What a database refers to: every attachment row, in the bin or not (a scan in the bin can be restored). */
export interface AttachmentRef { sha256: string; mime: AttachmentMime; fileName: string }
export function attachmentRefs(db: Pick<Db, 'prepare'>): AttachmentRef[] {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachments'").get();
  if (!has) return []; // a database from before migration 7
  return db.prepare('SELECT sha256, mime, min(file_name) AS fileName FROM attachments GROUP BY sha256, mime ORDER BY sha256').all() as AttachmentRef[];
}

interface Row {
  id: string; owner_kind: AttachmentOwnerKind; owner_id: string; file_name: string;
  mime: AttachmentMime; size: number; sha256: string; created_at: string;
}
const fromRow = (r: Row): Attachment => ({
  id: r.id, ownerKind: r.owner_kind, ownerId: r.owner_id, fileName: r.file_name,
  mime: r.mime, size: r.size, sha256: r.sha256, createdAt: r.created_at,
});

export interface AttachmentStore {
  /**
   * Checks and copies a file, then records it for its owner; returns the record. Throws
   * ATTACHMENT_REFUSED (in Vietnamese, naming the file) and stores nothing when the file is empty,
   * too large or not a PDF, JPEG or PNG. Call inside the caller's transaction when the attachment
   * belongs with other writes: the row joins that transaction, and a file left without a row by a
   * rollback is harmless (content-addressed, and a later attachment of the same scan reuses it).
   */
  add(req: { ownerKind: AttachmentOwnerKind; ownerId: string; fileName: string; bytes: Uint8Array }): Attachment;
  list(ownerKind: AttachmentOwnerKind, ownerId: string): Attachment[];
  get(id: string): Attachment;
  /** Where the stored copy is (to open, print or attach to an e-mail); checks it is still intact. */
  pathOf(id: string): string;
  /** Moves the record to the bin (the stored file stays, see above). */
  remove(id: string): void;
}

export function createAttachmentStore(deps: { db: () => Db; dataDir: string; clock: () => Date }): AttachmentStore {
  const dir = path.join(deps.dataDir, ATTACHMENT_DIR);
  const fileFor = (a: { sha256: string; mime: AttachmentMime }) => path.join(dir, storedFileName(a));
  const refuse = (fileName: string, why: string) =>
    new CoreError('ATTACHMENT_REFUSED', `Không đính kèm được tệp "${fileName}": ${why}`);

  const get = (id: string): Attachment => {
    const row = deps.db().prepare('SELECT * FROM attachments WHERE id = ? AND deleted_at IS NULL').get(id) as Row | undefined;
    if (!row) throw new CoreError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này.');
    return fromRow(row);
  };

  return {
    add({ ownerKind, ownerId, fileName, bytes }) {
      const name = path.basename(fileName.replace(/\\/g, '/')).normalize('NFC').trim() || 'tệp đính kèm';
      if (bytes.length === 0) throw refuse(name, 'tệp rỗng.');
      if (bytes.length > MAX_ATTACHMENT_BYTES) {
        throw refuse(name, `tệp lớn hơn ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB; hãy quét lại với độ phân giải thấp hơn.`);
      }
      const kind = sniffAttachment(bytes);
      if (!kind) throw refuse(name, 'nội dung không phải PDF, JPEG hay PNG (kiểm tra theo nội dung tệp, không theo đuôi tên).');
      const sha256 = sha256Of(bytes);
      const target = fileFor({ sha256, mime: kind.mime });
      fs.mkdirSync(dir, { recursive: true });
      if (!fs.existsSync(target)) writeFileAtomic(target, bytes);
      const now = deps.clock().toISOString();
      const row: Row = { id: randomUUID(), owner_kind: ownerKind, owner_id: ownerId, file_name: name, mime: kind.mime, size: bytes.length, sha256, created_at: now };
      deps.db()
        .prepare(`INSERT INTO attachments (id, owner_kind, owner_id, file_name, mime, size, sha256, created_at, updated_at)
                  VALUES (@id, @owner_kind, @owner_id, @file_name, @mime, @size, @sha256, @created_at, @created_at)`)
        .run(row);
      return fromRow(row);
    },
    list(ownerKind, ownerId) {
      return (deps.db()
        .prepare('SELECT * FROM attachments WHERE owner_kind = ? AND owner_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid')
        .all(ownerKind, ownerId) as Row[]).map(fromRow);
    },
    get,
    pathOf(id) {
      const a = get(id);
      const file = fileFor(a);
      if (!readIntact(file, a.sha256)) {
        throw new CoreError('ATTACHMENT_MISSING', `Tệp đính kèm "${a.fileName}" không còn nguyên vẹn trong thư mục dữ liệu (${file}).`);
      }
      return file;
    },
    remove(id) {
      const now = deps.clock().toISOString();
      const n = deps.db().prepare('UPDATE attachments SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL').run(now, now, id).changes;
      if (n === 0) throw new CoreError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này.');
    },
  };
}

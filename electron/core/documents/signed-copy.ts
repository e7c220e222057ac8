// The signed copy on file (issue 8, item 4): once an issued document is printed and signed, she scans
// it, attaches the scan and records when it was signed and when and to whom it was sent. The scan is
// an attachment (files/attachments.ts: checked by content, copied into the data folder with its
// SHA-256); the dates live in `document_dispatch` (migration 11), beside the frozen register row,
// which never changes (docs/architecture.md, "Attachments").
import type { DocumentDispatch, SignedCopy } from '../../../shared/documents/types';
import { IsoDate } from '../../../shared/records';
import type { Db } from '../db/database';
import { CoreError } from '../errors';
import type { Attachment, AttachmentStore } from '../files/attachments';
import { numberTextOf, type RegisterRow } from './register';

const OWNER = 'signed_document' as const;

/**
 * Takes a scan attached by mistake off its document ("Gỡ bản chụp"): the row goes to the bin, where
 * it can be restored; the stored file stays. The signing date recorded with it is kept (it is the
 * document's, in document_dispatch, not the scan's). Refuses a scan of another kind of owner.
 */
export function removeSignedCopy(attachments: AttachmentStore, attachmentId: string): void {
  const a = attachments.get(attachmentId);
  if (a.ownerKind !== OWNER) throw new CoreError('NOT_FOUND', 'Không tìm thấy bản đã ký này.');
  attachments.remove(attachmentId);
}

export interface SignedCopies {
  /** The dispatch of each document (by id); a document with nothing recorded gets empty dates. */
  of(documentIds: readonly string[]): Map<string, DocumentDispatch>;
  /**
   * Checks, copies and records a scan of the signed document; `signedDate` (ISO), when given, is
   * recorded as the signing date. Nothing is stored when the file is refused.
   */
  attach(doc: RegisterRow, req: { fileName: string; bytes: Uint8Array; signedDate?: string | null }): void;
  /** Replaces the signing date, the sending date and the addressee. */
  setDispatch(doc: RegisterRow, req: { signedDate: string | null; sentDate: string | null; sentTo: string }): void;
  /** The stored scan, checked intact, with its record; refuses a scan of another kind of owner. */
  file(attachmentId: string): { copy: SignedCopy; path: string };
}

const EMPTY: DocumentDispatch = { signedDate: null, sentDate: null, sentTo: '', signedCopies: [] };

const toCopy = (a: Attachment): SignedCopy => ({
  id: a.id, fileName: a.fileName, mime: a.mime, size: a.size, sha256: a.sha256, createdAt: a.createdAt,
});

interface Row { document_id: string; signed_date: string | null; sent_date: string | null; sent_to: string }

export function createSignedCopies(deps: { db: () => Db; attachments: AttachmentStore; now: () => string }): SignedCopies {
  const { attachments } = deps;

  /** A signing or sending date: a real day, not before the document was issued. */
  function checkDate(doc: RegisterRow, date: string | null | undefined, what: string): void {
    if (date === null || date === undefined) return;
    if (!IsoDate.safeParse(date).success) throw new CoreError('INVALID_INPUT', `${what} không hợp lệ: "${date}".`);
    if (date < doc.issuedDate) {
      const [y, m, d] = doc.issuedDate.split('-');
      throw new CoreError('INVALID_INPUT', `${what} không được trước ngày ban hành văn bản ${numberTextOf(doc)} (${d}/${m}/${y}).`);
    }
  }

  function upsert(documentId: string, set: Partial<{ signed_date: string | null; sent_date: string | null; sent_to: string }>): void {
    const db = deps.db();
    const now = deps.now();
    const cur = db.prepare('SELECT * FROM document_dispatch WHERE document_id = ?').get(documentId) as Row | undefined;
    const next = { signed_date: cur?.signed_date ?? null, sent_date: cur?.sent_date ?? null, sent_to: cur?.sent_to ?? '', ...set };
    if (cur && cur.signed_date === next.signed_date && cur.sent_date === next.sent_date && cur.sent_to === next.sent_to) return;
    db.prepare(
      `INSERT INTO document_dispatch (document_id, signed_date, sent_date, sent_to, created_at, updated_at)
       VALUES (@id, @signed_date, @sent_date, @sent_to, @now, @now)
       ON CONFLICT (document_id) DO UPDATE SET signed_date = excluded.signed_date, sent_date = excluded.sent_date,
         sent_to = excluded.sent_to, updated_at = excluded.updated_at`,
    ).run({ id: documentId, now, ...next });
  }

  return {
    of(documentIds) {
      const out = new Map<string, DocumentDispatch>();
      if (documentIds.length === 0) return out;
      const db = deps.db();
      const marks = documentIds.map(() => '?').join(', ');
      const rows = db.prepare(`SELECT * FROM document_dispatch WHERE document_id IN (${marks})`).all(...documentIds) as Row[];
      const byId = new Map(rows.map((r) => [r.document_id, r]));
      for (const id of documentIds) {
        const r = byId.get(id);
        out.set(id, {
          ...EMPTY,
          ...(r ? { signedDate: r.signed_date, sentDate: r.sent_date, sentTo: r.sent_to } : {}),
          signedCopies: attachments.list(OWNER, id).map(toCopy),
        });
      }
      return out;
    },

    attach(doc, { fileName, bytes, signedDate }) {
      checkDate(doc, signedDate, 'Ngày ký');
      deps.db().transaction(() => {
        attachments.add({ ownerKind: OWNER, ownerId: doc.id, fileName, bytes });
        if (signedDate) upsert(doc.id, { signed_date: signedDate });
      })();
    },

    setDispatch(doc, { signedDate, sentDate, sentTo }) {
      checkDate(doc, signedDate, 'Ngày ký');
      checkDate(doc, sentDate, 'Ngày gửi');
      if (sentDate && signedDate && sentDate < signedDate) {
        throw new CoreError('INVALID_INPUT', 'Ngày gửi không được trước ngày ký.');
      }
      upsert(doc.id, { signed_date: signedDate, sent_date: sentDate, sent_to: sentTo.normalize('NFC').trim() });
    },

    file(attachmentId) {
      const a = attachments.get(attachmentId);
      if (a.ownerKind !== OWNER) throw new CoreError('NOT_FOUND', 'Không tìm thấy bản đã ký này.');
      return { copy: toCopy(a), path: attachments.pathOf(attachmentId) };
    },
  };
}

// What the documents side of the contract returns.
import { z } from 'zod';
import { Id, IsoDate } from '../records';
import type { DocType } from './fields';
import type { TemplateType } from './template-rules';

export const DocTypeSchema = z.enum(['minutes', 'conclusion']);
/** A template's kind: the inspection's documents and the campaign's report and reminder letter. */
export const TemplateTypeSchema = z.enum(['minutes', 'conclusion', 'report', 'reminder']);

/** One issued document in the register: frozen bytes, number and checksum. */
/** What every register (documents of an inspection, documents of a campaign) says of an issued document. */
export interface RegisteredDocument {
  id: string;
  number: number;
  year: number;
  /** "BB-ĐKT", "TB-SNV" */
  symbol: string;
  /** "05/BB-ĐKT" */
  numberText: string;
  issuedDate: string;
  /** 1 for the first issue; a later issue of the same document supersedes the previous one. */
  version: number;
  supersedesId: string | null;
  fileName: string;
  sha256: string;
  size: number;
  templateName: string;
  createdAt: string;
}

export interface DocumentRecord extends RegisteredDocument {
  inspectionId: string;
  type: DocType;
  /** The records changed since it was issued: a new version may be issued (the old one never changes). */
  stale: boolean;
  /** The signed copy on file and where it was sent (electron/core/documents/signed-copy.ts). */
  dispatch: DocumentDispatch;
}

/** A scan of the signed document, kept in the data folder (docs/architecture.md, "Attachments"). */
export interface SignedCopy {
  id: string;
  /** The name she chose the file by. */
  fileName: string;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
  sha256: string;
  createdAt: string;
}

/** What happened to an issued document after it was printed: signed, scanned, sent. */
export interface DocumentDispatch {
  /** The day it was signed (ISO), or null while unknown. */
  signedDate: string | null;
  /** The day it was sent (ISO), or null while not sent. */
  sentDate: string | null;
  /** To whom ("UBND huyện Mường Chà; Sở Nội vụ"); '' while not sent. */
  sentTo: string;
  /** Scans of the signed document, oldest first; none while no signed copy is on file. */
  signedCopies: SignedCopy[];
}

/** A file written through the platform's save dialog; path null when the user cancelled. */
export interface SavedFile {
  path: string | null;
  fileName: string;
  /** The core's token for documents.open / showInFolder (set on every saved file the core returns). */
  fileId?: string | null;
}

export interface TemplateInfo {
  type: TemplateType;
  source: 'builtin' | 'user';
  name: string;
  sha256: string;
  importedAt: string | null;
}

/** The checker's verdict on a template, every line in Vietnamese. */
export interface TemplateReport {
  ok: boolean;
  type: TemplateType;
  fields: string[];
  unknown: { field: string; suggestion: string | null }[];
  missing: string[];
  problems: string[];
  warnings: string[];
}

export const DocRequest = z.object({ inspectionId: Id, type: DocTypeSchema }).strict();
/** acceptWarnings: the keys of the points to confirm she confirmed (shared/documents/issue-checks.ts). */
export const IssueRequest = z
  .object({ inspectionId: Id, type: DocTypeSchema, issuedDate: IsoDate, acceptWarnings: z.array(z.string().max(2500)).max(500).optional() })
  .strict();
/** A template file sent from the UI, base64-encoded (IPC and the harness both carry strings). */
export const TemplateUpload = z
  .object({ type: TemplateTypeSchema, fileName: z.string().max(300), base64: z.string().max(30_000_000) })
  .strict();

/** A signed scan sent from the UI (a file input), base64-encoded; checked by content in the core. */
export const SignedUpload = z
  .object({ documentId: Id, fileName: z.string().max(300), base64: z.string().max(36_000_000), signedDate: IsoDate.nullable().optional() })
  .strict();
/** The dates and addressee of an issued document, as typed on the Văn bản tab (all replaced at once). */
export const DispatchUpdate = z
  .object({ documentId: Id, signedDate: IsoDate.nullable(), sentDate: IsoDate.nullable(), sentTo: z.string().max(1000) })
  .strict();
/** What the e-mail draft carries: the issued .docx, the signed scan(s), or both. */
export const EmailAttach = z.enum(['docx', 'signed', 'both']);
export type EmailAttach = z.infer<typeof EmailAttach>;
export const EmailRequest = z.object({ id: Id, attach: EmailAttach.optional() }).strict();

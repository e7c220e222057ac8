// What the documents side of the contract returns.
import { z } from 'zod';
import { Id, IsoDate } from '../records';
import type { DocType } from './fields';
import type { TemplateType } from './template-rules';

export const DocTypeSchema = z.enum(['minutes', 'conclusion']);
/** A template's kind: the inspection's documents and the campaign's report and reminder letter. */
export const TemplateTypeSchema = z.enum(['minutes', 'conclusion', 'report', 'reminder']);

/** One issued document in the register: frozen bytes, number and checksum. */
export interface DocumentRecord {
  id: string;
  inspectionId: string;
  type: DocType;
  number: number;
  year: number;
  /** "BB-ĐKT", "TB-SNV" */
  symbol: string;
  /** "05/BB-ĐKT" */
  numberText: string;
  issuedDate: string;
  /** 1 for the first issue; a later issue for the same inspection and type supersedes the previous one. */
  version: number;
  supersedesId: string | null;
  fileName: string;
  sha256: string;
  size: number;
  templateName: string;
  /** The records changed since it was issued: a new version may be issued (the old one never changes). */
  stale: boolean;
  createdAt: string;
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

// A document's PDF: through Word when the platform has it (Word is what the signed copy is printed
// from), else LibreOffice when installed; null when neither is, and the app then prints its preview
// to PDF (Platform.pagePdf). The converter is named, so the app can say which one made the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PdfConverter } from '../../../shared/documents/paper';
import { findSoffice, libreOfficeToPdf } from '../office/libreoffice';
import type { Platform } from '../platform';

export interface PdfDeps {
  platform: Pick<Platform, 'hasWord' | 'wordToPdf'>;
  /** The soffice program; by default looked up on PATH when needed (null: none installed). */
  soffice?: () => string | null;
}

/** The PDF of a .docx and the converter that made it, or null when no converter is installed. */
export async function docxToPdf(
  bytes: Uint8Array, deps: PdfDeps,
): Promise<{ bytes: Uint8Array; converter: Exclude<PdfConverter, 'preview'> } | null> {
  const useWord = deps.platform.wordToPdf && deps.platform.hasWord ? await deps.platform.hasWord() : false;
  const soffice = useWord ? null : (deps.soffice ?? findSoffice)();
  if (!useWord && !soffice) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-pdf-'));
  try {
    // A plain ASCII name inside a private folder: the converters see no user text in their arguments.
    const docx = path.join(dir, 'van-ban.docx');
    fs.writeFileSync(docx, bytes);
    let pdf: string;
    if (useWord) {
      pdf = path.join(dir, 'van-ban.pdf');
      await deps.platform.wordToPdf!(docx, pdf);
    } else {
      pdf = await libreOfficeToPdf(soffice!, docx, dir);
    }
    return { bytes: new Uint8Array(fs.readFileSync(pdf)), converter: useWord ? 'word' : 'libreoffice' };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// LibreOffice as a PDF converter (`soffice --headless --convert-to pdf`): used where Word is not
// installed, by the app and the command line alike. It runs as a child process, so the window and
// the core stay responsive; each conversion gets its own throw-away profile folder, so it neither
// waits for nor disturbs a LibreOffice the user has open.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CoreError } from '../errors';

const EXE = process.platform === 'win32' ? 'soffice.exe' : 'soffice';
/** Where the Windows installer puts it (it does not add itself to PATH). */
const WINDOWS_DIRS = ['C:\\Program Files\\LibreOffice\\program', 'C:\\Program Files (x86)\\LibreOffice\\program'];
const TIMEOUT_MS = 180_000;

/** The soffice program: on PATH, or where the Windows installer puts it; null when not installed. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const dirs = [...(env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean), ...(process.platform === 'win32' ? WINDOWS_DIRS : [])];
  for (const dir of dirs) {
    const file = path.join(dir, EXE);
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** Converts `docxPath` to a PDF written beside it in `outDir`; resolves to the PDF's path. */
export async function libreOfficeToPdf(soffice: string, docxPath: string, outDir: string): Promise<string> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bienban-lo-'));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docxPath],
        { timeout: TIMEOUT_MS, windowsHide: true },
        (err, _out, stderr) => (err ? reject(Object.assign(err, { stderr: String(stderr ?? '') })) : resolve()),
      );
    });
  } catch (e) {
    const err = e as { killed?: boolean; stderr?: string; message?: string };
    const why = err.killed ? 'LibreOffice không trả lời' : (err.stderr?.trim().split('\n')[0] || err.message || 'lỗi không rõ');
    throw new CoreError('PDF_FAILED', `LibreOffice không chuyển được ${path.basename(docxPath)} sang PDF: ${why}`);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`);
  if (!fs.existsSync(pdf)) throw new CoreError('PDF_FAILED', `LibreOffice không tạo ra tệp PDF cho ${path.basename(docxPath)}.`);
  return pdf;
}

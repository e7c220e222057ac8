// Microsoft Word on Windows, driven through its COM object from PowerShell: printing (Word prints
// exactly what will be signed) and PDF export. No Electron import, so the command line can use it too.
// The script text is constant: file paths and the copy count reach it through environment variables,
// never interpolated into the script, so a name with Vietnamese letters, spaces, quotes or "$" cannot
// change what runs. The script is passed as -EncodedCommand (UTF-16LE base64) so no shell quoting
// rule applies to it either.
import { execFile } from 'node:child_process';
import { CoreError } from '../errors';

/** The environment variables the scripts read. */
export const WORD_ENV = { docx: 'BIENBAN_DOCX', pdf: 'BIENBAN_PDF', copies: 'BIENBAN_COPIES' } as const;

// Word's constants: wdExportFormatPDF = 17, wdExportOptimizeForPrint = 0, wdExportAllDocument = 0,
// wdExportDocumentContent = 0, wdExportCreateNoBookmarks = 0, wdDoNotSaveChanges = 0.
const OPEN = `
$ErrorActionPreference = 'Stop'
$word = New-Object -ComObject Word.Application
$word.Visible = $false
$word.DisplayAlerts = 0
try {
  # Documents.Open(FileName, ConfirmConversions, ReadOnly, AddToRecentFiles)
  $doc = $word.Documents.Open($env:${WORD_ENV.docx}, $false, $true, $false)
  try {
`;
const CLOSE = `
  } finally { $doc.Close(0) }
} finally {
  $word.Quit(0)
  [void][System.Runtime.InteropServices.Marshal]::ReleaseComObject($word)
}
`;

export const WORD_SCRIPTS = {
  /** PrintOut(Background, Append, Range, OutputFileName, From, To, Item, Copies): in the foreground, so Word has spooled it when the script ends. */
  print: `${OPEN}    $doc.PrintOut($false, $false, 0, '', '', '', 0, [int]$env:${WORD_ENV.copies})${CLOSE}`,
  /**
   * ExportAsFixedFormat(OutputFileName, ExportFormat=PDF, OpenAfterExport, OptimizeFor=print, Range=all,
   * From, To, Item, IncludeDocProps, KeepIRM, CreateBookmarks, DocStructureTags, BitmapMissingFonts,
   * UseISO19005_1): PDF/A embeds every font, so the copy looks the same on any machine.
   */
  pdf: `${OPEN}    $doc.ExportAsFixedFormat($env:${WORD_ENV.pdf}, 17, $false, 0, 0, 1, 1, 0, $true, $true, 0, $true, $true, $true)${CLOSE}`,
  /** Exits 0 when Word's COM class is registered (Word installed), 1 otherwise; starts nothing. */
  probe: `if (Test-Path 'Registry::HKEY_CLASSES_ROOT\\Word.Application\\CurVer') { exit 0 } else { exit 1 }`,
} as const;

export interface Command { file: string; args: string[]; env: Record<string, string> }

/** The PowerShell command line for a script: the script encoded, the values in `env`. */
export function powershellCommand(script: string, env: Record<string, string> = {}): Command {
  return {
    file: 'powershell.exe',
    args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', Buffer.from(script, 'utf16le').toString('base64')],
    env,
  };
}

/** Word runs a 30-page document in seconds; a minute means it is waiting on a dialog nobody sees. */
const TIMEOUT_MS = 120_000;

function run(cmd: Command): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd.file, cmd.args, { env: { ...process.env, ...cmd.env }, windowsHide: true, timeout: TIMEOUT_MS }, (err, _out, stderr) => {
      if (err) reject(Object.assign(err, { stderr: String(stderr ?? '') }));
      else resolve();
    });
  });
}

export interface WordDeps { platform?: NodeJS.Platform }

/** Word, or null where it cannot be (not Windows). `available()` asks the registry once. */
export function createWord(deps: WordDeps = {}) {
  const onWindows = (deps.platform ?? process.platform) === 'win32';
  let known: Promise<boolean> | null = null;
  return {
    available(): Promise<boolean> {
      if (!onWindows) return Promise.resolve(false);
      known ??= run(powershellCommand(WORD_SCRIPTS.probe)).then(() => true, () => false);
      return known;
    },
    async print(docxPath: string, copies: number): Promise<void> {
      const n = Math.trunc(copies);
      if (!(n >= 1 && n <= 99)) throw new CoreError('INVALID_INPUT', `Số bản in không hợp lệ: ${copies} (từ 1 đến 99).`);
      try {
        await run(powershellCommand(WORD_SCRIPTS.print, { [WORD_ENV.docx]: docxPath, [WORD_ENV.copies]: String(n) }));
      } catch (e) {
        throw new CoreError('PRINT_FAILED', `Word không in được tệp ${docxPath}: ${reason(e)}`);
      }
    },
    async toPdf(docxPath: string, pdfPath: string): Promise<void> {
      try {
        await run(powershellCommand(WORD_SCRIPTS.pdf, { [WORD_ENV.docx]: docxPath, [WORD_ENV.pdf]: pdfPath }));
      } catch (e) {
        throw new CoreError('PDF_FAILED', `Word không lưu được PDF của tệp ${docxPath}: ${reason(e)}`);
      }
    },
  };
}
export type Word = ReturnType<typeof createWord>;

/** PowerShell's own error line (often English: it is technical detail, after her Vietnamese sentence). */
function reason(e: unknown): string {
  const err = e as { killed?: boolean; stderr?: string; message?: string };
  if (err.killed) return 'Word không trả lời (có thể đang chờ một hộp thoại); hãy mở Word kiểm tra rồi thử lại.';
  const line = (err.stderr ?? '').split(/\r?\n/).map((l) => l.trim()).find(Boolean);
  return line ?? err.message ?? 'lỗi không rõ';
}

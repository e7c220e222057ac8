// What the app asks of the operating system, behind one small interface so the core and its tests
// never import 'electron': the Electron shell implements it with native dialogs (electron/platform.ts),
// the browser harness with downloads and a record of calls.

export interface SaveFileRequest {
  /** File name offered in the save dialog, e.g. "Biên bản kiểm tra 05-BB-ĐKT.docx". The extension picks the filter. */
  suggestedName: string;
  /** Binary content (.docx, .eml, .pdf); exactly one of bytes or text. */
  bytes?: Uint8Array;
  /** Text content (.json), written as UTF-8. */
  text?: string;
}

export interface Platform {
  /** Asks the user where to save, writes the file there; the chosen path, or null if the user cancelled. */
  saveFile(req: SaveFileRequest): Promise<string | null>;
  /** Opens a file with its default program (a .docx in Word); throws CoreError('OPEN_FAILED') if it cannot. */
  openPath(filePath: string): Promise<void>;
  /** Shows the file selected in Explorer. */
  showItemInFolder(filePath: string): void;
  /** Prints a file, where the platform can (optional: the user may also print from Word). */
  printFile?(filePath: string): Promise<void>;
}

/** Characters Windows forbids in file names ("05/BB-ĐKT" becomes "05-BB-ĐKT"), and trailing dots/spaces. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/]/g, '-')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"|?*\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  return cleaned || 'tai-lieu';
}

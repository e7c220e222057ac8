// What the app asks of the operating system, behind one small interface so the core and its tests
// never import 'electron': the Electron shell implements it with native dialogs (electron/platform.ts),
// the browser harness with downloads and a record of calls. Names they offer or write are made valid
// by the one rule for file names, sanitizeFileName in documents/file-name.ts.

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

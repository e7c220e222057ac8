// What the app asks of the operating system, behind one small interface so the core and its tests
// never import 'electron': the Electron shell implements it with native dialogs and Word
// (electron/platform.ts), the browser harness with downloads and a record of calls. Names they offer
// or write are made valid by the one rule for file names, sanitizeFileName in documents/file-name.ts.

export interface SaveFileRequest {
  /** File name offered in the save dialog, e.g. "Biên bản kiểm tra 05-BB-ĐKT.docx". The extension picks the filter. */
  suggestedName: string;
  /** Binary content (.docx, .eml, .pdf); exactly one of bytes or text. */
  bytes?: Uint8Array;
  /** Text content (.json), written as UTF-8. */
  text?: string;
}

/** How many copies to print (the minutes suggest theirs: "lập thành 03 bản"); `landscape` for a landscape page (the follow-up list). */
export interface PrintRequest { copies: number; landscape?: boolean }

/** A file to choose in an open dialog: its filter's Vietnamese name and the extensions it accepts. */
export interface ChooseFileRequest { title: string; filterName: string; extensions: string[] }

export interface Platform {
  /** Asks the user where to save, writes the file there; the chosen path, or null if the user cancelled. */
  saveFile(req: SaveFileRequest): Promise<string | null>;
  /** Opens a file with its default program (a .docx in Word); throws CoreError('OPEN_FAILED') if it cannot. */
  openPath(filePath: string): Promise<void>;
  /** Shows the file selected in Explorer. */
  showItemInFolder(filePath: string): void;
  /** Whether Microsoft Word is installed (Windows only): printing and PDFs then go through it. */
  hasWord?(): Promise<boolean>;
  /** Prints a .docx through Word on the default printer (Word prints exactly what will be signed). */
  printFile?(filePath: string, req: PrintRequest): Promise<void>;
  /** Writes the PDF of a .docx through Word, fonts embedded. */
  wordToPdf?(docxPath: string, pdfPath: string): Promise<void>;
  /**
   * Prints the window as it shows now (the preview, through its print style sheet) with the system
   * print dialog; false when she cancelled the dialog.
   */
  printPage?(req: PrintRequest): Promise<boolean>;
  /** The window as it shows now (the preview) as A4 PDF bytes. */
  pagePdf?(): Promise<Uint8Array>;
  /** Asks for a file to open; its path, or null when she cancelled. */
  chooseFile?(req: ChooseFileRequest): Promise<string | null>;
}

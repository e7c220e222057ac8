// The error log: <dataDir>/logs/bienban.log, one entry per internal failure (time, operation, stack),
// so that when something fails someone can find out why. Rotated at about 1 MB keeping three old files
// (bienban.log.1 … .3), so it never fills the laptop. Hand-written: a dozen lines do not justify a
// logging library in the main process. Writing the log must never itself break an operation.
import fs from 'node:fs';
import path from 'node:path';

export const LOG_FILE = 'bienban.log';

export interface Logger {
  /** Absolute path of the current log file. */
  readonly file: string;
  /** Records a failure of operation `op` (or a startup step) with the error's stack. */
  error(op: string, e: unknown): void;
  /** Records something worth knowing afterwards (a backup taken, a restore). */
  info(op: string, message: string): void;
}

export interface LoggerOptions {
  clock?: () => Date;
  maxBytes?: number;
  keep?: number;
}

export function describeError(e: unknown): string {
  if (e instanceof Error) {
    const { code, detail } = e as { code?: unknown; detail?: unknown };
    return [
      e.stack ?? `${e.name}: ${e.message}`,
      ...(code !== undefined ? [`code: ${String(code)}`] : []),
      ...(detail !== undefined ? [`detail: ${String(detail)}`] : []),
    ].join('\n');
  }
  return String(e);
}

export function createLogger(dataDir: string, opts: LoggerOptions = {}): Logger {
  const dir = path.join(dataDir, 'logs');
  const file = path.join(dir, LOG_FILE);
  const clock = opts.clock ?? (() => new Date());
  const maxBytes = opts.maxBytes ?? 1_000_000;
  const keep = opts.keep ?? 3;

  const rotate = (incoming: number) => {
    let size = 0;
    try {
      size = fs.statSync(file).size;
    } catch {
      return; // no file yet
    }
    if (size === 0 || size + incoming <= maxBytes) return;
    fs.rmSync(`${file}.${keep}`, { force: true });
    for (let k = keep - 1; k >= 1; k--) {
      if (fs.existsSync(`${file}.${k}`)) fs.renameSync(`${file}.${k}`, `${file}.${k + 1}`);
    }
    fs.renameSync(file, `${file}.1`);
  };

  const write = (level: string, op: string, text: string) => {
    const entry = `${clock().toISOString()} ${level} [${op}] ${text.replace(/\n/g, '\n    ')}\n`;
    try {
      fs.mkdirSync(dir, { recursive: true });
      rotate(Buffer.byteLength(entry));
      fs.appendFileSync(file, entry, 'utf8');
    } catch {
      // A full disk or a read-only folder must not turn a handled error into a crash.
    }
  };

  return {
    file,
    error: (op, e) => write('ERROR', op, describeError(e)),
    info: (op, message) => write('INFO', op, message),
  };
}

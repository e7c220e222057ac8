// `generate` and `issue`: a biên bản or thông báo kết luận as a .docx, from the command line.
// generate makes a draft (no number, nothing registered); issue takes the next number, freezes the
// document in the register like the app does, and writes it out.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DOC_TYPE_LABELS, DOC_TYPES, type DocType } from '../../../shared/documents/fields';
import { blockedMessage, unconfirmedMessage } from '../../../shared/documents/issue-checks';
import type { RegisteredDocument } from '../../../shared/documents/types';
import { isoToDisplay, parseDisplayDate } from '../../../shared/vi/dates';
import { createCore, DB_FILE, type Core } from '../core';
import { assertNotInUse, writeFileGuarded } from '../documents/file-lock';
import { CoreError } from '../errors';
import { createWord } from '../office/word';
import { checkTemplate } from '../templates/check';
import { PDF_CONVERTER_LABELS } from '../../../shared/documents/paper';
import type { ActiveTemplate } from '../templates/store';
import { UsageError } from './args';
import { CommandFailure, fsReason, requireId, type Context } from './commands';

export interface DocumentOptions {
  type?: string;
  out?: string;
  template?: string;
  date?: string;
  force: boolean;
  /** issue: issue despite the points to confirm (never despite a missing item). */
  acceptWarnings?: boolean;
}

const TYPE_NAMES: Record<string, DocType> = {
  minutes: 'minutes', 'bien-ban': 'minutes', bb: 'minutes',
  conclusion: 'conclusion', 'thong-bao': 'conclusion', tb: 'conclusion',
};
const MAX_TEMPLATE_BYTES = 30_000_000;

function requireType(value: string | undefined): DocType {
  const hint = `Dùng --type minutes (biên bản) hoặc --type conclusion (thông báo kết luận).`;
  if (!value) throw new UsageError(`Thiếu loại văn bản. ${hint}`);
  const type = TYPE_NAMES[value.trim().toLowerCase()];
  if (!type || !DOC_TYPES.includes(type)) throw new UsageError(`Loại văn bản không được hỗ trợ: "${value}". ${hint}`);
  return type;
}

/** A --date option, dd/mm/yyyy (or yyyy-mm-dd), as an ISO date; `what` names it in messages ("ngày ban hành"). */
export function requireDate(value: string | undefined, what = 'ngày ban hành'): string {
  const example = 'ví dụ --date 06/10/2022';
  const What = what[0].toUpperCase() + what.slice(1);
  if (!value) throw new UsageError(`Thiếu ${what} (${example}).`);
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim().split('-').reverse().join('/') : value;
  const parsed = parseDisplayDate(iso);
  if (!parsed.ok) throw new UsageError(`${What} "${value}" không hợp lệ: ${parsed.message}.`);
  if (!parsed.iso) throw new UsageError(`Thiếu ${what} (${example}).`);
  return parsed.iso;
}

/** The output file: must have the extension (.docx), not be there already (unless --force), and not be open in Word or Excel. */
export function outputPath(ctx: Context, out: string | undefined, fallbackName: string, force: boolean, ext = '.docx'): string {
  const target = path.resolve(ctx.cwd, out ?? fallbackName);
  if (path.extname(target).toLowerCase() !== ext) {
    throw new UsageError(`Tệp kết quả phải có đuôi ${ext}: ${target}`);
  }
  if (fs.existsSync(target)) {
    if (fs.statSync(target).isDirectory()) throw new CommandFailure(`${target} là một thư mục, không phải tệp.`);
    if (!force) throw new CommandFailure(`Tệp ${target} đã có. Chọn tên khác bằng --out, hoặc thêm --force để ghi đè.`);
  }
  if (!fs.existsSync(path.dirname(target))) throw new CommandFailure(`Không có thư mục ${path.dirname(target)} để ghi tệp.`);
  assertNotInUse(target);
  return target;
}

export function write(target: string, bytes: Uint8Array): void {
  try {
    writeFileGuarded(target, bytes);
  } catch (e) {
    if (e instanceof CoreError) throw e; // FILE_IN_USE, SAVE_FAILED: already say which file and why
    throw new CommandFailure(`Không ghi được tệp ${target}: ${fsReason(e)}`);
  }
}

export async function withCore<T>(ctx: Context, fn: (core: Core) => Promise<T>): Promise<T> {
  if (!fs.existsSync(path.join(ctx.dataDir, DB_FILE))) {
    throw new CommandFailure(`Chưa có dữ liệu trong thư mục ${ctx.dataDir} (không thấy tệp ${DB_FILE}). Hãy kiểm tra --data-dir.`);
  }
  const core = createCore({ dataDir: ctx.dataDir });
  try {
    return await fn(core);
  } finally {
    core.close();
  }
}

/** A template given with --template, checked exactly as an imported one is; refused with the checker's report. */
async function givenTemplate(ctx: Context, type: DocType, file: string): Promise<ActiveTemplate> {
  const source = path.resolve(ctx.cwd, file);
  let bytes: Uint8Array;
  try {
    const stat = fs.statSync(source);
    if (stat.isDirectory()) throw new CommandFailure(`${source} là một thư mục, không phải tệp mẫu.`);
    if (stat.size > MAX_TEMPLATE_BYTES) throw new CommandFailure(`Tệp mẫu ${source} quá lớn (tối đa 30 MB).`);
    bytes = new Uint8Array(fs.readFileSync(source));
  } catch (e) {
    if (e instanceof CommandFailure) throw e;
    throw new CommandFailure(`Không đọc được tệp mẫu ${source}: ${fsReason(e)}`);
  }
  const name = path.basename(source);
  const report = await checkTemplate(type, name, bytes);
  if (!report.ok) {
    const lines = [
      `Mẫu ${name} không dùng được cho ${DOC_TYPE_LABELS[type].toLocaleLowerCase('vi')}:`,
      ...report.problems.map((p) => `  - ${p}`),
      ...(report.warnings.length ? ['Lưu ý:', ...report.warnings.map((w) => `  - ${w}`)] : []),
      'Không có tệp nào được ghi.',
    ];
    throw new CommandFailure(lines.join('\n'));
  }
  for (const w of report.warnings) ctx.out(`Lưu ý về mẫu: ${w}`);
  return { bytes, name, sha256: crypto.createHash('sha256').update(bytes).digest('hex'), source: 'user' };
}

/** `generate MÃ --type minutes|conclusion [--out TỆP.docx] [--template MẪU.docx] [--force]`: a draft, not registered. */
export async function generate(ctx: Context, idArg: string | undefined, o: DocumentOptions): Promise<void> {
  const id = requireId(idArg);
  const type = requireType(o.type);
  // A given --out is checked before any work; without it the suggested name is known only after.
  if (o.out) outputPath(ctx, o.out, '', o.force);
  const template = o.template ? await givenTemplate(ctx, type, o.template) : undefined;
  const draft = await withCore(ctx, (core) => core.documents.renderDraft(id, type, template));
  const target = outputPath(ctx, o.out, draft.fileName, o.force);
  write(target, draft.bytes);
  ctx.out(`Đã lập bản dự thảo ${DOC_TYPE_LABELS[type].toLocaleLowerCase('vi')} (chưa có số, không vào sổ đăng ký): ${target}`);
}

/** `issue MÃ --type … --date dd/mm/yyyy [--out TỆP.docx] [--force]`: takes the next number and registers the document. */
export async function issue(ctx: Context, idArg: string | undefined, o: DocumentOptions): Promise<void> {
  const id = requireId(idArg);
  const type = requireType(o.type);
  const date = requireDate(o.date);
  // Check the output before a number is taken, so a refused file does not use one up.
  if (o.out) outputPath(ctx, o.out, '', o.force);
  await withCore(ctx, async (core) => {
    const before = new Set(core.documents.list(id).map((d) => d.id));
    // The same checks as the Văn bản tab, said here before any number is taken.
    const preview = core.documents.nextNumber(id, type, date);
    if (preview.missing.length || preview.refusals.length) throw new CommandFailure(blockedMessage(type, preview.missing, preview.refusals));
    if (preview.checks.length && !o.acceptWarnings) {
      throw new CommandFailure(unconfirmedMessage(type, preview.checks, 'Sửa lại trong hồ sơ, hoặc nếu đã kiểm tra, chạy lại lệnh với --accept-warnings.'));
    }
    for (const c of preview.checks) ctx.out(`Đã xác nhận (--accept-warnings): ${c.text}`);
    const record = await core.documents.issue(id, type, date, preview.checks.map((c) => c.key));
    const label = DOC_TYPE_LABELS[type].toLocaleLowerCase('vi');
    writeIssuedFile(ctx, label, record, core.documents.issuedFile(record.id).bytes, o, before.has(record.id));
    ctx.out(`Mã văn bản (để lưu bản đã ký bằng lệnh attach-signed): ${record.id}`);
  });
}

/**
 * `pdf MÃ --type … [--out TỆP.pdf] [--force]`: the PDF of the latest issued version, or of the draft
 * when none is issued (never takes a number); through Word on Windows when installed, else LibreOffice.
 */
export async function pdf(ctx: Context, idArg: string | undefined, o: DocumentOptions): Promise<void> {
  const id = requireId(idArg);
  const type = requireType(o.type);
  if (o.out) outputPath(ctx, o.out, '', o.force, '.pdf');
  const word = createWord();
  await withCore(ctx, async (core) => {
    const made = await core.paper.pdfOf(id, type, { hasWord: () => word.available(), wordToPdf: (d, p) => word.toPdf(d, p) });
    if (!made) {
      throw new CommandFailure(
        'Máy này không có Microsoft Word hay LibreOffice để chuyển văn bản sang PDF. Cài LibreOffice (miễn phí), ' +
          'hoặc mở BienBan và lưu PDF từ bản xem trước.',
      );
    }
    const target = outputPath(ctx, o.out, made.fileName, o.force, '.pdf');
    write(target, made.bytes);
    const label = DOC_TYPE_LABELS[type].toLocaleLowerCase('vi');
    const what = made.numberText ? `${label} số ${made.numberText} (phiên bản ${made.version})` : `bản dự thảo ${label} (chưa ban hành)`;
    ctx.out(`Đã lưu PDF của ${what}, chuyển bằng ${PDF_CONVERTER_LABELS[made.converter]}: ${target}`);
  });
}

/**
 * Writes the frozen file of a document just issued (or issued before with the same request) and says
 * what was issued. The number is taken by then, so a failed write says so and how to write it again.
 */
export function writeIssuedFile(
  ctx: Context, label: string, record: RegisteredDocument,
  bytes: Uint8Array, o: { out?: string; force: boolean }, issuedBefore: boolean,
): string {
  let target: string;
  try {
    target = outputPath(ctx, o.out, record.fileName, o.force || !!o.out);
    write(target, bytes);
  } catch (e) {
    throw new CommandFailure(
      `Đã ban hành ${label} số ${record.numberText} (đã vào sổ đăng ký) nhưng chưa ghi được tệp: ${(e as Error).message}\n` +
        'Chạy lại đúng lệnh này (cùng ngày, thêm --force nếu tệp đã có) để ghi lại tệp: không lấy thêm số nào.',
    );
  }
  const what = issuedBefore ? `${label} này đã được ban hành trước đó, số` : `Đã ban hành ${label} số`;
  ctx.out(
    `${what.charAt(0).toLocaleUpperCase('vi')}${what.slice(1)} ${record.numberText} ngày ${isoToDisplay(record.issuedDate)} ` +
      `(phiên bản ${record.version}, mã kiểm tra SHA-256 ${record.sha256}). Đã ghi tệp ${target}`,
  );
  return target;
}

// `attach-signed MÃ_VĂN_BẢN TỆP [--signed dd/mm/yyyy]`: files the scan of a signed document with the
// issued document, through the same operation and checks as the Văn bản tab (documents.attachSigned:
// checked by content, size-limited, copied into the data folder).
import fs from 'node:fs';
import path from 'node:path';
import { Id } from '../../../shared/records';
import { isoToDisplay } from '../../../shared/vi/dates';
import { MAX_ATTACHMENT_BYTES } from '../files/attachments';
import { UsageError } from './args';
import { call, CommandFailure, fsReason, withCore, type Context } from './commands';
import { requireDate } from './documents';

export function attachSigned(ctx: Context, idArg: string | undefined, fileArg: string | undefined, signed: string | undefined): void {
  if (!idArg) throw new UsageError('Thiếu mã văn bản đã ban hành (lệnh issue in ra mã này).');
  if (!Id.safeParse(idArg).success) throw new UsageError(`Mã văn bản không đúng dạng: "${idArg}".`);
  if (!fileArg) throw new UsageError('Thiếu tệp bản quét văn bản đã ký (PDF, JPEG hoặc PNG).');
  const signedDate = signed === undefined ? undefined : requireDate(signed, 'ngày ký');
  const source = path.resolve(ctx.cwd, fileArg);
  let bytes: Buffer;
  try {
    const stat = fs.statSync(source);
    if (stat.isDirectory()) throw new CommandFailure(`${source} là một thư mục, không phải tệp bản quét.`);
    // Said before reading a huge file whole; the core refuses it again with the same limit.
    if (stat.size > MAX_ATTACHMENT_BYTES) {
      throw new CommandFailure(`Không đính kèm được tệp "${path.basename(source)}": tệp lớn hơn ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`);
    }
    bytes = fs.readFileSync(source);
  } catch (e) {
    if (e instanceof CommandFailure) throw e;
    throw new CommandFailure(`Không đọc được tệp ${source}: ${fsReason(e)}`);
  }
  const doc = withCore(ctx, true, (core) =>
    call(core, 'documents.attachSigned', { documentId: idArg, fileName: path.basename(source), base64: bytes.toString('base64'), signedDate }));
  const d = doc.dispatch;
  const copy = d.signedCopies.at(-1)!;
  ctx.out(
    `Đã lưu bản đã ký "${copy.fileName}" của văn bản số ${doc.numberText} ngày ${isoToDisplay(doc.issuedDate)} ` +
      `(mã kiểm tra SHA-256 ${copy.sha256})${d.signedDate ? `, ngày ký ${isoToDisplay(d.signedDate)}` : ''}.`,
  );
}

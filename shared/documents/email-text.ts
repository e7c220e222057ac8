// The covering e-mail of an issued document: the secretary sends the .docx to the inspected unit
// and the Sở Nội vụ from her own mailbox, usually later, when back online. BienBan writes the
// draft; she adds the addresses and her signature in her mail program.
import { formatCitationDate } from '../vi/dates';
import { DOC_TYPE_LABELS, type DocType } from './fields';
import { lowerFirst } from './model';

export interface EmailFacts {
  type: DocType;
  /** "01/TB-SNV" */
  numberText: string;
  issuedDate: string;
  /** The trích yếu, "Kiểm tra công tác cải cách hành chính năm 2022 tại UBND huyện Mường Chà"; '' when unknown. */
  title: string;
  /** The inspected unit, addressed in "Kính gửi"; '' when unknown. */
  unitName: string;
  /** Its e-mail addresses as recorded ("a@x.vn; b@y.vn"); '' leaves "To" for the secretary. */
  to: string;
  fileName: string;
  /** The signed scans attached besides (or instead of) the .docx; none when only the .docx goes. */
  signedFiles?: string[];
  /** False when only the signed scans go, without the .docx. */
  withDocx?: boolean;
}

export function emailText(f: EmailFacts): { subject: string; text: string } {
  const doc = `${DOC_TYPE_LABELS[f.type]} số ${f.numberText} ngày ${formatCitationDate(f.issuedDate)}`;
  const title = f.title.trim().replace(/[.;:]+$/, '');
  const subject = title ? `${DOC_TYPE_LABELS[f.type]} số ${f.numberText}: ${title}` : doc;
  const about = title ? ` về ${lowerFirst(title)}` : '';
  const text = [
    ...(f.unitName.trim() ? [`Kính gửi: ${f.unitName.trim()}.`, ''] : []),
    `Xin gửi kèm theo thư này ${doc}${about}.`,
    '',
    ...(f.withDocx === false ? [] : [`Tệp đính kèm: ${f.fileName} (văn bản Word).`]),
    ...(f.signedFiles ?? []).map((name) => `Tệp đính kèm: ${name} (bản quét văn bản đã ký).`),
    '',
    'Trân trọng.',
    '',
  ].join('\n');
  return { subject, text: text.normalize('NFC') };
}

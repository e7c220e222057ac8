// An issued document as an e-mail draft (.eml) with the .docx and/or the scans of the signed copy
// attached. "X-Unsent: 1" makes Outlook open it as a new message to complete and send; other mail
// programs open it as a message they can forward. The MIME work (encoded Vietnamese subject and file
// names, base64 attachments) is nodemailer's MailComposer.
import MailComposer from 'nodemailer/lib/mail-composer';
import { emailText, type EmailFacts } from '../../../shared/documents/email-text';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** One attached file: the issued .docx (no mime, no signed flag) or a signed scan. */
export interface EmailFile { fileName: string; bytes: Uint8Array; mime?: string; signed?: boolean }

export async function emailDraft(facts: EmailFacts, files: EmailFile[], date: Date): Promise<Uint8Array> {
  const { subject, text } = emailText({
    ...facts,
    withDocx: files.some((f) => !f.signed),
    signedFiles: files.filter((f) => f.signed).map((f) => f.fileName),
  });
  // nodemailer's address parser takes "," between addresses; secretaries also type ";".
  const to = facts.to.split(/[;,]/).map((a) => a.trim()).filter(Boolean);
  const mail = new MailComposer({
    ...(to.length ? { to } : {}),
    subject,
    text,
    date,
    headers: { 'X-Unsent': '1' },
    attachments: files.map((f) => ({ filename: f.fileName, content: Buffer.from(f.bytes), contentType: f.mime ?? DOCX_MIME })),
  });
  return new Uint8Array(await mail.compile().build());
}

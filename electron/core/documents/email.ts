// An issued document as an e-mail draft (.eml) with the .docx attached. "X-Unsent: 1" makes
// Outlook open it as a new message to complete and send; other mail programs open it as a
// message they can forward. The MIME work (encoded Vietnamese subject and file name, base64
// attachment) is nodemailer's MailComposer.
import MailComposer from 'nodemailer/lib/mail-composer';
import { emailText, type EmailFacts } from '../../../shared/documents/email-text';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function emailDraft(facts: EmailFacts, docx: Uint8Array, date: Date): Promise<Uint8Array> {
  const { subject, text } = emailText(facts);
  // nodemailer's address parser takes "," between addresses; secretaries also type ";".
  const to = facts.to.split(/[;,]/).map((a) => a.trim()).filter(Boolean);
  const mail = new MailComposer({
    ...(to.length ? { to } : {}),
    subject,
    text,
    date,
    headers: { 'X-Unsent': '1' },
    attachments: [{ filename: facts.fileName, content: Buffer.from(docx), contentType: DOCX_MIME }],
  });
  return new Uint8Array(await mail.compile().build());
}

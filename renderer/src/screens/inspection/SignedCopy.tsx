// The signed copy on file (issue 8, item 4): for each issued document, whether it is signed and sent,
// the scans of the signed paper (attached from a file, checked by content in the core, opened from
// the data folder), the signing and sending dates and the addressee, and the e-mail draft with the
// signed scan, the .docx or both.
import { Anchor, Badge, Button, FileButton, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { DOC_TYPE_LABELS } from '../../../../shared/documents/fields';
import type { DocumentRecord, EmailAttach, SavedFile, SignedCopy as Scan } from '../../../../shared/documents/types';
import { isoToDisplay } from '../../../../shared/vi/dates';
import { api, unwrap } from '../../api';
import { DateField } from '../../components/DateField';
import { ErrorNote } from '../../components/ErrorNote';
import { SavedFileNote } from '../../components/SavedFileNote';
import { fileToBase64 } from '../../files';
import { RemoveScanButton } from './RemoveScanButton';

/** What the file chooser offers; the core decides by content, whatever the name says. */
const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const KIND: Record<Scan['mime'], string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** Every issued document of the inspection, newest first, with what happened to it after printing. */
export function SignedCopies({ docs, reload }: { docs: DocumentRecord[]; reload: () => void }) {
  if (docs.length === 0) return null;
  const newestFirst = [...docs].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Paper withBorder p="md" data-testid="signed-copies">
      <Stack gap="sm">
        <Title order={4}>Bản đã ký và gửi đi</Title>
        <Text size="sm" c="dimmed">
          Sau khi in và ký, đính kèm bản quét (PDF, JPEG hoặc PNG, tối đa 25 MB) để lưu cùng hồ sơ; ghi ngày ký, ngày gửi và nơi nhận.
        </Text>
        {newestFirst.map((d) => <SignedCopyRow key={d.id} doc={d} reload={reload} />)}
      </Stack>
    </Paper>
  );
}

function SignedCopyRow({ doc, reload }: { doc: DocumentRecord; reload: () => void }) {
  const d = doc.dispatch;
  // What she types stays here until saved; a refused save keeps it on the screen with the message.
  const [signedDate, setSignedDate] = useState(d.signedDate);
  const [sentDate, setSentDate] = useState(d.sentDate);
  const [sentTo, setSentTo] = useState(d.sentTo);
  // A field follows the record only when the record changed (after a save), never over other typing.
  useEffect(() => setSignedDate(d.signedDate), [d.signedDate]);
  useEffect(() => setSentDate(d.sentDate), [d.sentDate]);
  useEffect(() => setSentTo(d.sentTo), [d.sentTo]);
  // A date typed that is not a date yet ("31/02"): kept in its field with its message, and nothing is saved.
  const [drafts, setDrafts] = useState<{ signed?: string; sent?: string }>({});
  const invalid = drafts.signed !== undefined || drafts.sent !== undefined;
  const [attach, setAttach] = useState<EmailAttach>('signed');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const changed = !invalid && (signedDate !== d.signedDate || sentDate !== d.sentDate || sentTo.trim() !== d.sentTo);
  const signed = d.signedCopies.length > 0;

  const run = async (what: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await what();
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const attachFile = (file: File | null) => file && run(async () => {
    await unwrap(api().documents.attachSigned({ documentId: doc.id, fileName: file.name, base64: await fileToBase64(file), signedDate: drafts.signed === undefined ? signedDate : null }));
  });
  const saveDates = () => run(() => unwrap(api().documents.setDispatch({ documentId: doc.id, signedDate, sentDate, sentTo })));
  const email = () => run(async () => setSaved(await unwrap(api().documents.saveEmail({ id: doc.id, attach: signed ? attach : 'docx' }))));

  return (
    <Paper withBorder p="sm" data-testid="signed-copy" data-document={doc.numberText}>
      <Stack gap={8}>
        <Group gap="xs">
          <Text fw={600}>{DOC_TYPE_LABELS[doc.type]} số {doc.numberText} ngày {isoToDisplay(doc.issuedDate)}</Text>
          <Text size="sm" c="dimmed">(phiên bản {doc.version})</Text>
          {signed
            ? <Badge color="green" variant="light" data-testid="signed-status">Đã có bản ký{d.signedDate ? ` ngày ${isoToDisplay(d.signedDate)}` : ''}</Badge>
            : <Badge color="red" variant="light" data-testid="signed-status">Chưa có bản đã ký{d.signedDate ? ` (đã ghi ngày ký ${isoToDisplay(d.signedDate)})` : ''}</Badge>}
          {d.sentDate
            ? <Badge color="green" variant="light" data-testid="sent-status">Đã gửi ngày {isoToDisplay(d.sentDate)}</Badge>
            : <Badge color="orange" variant="light" data-testid="sent-status">Chưa gửi</Badge>}
        </Group>
        <Group gap="xs">
          <FileButton onChange={attachFile} accept={ACCEPT}>
            {(props) => <Button {...props} size="xs" variant="light" loading={busy}>Đính kèm bản quét đã ký…</Button>}
          </FileButton>
          {d.signedCopies.map((c) => (
            <Group key={c.id} gap={2} data-testid="signed-scan">
              <Anchor component="button" type="button" size="sm" title={`SHA-256 ${c.sha256}`}
                onClick={() => run(() => unwrap(api().documents.openSigned({ id: c.id })))}>
                {c.fileName} ({KIND[c.mime]}, {sizeText(c.size)})
              </Anchor>
              <RemoveScanButton id={c.id} fileName={c.fileName} owner={`${DOC_TYPE_LABELS[doc.type]} số ${doc.numberText}`}
                remove={() => unwrap(api().documents.removeSigned({ id: c.id }))} onChanged={reload}
                note={d.signedDate
                  ? <Text size="sm">Ngày ký đã ghi ({isoToDisplay(d.signedDate)}) được giữ nguyên; sửa ở ô "Ngày ký" nếu cần.</Text>
                  : undefined} />
            </Group>
          ))}
        </Group>
        <Group align="flex-start" gap="sm">
          <DateField label="Ngày ký" value={signedDate} onChange={setSignedDate} testId="signed-date"
            draft={drafts.signed} onDraft={(t) => setDrafts((x) => ({ ...x, signed: t ?? undefined }))} />
          <DateField label="Ngày gửi" value={sentDate} onChange={setSentDate} testId="sent-date"
            draft={drafts.sent} onDraft={(t) => setDrafts((x) => ({ ...x, sent: t ?? undefined }))} />
          <TextInput label="Gửi tới" placeholder="UBND huyện…; Sở Nội vụ" value={sentTo} onChange={(e) => setSentTo(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 220 }} />
          <Button mt={25} size="sm" variant={changed ? 'filled' : 'default'} disabled={!changed} loading={busy} onClick={saveDates}>Lưu ngày ký, ngày gửi</Button>
        </Group>
        <Group gap="xs">
          <Text size="sm">Thư điện tử (.eml) đính kèm:</Text>
          <SegmentedControl size="xs" value={signed ? attach : 'docx'} onChange={(v) => setAttach(v as EmailAttach)} disabled={!signed}
            data={[{ value: 'signed', label: 'Bản đã ký' }, { value: 'docx', label: 'Văn bản Word' }, { value: 'both', label: 'Cả hai' }]} />
          <Button size="xs" variant="default" loading={busy} onClick={email}>Lưu thư nháp</Button>
        </Group>
        <ErrorNote error={error} testId="signed-error" />
        {saved && <SavedFileNote file={saved} onClose={() => setSaved(null)} />}
      </Stack>
    </Paper>
  );
}

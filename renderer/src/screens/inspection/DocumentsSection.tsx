// The documents of this inspection: a draft at any time, issuing with the next number (frozen
// afterwards), every issued version, and saving/opening the .docx.
import { Alert, Badge, Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DOC_TYPE_LABELS, DOC_TYPES, type DocType } from '../../../../shared/documents/fields';
import type { DocumentRecord, SavedFile } from '../../../../shared/documents/types';
import { isoToDisplay } from '../../../../shared/vi/dates';
import { api, unwrap } from '../../api';
import { DateField } from '../../components/DateField';
import { SavedFileNote } from '../../components/SavedFileNote';
import { Cell, VirtualRows } from '../../components/VirtualRows';
import { useLoad } from '../../hooks/useLoad';
import { DocumentOptions } from './DocumentOptions';
import type { SectionProps } from './types';

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** savedCount grows with each save of the record: what the core derives from it (warnings, "changed since issued") is re-read. */
export function DocumentsSection(props: SectionProps & { flush: () => Promise<void>; savedCount: number }) {
  const { value } = props;
  const docs = useLoad(() => unwrap(api().documents.list({ inspectionId: value.id })), [value.id, props.savedCount]);
  return (
    <Stack>
      {DOC_TYPES.map((type) => (
        <DocumentPanel key={type} type={type} inspectionId={value.id} flush={props.flush}
          // Minutes are signed at the closing meeting; a conclusion is issued later (today by default).
          defaultDate={type === 'minutes' ? value.meetingDate ?? value.dateTo ?? todayIso() : todayIso()}
          issued={(docs.data ?? []).filter((d) => d.type === type)} reload={docs.reload} savedCount={props.savedCount} />
      ))}
      {docs.error && <Alert color="red">{docs.error}</Alert>}
      <DocumentOptions value={value} set={props.set} />
    </Stack>
  );
}

function DocumentPanel({ type, inspectionId, issued, reload, flush, defaultDate, savedCount }: {
  type: DocType; inspectionId: string; issued: DocumentRecord[]; reload: () => void; flush: () => Promise<void>; defaultDate: string; savedCount: number;
}) {
  const label = DOC_TYPE_LABELS[type];
  const [date, setDate] = useState<string | null>(defaultDate);
  const next = useLoad(() => unwrap(api().documents.nextNumber({ inspectionId, type, issuedDate: date ?? undefined })), [inspectionId, type, issued.length, date, savedCount]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const [confirm, setConfirm] = useState(false);
  const latest = issued.at(-1);

  const run = async (what: () => Promise<SavedFile | null>) => {
    setBusy(true);
    setError(null);
    try {
      await flush(); // documents are made from what is saved
      const f = await what();
      if (f) setSaved(f);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      reload();
    }
  };
  const issue = () => run(async () => {
    setConfirm(false);
    const doc = await unwrap(api().documents.issue({ inspectionId, type, issuedDate: date! }));
    return unwrap(api().documents.saveIssued({ id: doc.id }));
  });

  return (
    <Paper withBorder p="md" data-testid={`doc-${type}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{label}</Title>
          {latest?.stale && <Badge color="orange" variant="light">Hồ sơ đã thay đổi sau khi ban hành</Badge>}
        </Group>
        <Group align="flex-end">
          <Button variant="default" loading={busy} onClick={() => run(() => unwrap(api().documents.saveDraft({ inspectionId, type })))}>
            Lưu bản dự thảo (.docx)
          </Button>
          <DateField label="Ngày ban hành" value={date} onChange={setDate} />
          <Button loading={busy} disabled={!date || !next.data} onClick={() => setConfirm(true)}>
            {latest ? 'Ban hành phiên bản mới' : 'Ban hành (lấy số)'}
          </Button>
          <Text size="sm" c="dimmed">{next.data ? `Số tiếp theo: ${next.data.numberText}` : next.error}</Text>
        </Group>
        {next.data && next.data.warnings.length > 0 && (
          <Alert color="yellow" title="Còn thiếu trong hồ sơ (văn bản để dấu chấm hoặc bỏ qua phần đó)" data-testid="doc-warnings">
            <List size="sm">{next.data.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}</List>
          </Alert>
        )}
        {error && <Alert color="red" style={{ whiteSpace: 'pre-line' }} data-testid="doc-error">{error}</Alert>}
        {saved && <SavedFileNote file={saved} onClose={() => setSaved(null)} />}
        {issued.length > 0 && (
          // Every version ever issued stays in the register: a list that only grows.
          <VirtualRows rows={issued} rowKey={(d) => d.id} columns="150px 110px 150px minmax(0, 1fr) 120px 290px" estimate={50} height="360px"
            headers={['Số', 'Ngày', 'Phiên bản', 'Mẫu', 'Mã kiểm tra', '']} testId={`issued-${type}`} rowTestId="issued-row"
            render={(d) => (
              <>
                <Cell>{d.numberText}</Cell>
                <Cell>{isoToDisplay(d.issuedDate)}</Cell>
                <Cell>{d.version}{d.stale ? '' : ' (khớp hồ sơ)'}</Cell>
                <Cell>{d.templateName}</Cell>
                <Cell><Text size="xs" ff="monospace" title={d.sha256}>{d.sha256.slice(0, 12)}</Text></Cell>
                <Cell>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => run(() => unwrap(api().documents.saveIssued({ id: d.id })))}>Lưu .docx</Button>
                    <Button size="xs" variant="default" title="Thư nháp có đính kèm văn bản, mở bằng Outlook để thêm người nhận rồi gửi"
                      onClick={() => run(() => unwrap(api().documents.saveEmail({ id: d.id })))}>Thư điện tử (.eml)</Button>
                  </Group>
                </Cell>
              </>
            )} />
        )}
      </Stack>
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={`Ban hành ${label.toLowerCase()}`}>
        <Stack>
          <Text>
            Văn bản sẽ mang số <b>{next.data?.numberText}</b>, ngày {date ? isoToDisplay(date) : ''}, và được lưu cố định cùng mã kiểm tra.
            Sau khi ban hành, văn bản không bị thay đổi; nếu hồ sơ sửa sau đó, hãy ban hành phiên bản mới.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>Hủy</Button>
            <Button onClick={issue}>Ban hành</Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

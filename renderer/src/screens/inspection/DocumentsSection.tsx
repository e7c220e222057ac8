// The documents of this inspection: a draft at any time, issuing with the next number (frozen
// afterwards), every issued version, and saving/opening the .docx. Before issuing, the tab lists what
// stands in the way (shared/documents/issue-checks.ts): missing facts, each with a link to where it is
// typed, dates refused, and points to confirm ("Tôi đã kiểm tra, vẫn ban hành").
import { Alert, Badge, Button, Checkbox, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DOC_TYPE_LABELS, DOC_TYPES, type DocType } from '../../../../shared/documents/fields';
import type { IssueCheck, IssuePreview } from '../../../../shared/documents/issue-checks';
import type { DocumentRecord, SavedFile } from '../../../../shared/documents/types';
import type { Inspection } from '../../../../shared/records';
import { isoToDisplay, localToday } from '../../../../shared/vi/dates';
import { api, unwrap } from '../../api';
import { DateField } from '../../components/DateField';
import { describeFailure, ErrorNote } from '../../components/ErrorNote';
import { SavedFileNote } from '../../components/SavedFileNote';
import { Cell, VirtualRows } from '../../components/VirtualRows';
import { useLoad } from '../../hooks/useLoad';
import { DocumentOptions } from './DocumentOptions';
import { SignedCopies } from './SignedCopy';
import { PaperActions, PreviewButton } from './DocumentPaper';
import { ItemLink, WhereLink, type OpenTab } from './openWhere';
import type { SectionProps } from './types';

/** savedCount grows with each save of the record: what the core derives from it (warnings, "changed since issued") is re-read. */
export function DocumentsSection(props: SectionProps & { flush: () => Promise<void>; savedCount: number; openTab: OpenTab }) {
  const { value } = props;
  const docs = useLoad(() => unwrap(api().documents.list({ inspectionId: value.id })), [value.id, props.savedCount]);
  return (
    <Stack>
      {DOC_TYPES.map((type) => (
        <DocumentPanel key={type} type={type} value={value} set={props.set} flush={props.flush} openTab={props.openTab}
          issued={(docs.data ?? []).filter((d) => d.type === type)} reload={docs.reload} savedCount={props.savedCount} />
      ))}
      <ErrorNote error={docs.error} />
      <SignedCopies docs={docs.data ?? []} reload={docs.reload} />
      <DocumentOptions value={value} set={props.set} />
    </Stack>
  );
}

function DocumentPanel({ type, value, set, issued, reload, flush, savedCount, openTab }: {
  type: DocType; value: Inspection; set: SectionProps['set']; issued: DocumentRecord[]; reload: () => void; flush: () => Promise<void>;
  savedCount: number; openTab: OpenTab;
}) {
  const label = DOC_TYPE_LABELS[type];
  const inspectionId = value.id;
  // Minutes are signed at the closing meeting; a conclusion is issued later (today by default). The
  // date she picks is kept with the inspection until the document is issued.
  const defaultDate = type === 'minutes' ? value.meetingDate ?? value.dateTo ?? localToday() : localToday();
  const pending = value.docOptions.pendingDates?.[type];
  const date = pending === undefined ? defaultDate : pending;
  const setDate = (d: string | null) => set({ docOptions: { ...value.docOptions, pendingDates: { ...value.docOptions.pendingDates, [type]: d } } });
  const clearDate = () => {
    const { [type]: _done, ...rest } = value.docOptions.pendingDates ?? {};
    set({ docOptions: { ...value.docOptions, pendingDates: rest } });
  };
  const next = useLoad<IssuePreview>(
    () => unwrap(api().documents.nextNumber({ inspectionId, type, issuedDate: date ?? undefined })), [inspectionId, type, issued.length, date, savedCount],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [checked, setChecked] = useState(false);
  const latest = issued.at(-1);
  const p = next.data;
  const blocked = !p || p.missing.length > 0 || p.refusals.length > 0;
  const checks: IssueCheck[] = p?.checks ?? [];

  const run = async (what: () => Promise<SavedFile | null>) => {
    setBusy(true);
    setError(null);
    try {
      await flush(); // documents are made from what is saved
      const f = await what();
      if (f) setSaved(f);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      reload();
    }
  };
  const issue = () => run(async () => {
    setConfirm(false);
    // Exactly the points she saw and confirmed: a point that appeared since is refused by the core.
    const doc = await unwrap(api().documents.issue({ inspectionId, type, issuedDate: date!, acceptWarnings: checks.map((c) => c.key) }));
    clearDate();
    return unwrap(api().documents.saveIssued({ id: doc.id }));
  });
  const openConfirm = () => {
    setChecked(false);
    setConfirm(true);
  };

  return (
    <Paper withBorder p="md" data-testid={`doc-${type}`} data-paper-panel>
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
          <Button loading={busy} disabled={!date || blocked} onClick={openConfirm}>
            {latest ? 'Ban hành phiên bản mới' : 'Ban hành (lấy số)'}
          </Button>
          <Text size="sm" c="dimmed">{p ? `Số tiếp theo: ${p.numberText}` : null}</Text>
        </Group>
        <PaperActions type={type} inspectionId={inspectionId} latest={latest} date={date} copies={value.docOptions.copies}
          flush={flush} openTab={openTab} campaignId={value.campaignId} />
        <ErrorNote error={next.error} testId="doc-preview-error">
          {/* The issuing side is typed on the campaign: take her there rather than only name the screen. */}
          {next.error != null && describeFailure(next.error).code === 'SETTINGS_MISSING' && (
            <WhereLink where={{ screen: 'issuer', label: 'Tỉnh, thành phố' }} openTab={openTab} campaignId={value.campaignId} />
          )}
        </ErrorNote>
        {p && p.missing.length > 0 && (
          <Alert color="red" title="Cần bổ sung trước khi ban hành (bản dự thảo để dấu chấm ở các chỗ này)" data-testid="doc-missing">
            <List size="sm">
              {p.missing.map((m) => <ItemLink key={m.field} text={m.label} where={m.where} openTab={openTab} campaignId={value.campaignId} />)}
            </List>
          </Alert>
        )}
        {p && p.refusals.length > 0 && (
          <Alert color="red" title="Không ban hành được với ngày đã chọn" data-testid="doc-refusals">
            <List size="sm">{p.refusals.map((r) => <List.Item key={r}>{r}</List.Item>)}</List>
          </Alert>
        )}
        {checks.length > 0 && (
          <Alert color="orange" title="Cần kiểm tra lại trước khi ban hành" data-testid="doc-checks">
            <List size="sm">
              {checks.map((c) => <ItemLink key={c.key} text={c.text} where={c.where} openTab={openTab} campaignId={value.campaignId} />)}
            </List>
            <Text size="xs" mt={6}>Sửa lại nếu có sai sót; nếu số liệu đúng như hồ sơ, xác nhận khi ban hành.</Text>
          </Alert>
        )}
        {p && p.warnings.length > 0 && (
          <Alert color="yellow" title="Lưu ý (văn bản bỏ qua các phần này)" data-testid="doc-warnings">
            <List size="sm">{p.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}</List>
          </Alert>
        )}
        <ErrorNote error={error} testId="doc-error" />
        {saved && <SavedFileNote file={saved} onClose={() => setSaved(null)} />}
        {issued.length > 0 && (
          // Every version ever issued stays in the register: a list that only grows.
          <VirtualRows rows={issued} rowKey={(d) => d.id} columns="150px 110px 150px minmax(0, 1fr) 120px 340px" estimate={50} height="360px"
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
                    <PreviewButton id={d.id} flush={flush} openTab={openTab} campaignId={value.campaignId} />
                    <Button size="xs" variant="light" onClick={() => run(() => unwrap(api().documents.saveIssued({ id: d.id })))}>Lưu .docx</Button>
                    <Button size="xs" variant="default" title="Thư nháp có đính kèm văn bản, mở bằng Outlook để thêm người nhận rồi gửi"
                      onClick={() => run(() => unwrap(api().documents.saveEmail({ id: d.id })))}>Thư điện tử (.eml)</Button>
                  </Group>
                </Cell>
              </>
            )} />
        )}
      </Stack>
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={`Ban hành ${label.toLowerCase()}`} size="lg">
        <Stack>
          <Text>
            Văn bản sẽ mang số <b>{p?.numberText}</b>, ngày {date ? isoToDisplay(date) : ''}, và được lưu cố định cùng mã kiểm tra.
            Sau khi ban hành, văn bản không bị thay đổi; nếu hồ sơ sửa sau đó, hãy ban hành phiên bản mới.
          </Text>
          {checks.length > 0 && (
            <Alert color="orange" title="Các điểm cần kiểm tra lại">
              <List size="sm">{checks.map((c) => <List.Item key={c.key}>{c.text}</List.Item>)}</List>
              <Checkbox mt="sm" label="Tôi đã kiểm tra, vẫn ban hành" checked={checked} onChange={(e) => setChecked(e.currentTarget.checked)} />
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>Hủy</Button>
            <Button onClick={issue} disabled={checks.length > 0 && !checked}>Ban hành</Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

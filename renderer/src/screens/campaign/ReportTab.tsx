// The campaign's own documents (tab "Báo cáo, đôn đốc"): the summary report, drafted at any time and
// issued with the next number; the units with overdue recommendations, each with its reminder
// letter; and every campaign document issued, to save again.
import { Alert, Button, Group, List, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CampaignDocRecord, CampaignIssuePreview, OverdueUnit } from '../../../../shared/campaign-report/types';
import type { CampaignDocKind } from '../../../../shared/campaign-report/kinds';
import type { SavedFile } from '../../../../shared/documents/types';
import { isoToDisplay, localToday } from '../../../../shared/vi/dates';
import { formatCount } from '../../../../shared/vi/numbers';
import { api, unwrap } from '../../api';
import { DateField } from '../../components/DateField';
import { ErrorNote } from '../../components/ErrorNote';
import { SavedFileNote } from '../../components/SavedFileNote';
import { useLoad } from '../../hooks/useLoad';

interface Target { kind: CampaignDocKind; unitId?: string; unitName?: string }

export function ReportTab({ campaignId }: { campaignId: string }) {
  const [date, setDate] = useState<string | null>(localToday());
  const [reportBy, setReportBy] = useState<string | null>(null);
  const [target, setTarget] = useState<Target>({ kind: 'report' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const [confirm, setConfirm] = useState(false);
  const docs = useLoad(() => unwrap(api().campaignDocs.list({ campaignId })), [campaignId]);
  const overdue = useLoad<OverdueUnit[]>(() => unwrap(api().campaignDocs.overdueUnits({ campaignId, today: date ?? undefined })), [campaignId, date, docs.data?.length]);
  const req = { campaignId, kind: target.kind, ...(target.unitId ? { unitId: target.unitId } : {}), ...(date ? { issuedDate: date } : {}),
    ...(target.kind === 'reminder' && reportBy ? { reportBy } : {}) };
  const next = useLoad<CampaignIssuePreview>(() => unwrap(api().campaignDocs.nextNumber(req)),
    [campaignId, target.kind, target.unitId, date, reportBy, docs.data?.length]);
  const p = next.data;

  const run = async (what: () => Promise<SavedFile>) => {
    setBusy(true);
    setError(null);
    try {
      setSaved(await what());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      docs.reload();
    }
  };
  const draft = () => run(() => unwrap(api().campaignDocs.saveDraft(req)));
  const issue = () => run(async () => {
    setConfirm(false);
    const doc = await unwrap(api().campaignDocs.issue({ ...req, issuedDate: date! }));
    return unwrap(api().campaignDocs.saveIssued({ id: doc.id }));
  });
  const what = target.kind === 'report' ? 'Báo cáo kết quả kiểm tra của đợt' : `Công văn đôn đốc gửi ${target.unitName ?? ''}`;

  return (
    <Stack>
      <Paper withBorder p="md" data-testid="campaign-doc-panel">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={4}>{what}</Title>
            {target.kind === 'reminder' && <Button variant="subtle" size="xs" onClick={() => setTarget({ kind: 'report' })}>Quay lại báo cáo</Button>}
          </Group>
          <Text size="sm" c="dimmed">
            {target.kind === 'report'
              ? 'Đơn vị đã kiểm tra so với kế hoạch, ưu điểm và tồn tại theo lĩnh vực, số liệu của các đơn vị kèm tổng cộng và tỷ lệ, biểu đồ, tình hình thực hiện kiến nghị, kiến nghị của các đơn vị.'
              : 'Các kiến nghị đã quá thời hạn khắc phục, kèm thời hạn và thông báo kết luận, và hạn báo cáo kết quả.'}
          </Text>
          <Group align="flex-end">
            <Button variant="default" loading={busy} onClick={draft}>Lưu bản dự thảo (.docx)</Button>
            <DateField label="Ngày ban hành" value={date} onChange={setDate} />
            {target.kind === 'reminder' && <DateField label="Hạn báo cáo" value={reportBy} onChange={setReportBy} />}
            <Button loading={busy} disabled={!date || !p || p.missing.length > 0} onClick={() => setConfirm(true)}>Ban hành (lấy số)</Button>
            <Text size="sm" c="dimmed">{p ? `Số tiếp theo: ${p.numberText}` : null}</Text>
          </Group>
          <ErrorNote error={next.error} />
          {p && p.missing.length > 0 && (
            <Alert color="red" title="Chưa ban hành được" data-testid="campaign-doc-missing">
              <List size="sm">{p.missing.map((m) => <List.Item key={m}>{m}</List.Item>)}</List>
            </Alert>
          )}
          {p && p.warnings.length > 0 && (
            <Alert color="yellow" title="Lưu ý">
              <List size="sm">{p.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}</List>
            </Alert>
          )}
          <ErrorNote error={error} />
          {saved && <SavedFileNote file={saved} onClose={() => setSaved(null)} />}
        </Stack>
      </Paper>

      <Modal opened={confirm} onClose={() => setConfirm(false)} title="Ban hành văn bản">
        <Stack>
          <Text size="sm">
            {what} sẽ mang số <b>{p?.numberText}</b>, ngày {date ? isoToDisplay(date) : ''}, và được lưu cố định vào sổ đăng ký.
            Số đã lấy không dùng lại được; khi hồ sơ thay đổi, ban hành phiên bản mới.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>Để sau</Button>
            <Button loading={busy} onClick={issue}>Ban hành</Button>
          </Group>
        </Stack>
      </Modal>

      <Paper withBorder p="md" data-testid="overdue-units">
        <Title order={4} mb="xs">Đơn vị có kiến nghị quá hạn{date ? ` (đến ngày ${isoToDisplay(date)})` : ''}</Title>
        <ErrorNote error={overdue.error} />
        {overdue.data && overdue.data.length === 0 && <Text size="sm" c="dimmed">Không có đơn vị nào có kiến nghị quá hạn.</Text>}
        {overdue.data && overdue.data.length > 0 && (
          <Table>
            <Table.Thead><Table.Tr><Table.Th>Đơn vị</Table.Th><Table.Th>Kiến nghị quá hạn</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {overdue.data.map((u) => (
                <Table.Tr key={u.unitId}>
                  <Table.Td>{u.unitName}</Table.Td>
                  <Table.Td>{formatCount(u.overdue)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setTarget({ kind: 'reminder', unitId: u.unitId, unitName: u.unitName })}>
                      Công văn đôn đốc
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <Paper withBorder p="md" data-testid="campaign-docs-issued">
        <Title order={4} mb="xs">Văn bản đã ban hành của đợt</Title>
        <ErrorNote error={docs.error} />
        {docs.data && docs.data.length === 0 && <Text size="sm" c="dimmed">Chưa ban hành văn bản nào.</Text>}
        {docs.data && docs.data.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr><Table.Th>Số</Table.Th><Table.Th>Ngày</Table.Th><Table.Th>Loại</Table.Th><Table.Th>Gửi</Table.Th><Table.Th /></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {docs.data.map((d: CampaignDocRecord) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.numberText}</Table.Td>
                  <Table.Td>{isoToDisplay(d.issuedDate)}</Table.Td>
                  <Table.Td>{d.kind === 'report' ? `Báo cáo (phiên bản ${d.version})` : 'Công văn đôn đốc'}</Table.Td>
                  <Table.Td>{d.unitName}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => run(() => unwrap(api().campaignDocs.saveIssued({ id: d.id })))}>Lưu .docx</Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}

// Word templates: which one is in use, a copy to edit in Word, importing an edited one (checked
// first, with a Vietnamese report), going back to the built-in one, and the field reference.
import { Alert, Badge, Button, CopyButton, FileButton, Group, List, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FIELDS, placeholder } from '../../../shared/documents/fields';
import { CAMPAIGN_FIELDS } from '../../../shared/campaign-report/kinds';
import type { SavedFile, TemplateReport } from '../../../shared/documents/types';
import { isCampaignTemplate, TEMPLATE_LABELS, TEMPLATE_TYPES, type TemplateType } from '../../../shared/documents/template-rules';
import { api, unwrap } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { SavedFileNote } from '../components/SavedFileNote';
import { fileToBase64 } from '../files';
import { useLoad } from '../hooks/useLoad';

export function TemplatesScreen() {
  const { data: list, error, reload } = useLoad(() => unwrap(api().templates.list({})), []);
  return (
    <Stack maw={1100}>
      <Title order={2}>Mẫu văn bản</Title>
      <Text size="sm" c="dimmed">
        BienBan điền các mẫu Word (.docx). Muốn sửa mẫu: lưu một bản sao, sửa trong Word (giữ nguyên các trường dạng {'{{ten_truong}}'}),
        rồi nhập lại. Mẫu được kiểm tra trước khi dùng; mẫu lỗi không bao giờ được dùng.
      </Text>
      <ErrorNote error={error} title="Không đọc được danh sách mẫu" />
      {TEMPLATE_TYPES.map((type) => (
        <TemplatePanel key={type} type={type} info={list?.find((t) => t.type === type)} reload={reload} />
      ))}
      <FieldReference />
    </Stack>
  );
}

function TemplatePanel({ type, info, reload }: { type: TemplateType; info?: { source: string; name: string; importedAt: string | null }; reload: () => void }) {
  const [report, setReport] = useState<TemplateReport | null>(null);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const guard = async (fn: () => Promise<void>) => {
    setMessage(null);
    setFailure(null);
    try { await fn(); } catch (e) { setFailure(e); } finally { reload(); }
  };
  const importFile = (file: File | null) => file && guard(async () => {
    if (file.size > 10 * 1024 * 1024) throw new Error('Tệp mẫu quá lớn (trên 10 MB).');
    const r = await unwrap(api().templates.import({ type, fileName: file.name, base64: await fileToBase64(file) }));
    setReport(r);
    setMessage(r.ok ? { color: 'green', text: `Đã nhận mẫu "${file.name}" và sẽ dùng từ bây giờ.` } : { color: 'red', text: `Mẫu "${file.name}" có lỗi nên không được dùng.` });
  });
  return (
    <Paper withBorder p="md" data-testid={isCampaignTemplate(type) ? `template-campaign-${type}` : `template-${type}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{TEMPLATE_LABELS[type]}</Title>
          {info && <Badge variant="light" color={info.source === 'user' ? 'indigo' : 'gray'}>{info.source === 'user' ? `Mẫu riêng: ${info.name}` : 'Mẫu gốc của BienBan'}</Badge>}
        </Group>
        <Group>
          <Button variant="default" onClick={() => guard(async () => setSaved(await unwrap(api().templates.saveCopy({ type }))))}>Lưu bản sao để sửa trong Word</Button>
          <FileButton onChange={importFile} accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
            {(p) => <Button {...p}>Nhập mẫu đã sửa…</Button>}
          </FileButton>
          {info?.source === 'user' && (
            <Button variant="subtle" color="red" onClick={() => guard(async () => { await unwrap(api().templates.reset({ type })); setReport(null); setMessage({ color: 'green', text: 'Đã dùng lại mẫu gốc.' }); })}>
              Dùng lại mẫu gốc
            </Button>
          )}
        </Group>
        {message && <Alert color={message.color} data-testid="template-message">{message.text}</Alert>}
        <ErrorNote error={failure} testId="template-message" />
        {saved && <SavedFileNote file={saved} onClose={() => setSaved(null)} />}
        {report && <ReportView report={report} />}
      </Stack>
    </Paper>
  );
}

function ReportView({ report }: { report: TemplateReport }) {
  return (
    <Stack gap="xs" data-testid="template-report">
      {report.problems.length > 0 && (
        <Alert color="red" title="Lỗi (phải sửa)"><List size="sm">{report.problems.map((p) => <List.Item key={p}>{p}</List.Item>)}</List></Alert>
      )}
      {report.unknown.length > 0 && (
        <Alert color="orange" title="Trường không nhận ra">
          <List size="sm">
            {report.unknown.map((u) => (
              <List.Item key={u.field}>{placeholder(u.field)}{u.suggestion ? ` — có phải là ${placeholder(u.suggestion)}? (hay gặp khi gõ với bộ gõ tiếng Việt đang bật)` : ''}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {report.missing.length > 0 && <Alert color="red" title="Thiếu trường bắt buộc">{report.missing.map(placeholder).join(', ')}</Alert>}
      {report.warnings.length > 0 && (
        <Alert color="yellow" title="Lưu ý"><List size="sm">{report.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}</List></Alert>
      )}
      <Text size="sm">Các trường tìm thấy: {report.fields.length ? report.fields.map(placeholder).join(', ') : 'không có'}</Text>
    </Stack>
  );
}

/** The fields a template of this kind may hold: the inspection documents' list or the campaign documents' own. */
function fieldsOf(t: TemplateType): { key: string; kind: string; label: string; example: string; requiredIn: readonly string[] }[] {
  return isCampaignTemplate(t) ? CAMPAIGN_FIELDS.filter((f) => f.docs.includes(t)) : FIELDS.filter((f) => f.docs.includes(t));
}

function FieldReference() {
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="xs">Danh sách trường</Title>
      <Text size="sm" c="dimmed" mb="xs">Bấm “Sao chép” rồi dán vào Word. Trường “khối” phải nằm một mình trong một đoạn.</Text>
      <Tabs defaultValue="minutes">
        <Tabs.List>{TEMPLATE_TYPES.map((t) => <Tabs.Tab key={t} value={t}>{TEMPLATE_LABELS[t]}</Tabs.Tab>)}</Tabs.List>
        {TEMPLATE_TYPES.map((t) => (
          <Tabs.Panel key={t} value={t} pt="xs">
            <Table striped>
              <Table.Thead><Table.Tr><Table.Th>Trường</Table.Th><Table.Th>Nội dung</Table.Th><Table.Th>Ví dụ</Table.Th><Table.Th /></Table.Tr></Table.Thead>
              <Table.Tbody>
                {fieldsOf(t).map((f) => (
                  <Table.Tr key={f.key}>
                    <Table.Td><Text ff="monospace" size="sm">{placeholder(f.key)}</Text></Table.Td>
                    <Table.Td>
                      <Text size="sm">{f.label}</Text>
                      <Group gap={4}>
                        {f.kind === 'block' && <Badge size="xs" variant="outline">khối</Badge>}
                        {f.requiredIn.includes(t) && <Badge size="xs" color="red" variant="light">bắt buộc</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td><Text size="xs" c="dimmed">{f.example}</Text></Table.Td>
                    <Table.Td>
                      <CopyButton value={placeholder(f.key)}>
                        {({ copied, copy }) => <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy}>{copied ? 'Đã chép' : 'Sao chép'}</Button>}
                      </CopyButton>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Paper>
  );
}

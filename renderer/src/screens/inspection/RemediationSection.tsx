// The unit's remediation reports on this inspection (báo cáo khắc phục): what each report says was
// done for the recommendations it covers, its scans, and the team's assessment of each item. The
// core writes each change with the recommendation's history; this tab only gathers what she types.
import { Badge, Button, Checkbox, FileButton, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { newId } from '../../../../shared/defaults';
import { localToday } from '../../../../shared/followup';
import type { Inspection } from '../../../../shared/records';
import {
  ASSESSMENT_LABELS, reportTitle, type Assessment, type RemediationItem, type RemediationReport, type RemediationReportInput,
} from '../../../../shared/remediation';
import { isoToDisplay } from '../../../../shared/vi/dates';
import { api, unwrap } from '../../api';
import { emitChange } from '../../changes';
import { DateField } from '../../components/DateField';
import { ErrorNote } from '../../components/ErrorNote';
import { useUndo } from '../../components/Undo';
import { RemoveScanButton } from './RemoveScanButton';
import { fileToBase64 } from '../../files';
import { useLoad } from '../../hooks/useLoad';

interface Props {
  value: Inspection;
  /** Keeps the editor's copy of a recommendation in step with a status the core changed (an assessment). */
  edit: (fn: (i: Inspection) => Inspection) => void;
  /** Saves what the editor holds first, so the recommendations a report covers are on disk. */
  flush: () => Promise<void>;
}

/** The recommendations a report can cover: those with content, numbered as in the documents. */
function numbered(value: Inspection) {
  return value.recommendations.filter((r) => r.content.trim()).map((r, k) => ({ id: r.id, number: k + 1, content: r.content.trim() }));
}

export function RemediationSection({ value, edit, flush }: Props) {
  const { data, error, reload } = useLoad(() => unwrap(api().remediation.list({ inspectionId: value.id })), [value.id]);
  const [form, setForm] = useState<RemediationReportInput | null>(null);
  const recs = useMemo(() => numbered(value), [value]);
  const setStatus = (recommendationId: string, status: Inspection['recommendations'][number]['status']) =>
    edit((i) => ({ ...i, recommendations: i.recommendations.map((r) => (r.id === recommendationId ? { ...r, status } : r)) }));
  const startNew = () => setForm({
    id: newId(), inspectionId: value.id, receivedDate: localToday(), docNumber: '', docDate: null, summary: '', items: [],
  });
  const startEdit = (r: RemediationReport) => setForm({
    id: r.id, inspectionId: r.inspectionId, receivedDate: r.receivedDate, docNumber: r.docNumber, docDate: r.docDate, summary: r.summary,
    items: r.items.map((it) => ({ recommendationId: it.recommendationId, doneText: it.doneText })),
  });
  const assessedIn = (id: string | undefined) =>
    new Set(data?.find((r) => r.id === id)?.items.filter((it) => it.assessment).map((it) => it.recommendationId) ?? []);
  return (
    <Stack data-testid="remediation">
      <ErrorNote error={error} title="Không tải được các báo cáo khắc phục" />
      {form ? (
        <ReportForm key={form.id} initial={form} recs={recs} isNew={!data?.some((r) => r.id === form.id)}
          locked={assessedIn(form.id)}
          onCancel={() => setForm(null)}
          onSave={async (rep) => {
            await flush();
            await unwrap(api().remediation.save(rep));
            emitChange();
            setForm(null);
            reload();
          }} />
      ) : (
        <Group>
          <Button onClick={startNew} disabled={!recs.length}>Thêm báo cáo khắc phục</Button>
          {!recs.length && <Text size="sm" c="dimmed">Cuộc kiểm tra chưa có kiến nghị nào để đơn vị báo cáo khắc phục.</Text>}
        </Group>
      )}
      {data && !data.length && !form && <Text c="dimmed">Chưa nhận báo cáo khắc phục nào của đơn vị.</Text>}
      {data?.map((r) => (
        <ReportCard key={r.id} report={r} onEdit={() => startEdit(r)} reload={reload} onStatus={setStatus} editing={form?.id === r.id} />
      ))}
    </Stack>
  );
}

function ReportForm({ initial, recs, isNew, locked, onSave, onCancel }: {
  initial: RemediationReportInput; recs: { id: string; number: number; content: string }[]; isNew: boolean;
  /** Items the team has assessed: they stay in the report. */
  locked: Set<string>;
  onSave: (r: RemediationReportInput) => Promise<void>; onCancel: () => void;
}) {
  const [r, setR] = useState(initial);
  // A report is recorded when it arrives: a day and month typed alone are of this year.
  const year = Number(localToday().slice(0, 4));
  const [err, setErr] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const item = (id: string) => r.items.find((i) => i.recommendationId === id);
  const toggle = (id: string, on: boolean) => setR((x) => ({
    ...x,
    items: on
      ? [...x.items, { recommendationId: id, doneText: '' }].sort((a, b) => recs.findIndex((c) => c.id === a.recommendationId) - recs.findIndex((c) => c.id === b.recommendationId))
      : x.items.filter((i) => i.recommendationId !== id),
  }));
  const setDone = (id: string, doneText: string) => setR((x) => ({ ...x, items: x.items.map((i) => (i.recommendationId === id ? { ...i, doneText } : i)) }));
  const submit = async () => {
    setBusy(true);
    setErr(null);
    try {
      await onSave(r);
    } catch (e) {
      setErr(e); // what she typed stays in the form
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }} data-testid="remediation-form"
      // Enter in a one-line field saves (a form); Ctrl+Enter saves from the text boxes too, Esc leaves.
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.ctrlKey) { e.preventDefault(); void submit(); }
        if (e.key === 'Escape') onCancel();
      }}>
      <Stack gap="sm">
        <Title order={4}>{isNew ? 'Báo cáo khắc phục mới' : 'Sửa báo cáo khắc phục'}</Title>
        <Group align="flex-start" gap="sm">
          <DateField label="Ngày nhận báo cáo" value={r.receivedDate} onChange={(receivedDate) => setR((x) => ({ ...x, receivedDate }))} year={year} />
          {/* A new report starts at its number: the day it arrived is already today. */}
          <TextInput label="Số báo cáo" placeholder="ví dụ: 125/BC-UBND" w={200} value={r.docNumber} autoFocus={isNew}
            onChange={(e) => { const docNumber = e.currentTarget.value; setR((x) => ({ ...x, docNumber })); }} />
          <DateField label="Ngày báo cáo" value={r.docDate} onChange={(docDate) => setR((x) => ({ ...x, docDate }))} year={year} />
        </Group>
        <Textarea label="Tóm tắt nội dung báo cáo" autosize minRows={2} value={r.summary}
          onChange={(e) => { const summary = e.currentTarget.value; setR((x) => ({ ...x, summary })); }} />
        <Text fw={500} size="sm">Các kiến nghị được báo cáo</Text>
        {recs.map((c) => {
          const it = item(c.id);
          return (
            <Stack key={c.id} gap={4}>
              <Checkbox checked={Boolean(it)} disabled={locked.has(c.id)}
                label={`Kiến nghị số ${c.number}: ${c.content}`}
                description={locked.has(c.id) ? 'Đoàn đã đánh giá kiến nghị này theo báo cáo, nên không bỏ ra được.' : undefined}
                onChange={(e) => toggle(c.id, e.currentTarget.checked)} />
              {it && (
                <Textarea ml={32} label={`Đơn vị đã thực hiện (kiến nghị số ${c.number})`} autosize minRows={1} value={it.doneText}
                  onChange={(e) => setDone(c.id, e.currentTarget.value)} />
              )}
            </Stack>
          );
        })}
        <ErrorNote error={err} />
        <Group>
          <Button type="submit" loading={busy}>Lưu báo cáo</Button>
          <Button variant="default" onClick={onCancel}>Hủy</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ReportCard({ report, onEdit, reload, onStatus, editing }: {
  report: RemediationReport; onEdit: () => void; reload: () => void; editing: boolean;
  onStatus: (recommendationId: string, status: Inspection['recommendations'][number]['status']) => void;
}) {
  const undo = useUndo();
  const [err, setErr] = useState<unknown>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setErr(null);
    try {
      await fn();
      emitChange();
      reload();
    } catch (e) {
      setErr(e);
    }
  };
  const attach = (file: File | null) => file && void run(async () =>
    unwrap(api().remediation.attach({ reportId: report.id, fileName: file.name, base64: await fileToBase64(file) })));
  const remove = () => void run(async () => {
    await unwrap(api().remediation.delete({ id: report.id }));
    undo.offer(`Đã chuyển "${reportTitle(report)}" vào Thùng rác.`, async () => {
      await unwrap(api().bin.restore({ kind: 'remediationReport', id: report.id }));
      emitChange();
      reload();
    });
  });
  const title = reportTitle(report);
  return (
    <Paper withBorder p="md" data-testid="remediation-report" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>{title}</Title>
            <Text size="sm" c="dimmed">Nhận ngày {isoToDisplay(report.receivedDate)}</Text>
          </div>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onEdit} disabled={editing}>Sửa báo cáo</Button>
            <Button size="xs" variant="subtle" color="red" onClick={remove}>Xóa báo cáo</Button>
          </Group>
        </Group>
        {report.summary && <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{report.summary}</Text>}
        <Group gap="xs" data-testid="remediation-attachments">
          <Text size="sm" fw={500}>Bản quét:</Text>
          {!report.attachments.length && <Text size="sm" c="dimmed">chưa có</Text>}
          {report.attachments.map((a) => (
            <Group key={a.id} gap={2}>
              <Button size="xs" variant="light" onClick={() => void run(() => unwrap(api().remediation.openAttachment({ id: a.id })))}
                title={`Mở ${a.fileName}`}>{a.fileName}</Button>
              <RemoveScanButton id={a.id} fileName={a.fileName} owner={title}
                remove={() => unwrap(api().remediation.detach({ id: a.id }))} onChanged={() => { emitChange(); reload(); }} />
            </Group>
          ))}
          <FileButton onChange={attach} accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png">
            {(props) => <Button size="xs" variant="default" {...props}>Đính kèm bản quét…</Button>}
          </FileButton>
        </Group>
        <ErrorNote error={err} />
        {report.items.map((it) => (
          <ItemAssessment key={it.recommendationId} reportId={report.id} item={it} onDone={(status) => { onStatus(it.recommendationId, status); emitChange(); reload(); }} />
        ))}
      </Stack>
    </Paper>
  );
}

const ASSESSMENT_COLORS: Record<Assessment, string> = { accepted: 'teal', not_accepted: 'orange' };

function ItemAssessment({ reportId, item, onDone }: {
  reportId: string; item: RemediationItem; onDone: (status: Inspection['recommendations'][number]['status']) => void;
}) {
  const [reason, setReason] = useState(item.assessmentReason);
  const [date, setDate] = useState<string | null>(item.assessedDate ?? localToday());
  const [err, setErr] = useState<unknown>(null);
  const [reasonOpen, setReasonOpen] = useState(false);
  const assess = async (assessment: Assessment) => {
    setErr(null);
    try {
      const res = await unwrap(api().remediation.assess({ reportId, recommendationId: item.recommendationId, assessment, reason, date: date ?? localToday() }));
      setReasonOpen(false);
      onDone(res.status);
    } catch (e) {
      setErr(e);
    }
  };
  const label = `kiến nghị số ${item.number}`;
  return (
    <Paper withBorder p="sm" bg="gray.0" data-testid="remediation-item" aria-label={`Kiến nghị số ${item.number}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="sm" fw={500} lineClamp={2}>Kiến nghị số {item.number}: {item.content}</Text>
          {item.assessment
            ? <Badge color={ASSESSMENT_COLORS[item.assessment]} tt="none" style={{ flexShrink: 0, overflow: 'visible' }} data-testid="assessment">{ASSESSMENT_LABELS[item.assessment]}{item.assessedDate ? ` (${isoToDisplay(item.assessedDate)})` : ''}</Badge>
            : <Badge color="gray" variant="light" tt="none" style={{ flexShrink: 0 }} data-testid="assessment">Chưa đánh giá</Badge>}
        </Group>
        <Text size="sm"><Text span c="dimmed">Đơn vị đã thực hiện: </Text>{item.doneText || '(không ghi)'}</Text>
        {item.assessment === 'not_accepted' && item.assessmentReason && <Text size="sm"><Text span c="dimmed">Lý do không chấp nhận: </Text>{item.assessmentReason}</Text>}
        <Group gap="xs" align="flex-end">
          <DateField label="Ngày đánh giá" value={date} onChange={setDate} w={140} />
          <Button size="xs" color="teal" variant={item.assessment === 'accepted' ? 'filled' : 'light'} onClick={() => void assess('accepted')}
            aria-label={`Chấp nhận kết quả ${label}`}>Chấp nhận</Button>
          <Button size="xs" color="orange" variant={item.assessment === 'not_accepted' ? 'filled' : 'light'} onClick={() => setReasonOpen(true)}
            aria-label={`Không chấp nhận kết quả ${label}`}>Không chấp nhận…</Button>
        </Group>
        {reasonOpen && (
          <Group gap="xs" align="flex-end">
            <Textarea label={`Lý do không chấp nhận ${label}`} description="Ctrl+Enter để ghi" autosize minRows={1} w={520} value={reason} autoFocus
              onChange={(e) => setReason(e.currentTarget.value)}
              onKeyDown={(e) => { if (e.key === 'Enter' && e.ctrlKey) { e.preventDefault(); void assess('not_accepted'); } }} />
            <Button size="xs" color="orange" onClick={() => void assess('not_accepted')}>Ghi đánh giá</Button>
            <Button size="xs" variant="default" onClick={() => setReasonOpen(false)}>Hủy</Button>
          </Group>
        )}
        <ErrorNote error={err} />
      </Stack>
    </Paper>
  );
}

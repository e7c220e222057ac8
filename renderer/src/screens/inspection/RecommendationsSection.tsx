// The team's recommendations: what to remedy, who is responsible, by when, and to whom to report.
import { Group, Select, Stack, TextInput } from '@mantine/core';
import { GrowingTextarea } from '../../components/GrowingTextarea';
import { memo, useCallback, useMemo } from 'react';
import { newId } from '../../../../shared/defaults';
import { STATUS_OPTIONS } from '../../../../shared/followup';
import type { Recommendation } from '../../../../shared/records';
import { useLookups } from '../../data';
import { DateField } from '../../components/DateField';
import { RowList } from '../../components/RowList';
import { PhraseSuggestions } from './PhraseSuggestions';
import type { SectionProps } from './types';
import { rowField } from '../../drafts';

type Area = { value: string; label: string };

export const RecommendationsSection = memo(function RecommendationsSection({ value, set, setDraft, campaign }: SectionProps) {
  const year = value.dateFrom ? Number(value.dateFrom.slice(0, 4)) : campaign.year;
  const { units } = useLookups();
  const unitName = units.find((u) => u.id === value.unitId)?.name ?? '';
  const areas = useMemo(() => campaign.areas.map((a) => ({ value: a.id, label: a.name })), [campaign.areas]);
  const drafts = value.drafts;
  // Stable between keystrokes: each row gets only its own drafts, so a row re-renders when it changes.
  const render = useCallback((row: Recommendation, update: (patch: Partial<Recommendation>) => void) => (
    <RecommendationFields row={row} update={update} year={year} areas={areas} setDraft={setDraft}
      remedyDraft={drafts?.[rowField('recommendations', row.id, 'remedyDeadline')]}
      reportDraft={drafts?.[rowField('recommendations', row.id, 'reportDeadline')]} />
  ), [year, areas, setDraft, drafts]);
  return (
    <RowList<Recommendation>
      rows={value.recommendations} onChange={(recommendations) => set({ recommendations })}
      newRow={() => ({
        id: newId(), areaId: null, content: '', responsibleUnit: unitName, remedyDeadline: null, remedyDeadlineNote: '',
        reportDeadline: null, reportTo: value.recommendations.at(-1)?.reportTo ?? '', status: 'open', statusNote: '',
      })}
      addLabel="Thêm kiến nghị" itemLabel="kiến nghị" collection="recommendations" empty="Chưa có kiến nghị." testId="recommendations"
      render={render}
    />
  );
});

type Update = (patch: Partial<Recommendation>) => void;

// A row is four memoised lines, each given only the fields it shows: a letter typed in the content
// re-renders that box, not the two lists, two dates and four inputs beside it.
const RecommendationFields = memo(function RecommendationFields({ row, update, year, areas, setDraft, remedyDraft, reportDraft }: {
  row: Recommendation; update: Update; year: number; areas: Area[];
  setDraft: SectionProps['setDraft']; remedyDraft: string | undefined; reportDraft: string | undefined;
}) {
  return (
    <Stack gap={6}>
      <TextBox label="Nội dung kiến nghị" minRows={2} field="content" text={row.content} update={update} />
      <PhraseSuggestions kind="recommendation" text={row.content} areaId={row.areaId} onPick={(content) => update({ content })} />
      <PartyLine responsibleUnit={row.responsibleUnit} areaId={row.areaId} status={row.status} areas={areas} update={update} />
      <DeadlineLine id={row.id} remedyDeadline={row.remedyDeadline} remedyDeadlineNote={row.remedyDeadlineNote} reportDeadline={row.reportDeadline}
        reportTo={row.reportTo} remedyDraft={remedyDraft} reportDraft={reportDraft} year={year} setDraft={setDraft} update={update} />
      <TextBox label="Kết quả khắc phục" description="Theo dõi sau kiểm tra: đơn vị đã báo cáo gì, bằng văn bản nào" minRows={1}
        field="statusNote" text={row.statusNote} update={update} />
    </Stack>
  );
});

const TextBox = memo(function TextBox({ label, description, minRows, field, text, update }: {
  label: string; description?: string; minRows: number; field: 'content' | 'statusNote'; text: string; update: Update;
}) {
  return <GrowingTextarea label={label} description={description} minRows={minRows} value={text} onChange={(e) => update({ [field]: e.currentTarget.value })} />;
});

const PartyLine = memo(function PartyLine({ responsibleUnit, areaId, status, areas, update }: {
  responsibleUnit: string; areaId: string | null; status: Recommendation['status']; areas: Area[]; update: Update;
}) {
  return (
    <Group gap="xs" align="flex-start">
      <TextInput label="Đơn vị chịu trách nhiệm" w={260} value={responsibleUnit} onChange={(e) => update({ responsibleUnit: e.currentTarget.value })} />
      <Select label="Lĩnh vực" w={260} clearable data={areas} value={areaId} onChange={(v) => update({ areaId: v })} />
      <Select label="Trạng thái" w={170} data={STATUS_OPTIONS} value={status} onChange={(v) => v && update({ status: v as Recommendation['status'] })} />
    </Group>
  );
});

const DeadlineLine = memo(function DeadlineLine({ id, remedyDeadline, remedyDeadlineNote, reportDeadline, reportTo, remedyDraft, reportDraft, year, setDraft, update }: {
  id: string; remedyDeadline: string | null; remedyDeadlineNote: string; reportDeadline: string | null; reportTo: string;
  remedyDraft: string | undefined; reportDraft: string | undefined; year: number; setDraft: SectionProps['setDraft']; update: Update;
}) {
  const remedyPath = rowField('recommendations', id, 'remedyDeadline');
  const reportPath = rowField('recommendations', id, 'reportDeadline');
  return (
    <Group gap="xs" align="flex-start">
      <DateField label="Thời hạn khắc phục" value={remedyDeadline} onChange={(v) => update({ remedyDeadline: v })}
        draft={remedyDraft} onDraft={(t) => setDraft(remedyPath, t)} year={year}
        // A wording ("trong quý IV/2023", "khắc phục ngay") is a deadline too: it goes to the wording box.
        onWording={(text) => {
          update({ remedyDeadline: null, remedyDeadlineNote: remedyDeadlineNote.trim() ? `${remedyDeadlineNote.trim()}; ${text}` : text });
          setDraft(remedyPath, null);
        }} />
      <TextInput label="hoặc ghi thời hạn" placeholder="ví dụ: khắc phục ngay" w={220} value={remedyDeadlineNote} onChange={(e) => update({ remedyDeadlineNote: e.currentTarget.value })} />
      <DateField label="Hạn báo cáo kết quả" value={reportDeadline} onChange={(v) => update({ reportDeadline: v })}
        draft={reportDraft} onDraft={(t) => setDraft(reportPath, t)} year={year} />
      <TextInput label="Báo cáo về" placeholder="ví dụ: Sở Nội vụ" w={280} value={reportTo} onChange={(e) => update({ reportTo: e.currentTarget.value })} />
    </Group>
  );
});

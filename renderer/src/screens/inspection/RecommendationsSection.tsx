// The team's recommendations: what to remedy, who is responsible, by when, and to whom to report.
import { Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { newId } from '../../../../shared/defaults';
import { STATUS_OPTIONS } from '../../../../shared/followup';
import type { Recommendation } from '../../../../shared/records';
import { useLookups } from '../../data';
import { DateField } from '../../components/DateField';
import { RowList } from '../../components/RowList';
import type { SectionProps } from './types';
import { rowField } from '../../drafts';

export function RecommendationsSection({ value, set, setDraft, campaign }: SectionProps) {
  const year = value.dateFrom ? Number(value.dateFrom.slice(0, 4)) : campaign.year;
  const draft = (id: string, field: 'remedyDeadline' | 'reportDeadline') => {
    const path = rowField('recommendations', id, field);
    return { draft: value.drafts?.[path], onDraft: (t: string | null) => setDraft(path, t) };
  };
  const { units } = useLookups();
  const unitName = units.find((u) => u.id === value.unitId)?.name ?? '';
  return (
    <RowList<Recommendation>
      rows={value.recommendations} onChange={(recommendations) => set({ recommendations })}
      newRow={() => ({
        id: newId(), areaId: null, content: '', responsibleUnit: unitName, remedyDeadline: null, remedyDeadlineNote: '',
        reportDeadline: null, reportTo: value.recommendations.at(-1)?.reportTo ?? '', status: 'open', statusNote: '',
      })}
      addLabel="Thêm kiến nghị" itemLabel="kiến nghị" collection="recommendations" empty="Chưa có kiến nghị." testId="recommendations"
      render={(row, update) => (
        <Stack gap={6}>
          <Textarea label="Nội dung kiến nghị" autosize minRows={2} value={row.content} onChange={(e) => update({ content: e.currentTarget.value })} />
          <Group gap="xs" align="flex-start">
            <TextInput label="Đơn vị chịu trách nhiệm" w={260} value={row.responsibleUnit} onChange={(e) => update({ responsibleUnit: e.currentTarget.value })} />
            <Select label="Lĩnh vực" w={260} clearable data={campaign.areas.map((a) => ({ value: a.id, label: a.name }))} value={row.areaId} onChange={(areaId) => update({ areaId })} />
            <Select label="Trạng thái" w={170} data={STATUS_OPTIONS} value={row.status} onChange={(v) => v && update({ status: v as Recommendation['status'] })} />
          </Group>
          <Group gap="xs" align="flex-start">
            <DateField label="Thời hạn khắc phục" value={row.remedyDeadline} onChange={(remedyDeadline) => update({ remedyDeadline })}
              {...draft(row.id, 'remedyDeadline')} year={year}
              // A wording ("trong quý IV/2023", "khắc phục ngay") is a deadline too: it goes to the wording box.
              onWording={(text) => {
                update({ remedyDeadline: null, remedyDeadlineNote: row.remedyDeadlineNote.trim() ? `${row.remedyDeadlineNote.trim()}; ${text}` : text });
                setDraft(rowField('recommendations', row.id, 'remedyDeadline'), null);
              }} />
            <TextInput label="hoặc ghi thời hạn" placeholder="ví dụ: khắc phục ngay" w={220} value={row.remedyDeadlineNote} onChange={(e) => update({ remedyDeadlineNote: e.currentTarget.value })} />
            <DateField label="Hạn báo cáo kết quả" value={row.reportDeadline} onChange={(reportDeadline) => update({ reportDeadline })} {...draft(row.id, 'reportDeadline')} year={year} />
            <TextInput label="Báo cáo về" placeholder="ví dụ: Sở Nội vụ" w={280} value={row.reportTo} onChange={(e) => update({ reportTo: e.currentTarget.value })} />
          </Group>
          <Textarea label="Kết quả khắc phục" description="Theo dõi sau kiểm tra: đơn vị đã báo cáo gì, bằng văn bản nào" autosize minRows={1}
            value={row.statusNote} onChange={(e) => update({ statusNote: e.currentTarget.value })} />
        </Stack>
      )}
    />
  );
}

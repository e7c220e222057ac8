// The inspected unit's opinion on the findings, and its own proposals to higher bodies.
import { Paper, Stack, TextInput, Title } from '@mantine/core';
import { GrowingTextarea } from '../../components/GrowingTextarea';
import { memo } from 'react';
import { newId } from '../../../../shared/defaults';
import type { UnitProposal } from '../../../../shared/records';
import { RowList } from '../../components/RowList';
import type { SectionProps } from './types';

export const OpinionSection = memo(function OpinionSection({ value, set }: SectionProps) {
  return (
    <Stack>
      <Paper withBorder p="md">
        <GrowingTextarea label="Ý kiến của đơn vị được kiểm tra" description="Ví dụ: nhất trí với nội dung kết luận và cam kết khắc phục…"
          minRows={4} value={value.unitOpinion} onChange={(e) => set({ unitOpinion: e.currentTarget.value })} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={5} mb="xs">Kiến nghị, đề xuất của đơn vị với cấp trên</Title>
        <RowList<UnitProposal>
          rows={value.unitProposals} onChange={(unitProposals) => set({ unitProposals })}
          newRow={() => ({ id: newId(), content: '', addressedTo: '' })}
          addLabel="Thêm đề xuất" itemLabel="đề xuất" collection="unitProposals"
          render={renderProposal}
        />
      </Paper>
    </Stack>
  );
});

// Module-level, hence stable: typing in one proposal re-renders that proposal only.
const renderProposal = (row: UnitProposal, update: (patch: Partial<UnitProposal>) => void) => (
  <Stack gap={6}>
    <TextInput label="Gửi tới" description="Ví dụ: UBND tỉnh, Sở Tài nguyên và Môi trường" value={row.addressedTo} onChange={(e) => update({ addressedTo: e.currentTarget.value })} />
    <GrowingTextarea label="Nội dung" minRows={2} value={row.content} onChange={(e) => update({ content: e.currentTarget.value })} />
  </Stack>
);

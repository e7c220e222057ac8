import { Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { ROLE_LABELS } from '../../../../shared/defaults';
import { compareVi } from '../../../../shared/vi/text';
import { useLookups } from '../../data';
import { DateField, TimeField } from '../../components/DateField';
import type { SectionProps } from './types';
import { dateOrderWarning } from '../../../../shared/checks';

export function GeneralSection({ value, set, setDraft, campaign }: SectionProps) {
  const draft = (field: 'dateFrom' | 'dateTo' | 'meetingDate' | 'startTime' | 'endTime') =>
    ({ draft: value.drafts?.[field], onDraft: (t: string | null) => setDraft(field, t) });
  const order = dateOrderWarning(value);
  const { teams, units } = useLookups();
  const myTeams = teams.filter((t) => t.campaignId === campaign.id);
  const team = myTeams.find((t) => t.id === value.teamId);
  const sortedUnits = [...units].sort((a, b) => compareVi(a.name, b.name));
  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group grow align="flex-start">
            {/* A blank inspection (just created) starts at its first field, so she can type straight away. */}
            <Select label="Đoàn kiểm tra" searchable data={myTeams.map((t) => ({ value: t.id, label: `Đoàn kiểm tra số ${t.number}` }))}
              value={value.teamId} clearable onChange={(teamId) => set({ teamId })} autoFocus={!value.teamId && !value.unitId}
              description={myTeams.length ? undefined : 'Chưa có đoàn: thêm ở "Kế hoạch và Đoàn kiểm tra"'} />
            <Select label="Đơn vị được kiểm tra" searchable data={sortedUnits.map((u) => ({ value: u.id, label: u.name }))}
              value={value.unitId} clearable onChange={(unitId) => set({ unitId })}
              description={units.length ? undefined : 'Chưa có đơn vị: thêm ở "Đơn vị được kiểm tra"'} />
          </Group>
          {team && (
            <Text size="sm" c="dimmed">
              {team.members.filter((m) => m.role === 'leader').map((m) => `${ROLE_LABELS.leader}: ${m.fullName}${m.title ? ` – ${m.title}` : ''}`).join('; ') || 'Đoàn chưa có Trưởng đoàn'}
            </Text>
          )}
          <Group align="flex-start">
            <DateField label="Từ ngày" value={value.dateFrom} onChange={(dateFrom) => set({ dateFrom })} {...draft('dateFrom')} year={campaign.year} testId="date-from" />
            <DateField label="Đến ngày" value={value.dateTo} onChange={(dateTo) => set({ dateTo })} {...draft('dateTo')} year={campaign.year} testId="date-to" />
            <DateField label="Ngày họp, lập biên bản" value={value.meetingDate} onChange={(meetingDate) => set({ meetingDate })} {...draft('meetingDate')} year={campaign.year} testId="meeting-date" w={190} />
            <TimeField label="Bắt đầu lúc" value={value.startTime} onChange={(startTime) => set({ startTime })} {...draft('startTime')} testId="start-time" />
            <TimeField label="Kết thúc lúc" value={value.endTime} onChange={(endTime) => set({ endTime })} {...draft('endTime')} testId="end-time" />
          </Group>
          {order && <Text size="sm" c="orange.8" data-testid="date-order-warning">{order} Vẫn được lưu; hãy kiểm tra lại.</Text>}
          <TextInput label="Địa điểm" description="Ví dụ: Trụ sở UBND huyện Mường Chà" value={value.place} onChange={(e) => set({ place: e.currentTarget.value })} />
          <TextInput label="Hình thức chủ trì" description='Ví dụ: "đồng chủ trì" khi hai bên cùng chủ trì; đánh dấu người chủ trì ở mục Thành phần'
            value={value.chairNote} onChange={(e) => set({ chairNote: e.currentTarget.value })} />
        </Stack>
      </Paper>
    </Stack>
  );
}

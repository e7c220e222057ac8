// Who attended on each side (and who chaired), and the sub-units visited.
import { Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { GrowingTextarea } from '../../components/GrowingTextarea';
import { memo, useCallback, useMemo } from 'react';
import { newId, ROLE_LABELS } from '../../../../shared/defaults';
import type { Attendee, SubUnit } from '../../../../shared/records';
import { compareVi } from '../../../../shared/vi/text';
import { useLookups } from '../../data';
import { PersonFields } from '../../components/PersonFields';
import { RowList } from '../../components/RowList';
import type { SectionProps } from './types';

const SIDES: { side: Attendee['side']; title: string }[] = [
  { side: 'team', title: 'Đoàn kiểm tra' },
  { side: 'unit', title: 'Đơn vị được kiểm tra' },
  { side: 'guest', title: 'Khách mời' },
];

export const AttendeesSection = memo(function AttendeesSection({ value, set }: SectionProps) {
  const { teams, units } = useLookups();
  const team = teams.find((t) => t.id === value.teamId);
  const unit = units.find((u) => u.id === value.unitId);
  const bySide = (side: Attendee['side']) => value.attendees.filter((a) => a.side === side);
  const setSide = (side: Attendee['side'], rows: Attendee[]) =>
    set({ attendees: SIDES.flatMap((s) => (s.side === side ? rows : bySide(s.side))) });
  const blank = (side: Attendee['side']): Attendee => ({ id: newId(), side, honorific: '', fullName: '', title: '', agency: '', isChair: false });
  // A member or representative row left without a name (added, never typed) is not a person to list.
  const named = <T extends { fullName: string }>(xs: T[]) => xs.filter((x) => x.fullName.trim() !== '');
  const copyTeam = () => team && setSide('team', [
    ...bySide('team'),
    ...named(team.members).filter((m) => !bySide('team').some((a) => a.fullName === m.fullName)).map((m) => ({
      ...blank('team'), honorific: m.honorific, fullName: m.fullName, agency: m.agency,
      title: [m.title, ROLE_LABELS[m.role]].filter(Boolean).join(', '), isChair: m.role === 'leader',
    })),
  ]);
  const copyReps = () => unit && setSide('unit', [
    ...bySide('unit'),
    ...named(unit.representatives).filter((r) => !bySide('unit').some((a) => a.fullName === r.fullName)).map((r) => ({
      ...blank('unit'), honorific: r.honorific, fullName: r.fullName, title: r.title, agency: unit.name,
    })),
  ]);
  const unitOptions = useMemo(() => units.filter((u) => u.id !== value.unitId)
    .sort((a, b) => compareVi(a.name, b.name)).map((u) => ({ value: u.id, label: u.name })), [units, value.unitId]);
  // Stable between keystrokes, so typing in one sub-unit re-renders that one only.
  const renderSubUnit = useCallback((row: SubUnit, update: (patch: Partial<SubUnit>) => void) => (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end">
        <Select label="Đơn vị" w={320} searchable clearable data={unitOptions} value={row.unitId}
          onChange={(unitId) => update({ unitId, name: units.find((u) => u.id === unitId)?.name ?? row.name })} />
        <TextInput label="Tên (nếu không có trong danh sách)" w={300} value={row.name} onChange={(e) => update({ name: e.currentTarget.value })} />
      </Group>
      <GrowingTextarea label="Ghi chú" minRows={1} value={row.note} onChange={(e) => update({ note: e.currentTarget.value })} />
    </Stack>
  ), [unitOptions, units]);
  return (
    <Stack>
      {SIDES.map(({ side, title }) => (
        <Paper withBorder p="md" key={side}>
          <Group justify="space-between" mb="xs">
            <Title order={4}>{title}</Title>
            {side === 'team' && team && <Button size="xs" variant="light" onClick={copyTeam}>Lấy từ danh sách Đoàn</Button>}
            {side === 'unit' && unit && unit.representatives.length > 0 && <Button size="xs" variant="light" onClick={copyReps}>Lấy người đại diện của đơn vị</Button>}
          </Group>
          <RowList<Attendee>
            rows={bySide(side)} onChange={(rows) => setSide(side, rows)} newRow={() => blank(side)}
            addLabel="Thêm người" itemLabel="người tham dự" collection="attendees" testId={`attendees-${side}`}
            render={renderAttendee}
          />
        </Paper>
      ))}
      <Paper withBorder p="md">
        <Title order={4} mb="xs">Đơn vị trực thuộc đã kiểm tra</Title>
        <Text size="sm" c="dimmed" mb="xs">Ví dụ: "kiểm tra tại 07 UBND cấp xã". Chọn trong danh sách đơn vị, hoặc ghi tên.</Text>
        <RowList<SubUnit>
          rows={value.subUnits} onChange={(subUnits) => set({ subUnits })}
          newRow={() => ({ id: newId(), unitId: null, name: '', note: '' })}
          addLabel="Thêm đơn vị" itemLabel="đơn vị trực thuộc" collection="subUnits"
          render={renderSubUnit}
        />
      </Paper>
    </Stack>
  );
});

// Module-level, hence stable: typing a name re-renders that attendee only.
const renderAttendee = (row: Attendee, update: (patch: Partial<Attendee>) => void) => (
  <PersonFields row={row} update={update} withAgency
    after={<Checkbox label="Chủ trì" checked={row.isChair} onChange={(e) => update({ isChair: e.currentTarget.checked })} mb={8} />} />
);

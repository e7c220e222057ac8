// The levels of units (tỉnh, sở, huyện, xã, phòng…) are data: the 2025 reform removed the district
// level, while 2019–2023 records still use it.
import { Paper, Stack, Text, TextInput, Title, Group } from '@mantine/core';
import { useEffect, useState } from 'react';
import { newId } from '../../../shared/defaults';
import type { UnitLevel } from '../../../shared/records';
import { api, unwrap } from '../api';
import { useLookups } from '../data';
import { RowList } from '../components/RowList';
import { SaveError, SaveStatus } from '../components/SaveStatus';
import { useAutosave } from '../hooks/useAutosave';

export function UnitLevelsEditor() {
  const { levels, refresh } = useLookups();
  const [value, setValue] = useState<UnitLevel[] | null>(null);
  useEffect(() => { if (value === null && levels.length) setValue(levels); }, [levels, value]);
  const { state } = useAutosave(value, async (v) => {
    await unwrap(api().unitLevels.save({ levels: v.filter((l) => l.name.trim()).map((l, i) => ({ ...l, position: i })) }));
    await refresh();
  });
  if (!value) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between"><Title order={4}>Các cấp đơn vị</Title><SaveStatus state={state} /></Group>
        <SaveError state={state} />
        <Text size="sm" c="dimmed">Danh sách dùng khi phân loại đơn vị. Từ 01/7/2025 không còn cấp huyện; giữ lại để ghi hồ sơ các năm trước.</Text>
        <RowList<UnitLevel>
          rows={value}
          onChange={setValue}
          newRow={() => ({ id: newId(), name: '', position: value.length })}
          addLabel="Thêm cấp"
          itemLabel="cấp đơn vị"
          render={(row, update) => <TextInput aria-label="Tên cấp" value={row.name} onChange={(e) => update({ name: e.currentTarget.value })} />}
        />
      </Stack>
    </Paper>
  );
}

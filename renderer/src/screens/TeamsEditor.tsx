// Teams of a campaign (Đoàn kiểm tra số 1, 2, …) with their members and roles.
import { Button, Group, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { newId, ROLE_LABELS } from '../../../shared/defaults';
import type { Role, Team, TeamMember } from '../../../shared/records';
import { api, unwrap } from '../api';
import { useLookups } from '../data';
import { PersonFields } from '../components/PersonFields';
import { RowList } from '../components/RowList';
import { SaveError, SaveStatus } from '../components/SaveStatus';
import { useUndo } from '../components/Undo';
import { useAutosave } from '../hooks/useAutosave';
import { RemovedRowsButton, RemovedRowsProvider } from '../components/RemovedRows';

export function TeamsEditor({ campaignId }: { campaignId: string }) {
  const { teams, refresh } = useLookups();
  const undo = useUndo();
  const mine = teams.filter((t) => t.campaignId === campaignId);
  const add = async () => {
    const number = Math.max(0, ...mine.map((t) => t.number)) + 1;
    await unwrap(api().teams.save({ id: newId(), campaignId, number, members: [] }));
    await refresh();
  };
  const remove = async (t: Team) => {
    await unwrap(api().bin.delete({ kind: 'team', id: t.id }));
    await refresh();
    undo.offer(`Đã chuyển Đoàn kiểm tra số ${t.number} vào thùng rác.`, async () => { await unwrap(api().bin.restore({ kind: 'team', id: t.id })); await refresh(); });
  };
  return (
    <Stack>
      {mine.map((t) => <TeamEditor key={t.id} team={t} onDelete={() => remove(t)} />)}
      {mine.length === 0 && <Text c="dimmed">Chưa có đoàn kiểm tra.</Text>}
      <Group><Button onClick={add}>Thêm Đoàn kiểm tra</Button></Group>
    </Stack>
  );
}

function TeamEditor({ team, onDelete }: { team: Team; onDelete: () => Promise<void> }) {
  const { refresh } = useLookups();
  const undo = useUndo();
  const [value, setValue] = useState(team);
  const { state, deleteWith, flush } = useAutosave(value, async (v) => { await unwrap(api().teams.save(v)); await refresh(); });
  const del = () => deleteWith(onDelete).catch((e) => undo.fail(e));
  return (
    <RemovedRowsProvider<Team> parentKind="team" parentId={value.id} flush={flush} edit={setValue}>
    <Paper withBorder p="md" data-testid={`team-${value.number}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Group align="flex-end">
            <Title order={4}>Đoàn kiểm tra số</Title>
            <NumberInput aria-label="Số hiệu đoàn" w={80} min={1} max={999} value={value.number}
              onChange={(v) => Number(v) >= 1 && setValue((t) => ({ ...t, number: Number(v) }))} />
          </Group>
          <Group><RemovedRowsButton /><SaveStatus state={state} /><Button variant="subtle" color="red" onClick={del}>Xóa đoàn</Button></Group>
        </Group>
        <SaveError state={state} />
        <RowList<TeamMember>
          rows={value.members}
          onChange={(members) => setValue((t) => ({ ...t, members }))}
          newRow={() => ({ id: newId(), honorific: '', fullName: '', role: value.members.length ? 'member' : 'leader', title: '', agency: '' })}
          addLabel="Thêm thành viên" itemLabel="thành viên" collection="members" empty="Chưa có thành viên."
          testId="members"
          render={(row, update) => (
            <PersonFields row={row} update={update} withAgency before={
              <Select label="Vai trò" w={150} data={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))}
                value={row.role} onChange={(v) => v && update({ role: v as Role })} />
            } />
          )}
        />
      </Stack>
    </Paper>
    </RemovedRowsProvider>
  );
}

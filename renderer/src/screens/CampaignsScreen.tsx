// An inspection campaign: the plan, the decision forming the teams, the teams and their members,
// and the reform areas and indicator catalogue used to record findings and figures.
import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { newCampaign } from '../../../shared/defaults';
import type { Campaign, DocRef } from '../../../shared/records';
import { isoToDisplay } from '../../../shared/vi/dates';
import { api, unwrap } from '../api';
import { useLookups } from '../data';
import { go } from '../router';
import { DateField } from '../components/DateField';
import { SaveStatus } from '../components/SaveStatus';
import { useUndo } from '../components/Undo';
import { useAutosave } from '../hooks/useAutosave';
import { useLoad } from '../hooks/useLoad';
import { AreasEditor, IndicatorsEditor } from './CatalogueEditors';
import { TeamsEditor } from './TeamsEditor';

export function CampaignsScreen() {
  const { campaigns, teams, refresh } = useLookups();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const create = async () => {
    const c = newCampaign(year);
    await unwrap(api().campaigns.save(c));
    await refresh();
    go(`/campaigns/${c.id}`);
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Kế hoạch và Đoàn kiểm tra</Title>
        <Group align="flex-end">
          <NumberInput label="Năm" w={100} value={year} min={1990} max={2100} thousandSeparator="" onChange={(v) => setYear(Number(v) || year)} />
          <Button onClick={create}>Tạo đợt kiểm tra</Button>
        </Group>
      </Group>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr><Table.Th>Năm</Table.Th><Table.Th>Kế hoạch</Table.Th><Table.Th>Nội dung</Table.Th><Table.Th>Số đoàn</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaigns.map((c) => (
            <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => go(`/campaigns/${c.id}`)}>
              <Table.Td>{c.year}</Table.Td>
              <Table.Td>{c.plan.number ? `${c.plan.number}${c.plan.date ? ` ngày ${isoToDisplay(c.plan.date)}` : ''}` : '—'}</Table.Td>
              <Table.Td>{c.title}</Table.Td>
              <Table.Td>{teams.filter((t) => t.campaignId === c.id).length}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {campaigns.length === 0 && <Text c="dimmed">Chưa có đợt kiểm tra nào. Chọn năm và bấm "Tạo đợt kiểm tra".</Text>}
    </Stack>
  );
}

export function CampaignScreen({ id }: { id: string }) {
  const { data, error, setData } = useLoad(() => unwrap(api().campaigns.get({ id })), [id]);
  const { refresh } = useLookups();
  const undo = useUndo();
  const { state } = useAutosave(data, async (v) => { await unwrap(api().campaigns.save(v)); await refresh(); });
  if (error) return <Text c="red">{error}</Text>;
  if (!data) return null;
  const set = (patch: Partial<Campaign>) => setData((c) => c && { ...c, ...patch });
  const remove = async () => {
    await unwrap(api().bin.delete({ kind: 'campaign', id }));
    await refresh();
    go('/campaigns');
    undo.offer('Đã chuyển đợt kiểm tra vào thùng rác.', async () => { await unwrap(api().bin.restore({ kind: 'campaign', id })); await refresh(); });
  };
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>Đợt kiểm tra năm {data.year}</Title>
        <Group><SaveStatus state={state} /><Button variant="subtle" color="red" onClick={remove}>Xóa đợt kiểm tra</Button></Group>
      </Group>
      <Group align="flex-end" grow>
        <NumberInput label="Năm" maw={110} value={data.year} min={1990} max={2100} thousandSeparator="" onChange={(v) => Number(v) >= 1990 && set({ year: Number(v) })} />
        <TextInput label="Tên đợt kiểm tra" value={data.title} onChange={(e) => set({ title: e.currentTarget.value })} />
      </Group>
      <Tabs defaultValue="plan" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="plan">Kế hoạch, quyết định</Tabs.Tab>
          <Tabs.Tab value="teams">Đoàn kiểm tra</Tabs.Tab>
          <Tabs.Tab value="areas">Lĩnh vực</Tabs.Tab>
          <Tabs.Tab value="indicators">Chỉ tiêu</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plan" pt="md">
          <SimpleGrid cols={2}>
            <DocRefEditor title="Kế hoạch kiểm tra" numberHint="Ví dụ: 1703/KH-UBND" value={data.plan} onChange={(plan) => set({ plan })} testId="plan" />
            <DocRefEditor title="Quyết định thành lập Đoàn kiểm tra" numberHint="Ví dụ: 1367/QĐ-UBND" value={data.decision} onChange={(decision) => set({ decision })} testId="decision" />
          </SimpleGrid>
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="md"><TeamsEditor campaignId={id} /></Tabs.Panel>
        <Tabs.Panel value="areas" pt="md"><AreasEditor areas={data.areas} onChange={(areas) => set({ areas })} /></Tabs.Panel>
        <Tabs.Panel value="indicators" pt="md">
          <IndicatorsEditor areas={data.areas} indicators={data.indicators} onChange={(indicators) => set({ indicators })} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function DocRefEditor({ title, numberHint, value, onChange, testId }: { title: string; numberHint: string; value: DocRef; onChange: (v: DocRef) => void; testId: string }) {
  const set = (patch: Partial<DocRef>) => onChange({ ...value, ...patch });
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="xs">
        <Text fw={600}>{title}</Text>
        <Group grow align="flex-start">
          <TextInput label="Số, ký hiệu" description={numberHint} value={value.number} onChange={(e) => set({ number: e.currentTarget.value })} />
          <DateField label="Ngày ban hành" value={value.date} onChange={(date) => set({ date })} />
        </Group>
        <TextInput label="Cơ quan ban hành" description="Ví dụ: UBND tỉnh Điện Biên" value={value.issuer} onChange={(e) => set({ issuer: e.currentTarget.value })} />
        <Textarea label="Trích yếu" autosize minRows={2} value={value.summary} onChange={(e) => set({ summary: e.currentTarget.value })} />
      </Stack>
    </Paper>
  );
}

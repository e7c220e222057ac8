// An inspection campaign: the plan, the decision forming the teams, its issuing side, the teams and
// their members, and the reform areas and indicator catalogue used to record findings and figures.
import { Box, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { GrowingTextarea } from '../components/GrowingTextarea';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { defaultIssuer, newCampaign } from '../../../shared/defaults';
import type { Campaign, DocRef } from '../../../shared/records';
import { isoToDisplay } from '../../../shared/vi/dates';
import type { CampaignUsage } from '../../../shared/api';
import { api, ApiFailure, unwrap } from '../api';
import { useLookups } from '../data';
import { go } from '../router';
import { DateField } from '../components/DateField';
import { ErrorNote } from '../components/ErrorNote';
import { SaveError, SaveStatus } from '../components/SaveStatus';
import { useUndo } from '../components/Undo';
import { useAutosave } from '../hooks/useAutosave';
import { useLoad } from '../hooks/useLoad';
import { useTypedText } from '../hooks/useTypedText';
import { withDraft } from '../drafts';
import { AreasEditor, IndicatorsEditor } from './CatalogueEditors';
import { TeamsEditor } from './TeamsEditor';
import { IssuerFields } from '../components/IssuerFields';
import { insertBack, RemovedRowsButton, RemovedRowsProvider } from '../components/RemovedRows';

// echarts is fetched only when the Biểu đồ tab is first opened.
const ChartsTab = lazy(() => import('./campaign/ChartsTab').then((m) => ({ default: m.ChartsTab })));
const ReportTab = lazy(() => import('./campaign/ReportTab').then((m) => ({ default: m.ReportTab })));

export function CampaignsScreen() {
  const { campaigns, teams, refresh } = useLookups();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const create = async () => {
    // A new campaign starts from the default issuing side of the settings (or, none saved yet, the one
    // the settings screen would show); she edits its own on its tab.
    const c = newCampaign(year, undefined, (await unwrap(api().settings.get({}))) ?? defaultIssuer());
    await unwrap(api().campaigns.save(c));
    await refresh();
    go(`/campaigns/${c.id}`);
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Kế hoạch và Đoàn kiểm tra</Title>
        <Group align="flex-end">
          <NumberInput label="Năm" w={100} value={year} min={1990} max={2100} thousandSeparator="" onChange={(v) => setYear(Number(v) || year)}
            onKeyDown={(e) => { if (e.key === 'Enter') void create(); }} />
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

export function CampaignScreen({ id, tab: openTab }: { id: string; tab?: string }) {
  // A search hit names the tab its text is on (a team member: #/campaigns/<id>/teams).
  const [tab, setTab] = useState<string | null>(openTab ?? 'plan');
  useEffect(() => { if (openTab) setTab(openTab); }, [openTab]);
  const { data, error, setData } = useLoad(() => unwrap(api().campaigns.get({ id })), [id]);
  const { refresh } = useLookups();
  const undo = useUndo();
  // A list save that would drop an area or indicator records use is refused (records started using it
  // after the screen read what is in use): the refusal stays beside the list and the rows come back.
  const [refusal, setRefusal] = useState<unknown>(null);
  const save = async (v: Campaign) => {
    try {
      await unwrap(api().campaigns.save(v));
    } catch (e) {
      if (e instanceof ApiFailure && (e.code === 'AREA_IN_USE' || e.code === 'INDICATOR_IN_USE')) {
        const [stored, used] = await Promise.all([unwrap(api().campaigns.get({ id })), unwrap(api().campaigns.usage({ id }))]);
        setData((c) => c && putBackUsed(c, stored, used));
        setRefusal(e);
        usage.reload();
      }
      throw e;
    }
    await refresh();
  };
  const { state, deleteWith, flush, savedCount } = useAutosave(data, save);
  // Which areas and indicators records use, so their ✕ is disabled before a save could be refused.
  const usage = useLoad(() => unwrap(api().campaigns.usage({ id })), [id, savedCount]);
  const edit = useCallback((fn: (c: Campaign) => Campaign) => setData((c) => c && fn(c)), [setData]);
  if (error) return <ErrorNote error={error} title="Không mở được đợt kiểm tra" />;
  if (!data) return null;
  const set = (patch: Partial<Campaign>) => setData((c) => c && { ...c, ...patch });
  const setDraft = (path: string, text: string | null) => setData((c) => c && withDraft(c, path, text));
  const draftOf = (path: string) => ({ draft: data.drafts?.[path], onDraft: (t: string | null) => setDraft(path, t) });
  const remove = async () => {
    try {
      await deleteWith(() => unwrap(api().bin.delete({ kind: 'campaign', id })));
    } catch (e) {
      undo.fail(e);
      return;
    }
    await refresh();
    go('/campaigns');
    undo.offer('Đã chuyển đợt kiểm tra vào thùng rác.', async () => { await unwrap(api().bin.restore({ kind: 'campaign', id })); await refresh(); });
  };
  return (
    <RemovedRowsProvider<Campaign> parentKind="campaign" parentId={id} flush={flush} edit={edit}>
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>Đợt kiểm tra năm {data.year}</Title>
        <Group><RemovedRowsButton /><SaveStatus state={state} /><Button variant="subtle" color="red" onClick={remove}>Xóa đợt kiểm tra</Button></Group>
      </Group>
      <Group align="flex-end" grow>
        <YearField value={data.year} onChange={(year) => set({ year })} {...draftOf('year')} />
        <TextInput label="Tên đợt kiểm tra" value={data.title} onChange={(e) => set({ title: e.currentTarget.value })} />
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="plan">Kế hoạch, quyết định</Tabs.Tab>
          <Tabs.Tab value="issuer">Cơ quan ban hành</Tabs.Tab>
          <Tabs.Tab value="teams">Đoàn kiểm tra</Tabs.Tab>
          <Tabs.Tab value="areas">Lĩnh vực</Tabs.Tab>
          <Tabs.Tab value="indicators">Chỉ tiêu</Tabs.Tab>
          <Tabs.Tab value="charts">Biểu đồ</Tabs.Tab>
          <Tabs.Tab value="report">Báo cáo, đôn đốc</Tabs.Tab>
        </Tabs.List>
        {/* Above every tab's content, so a refused list save shows right beside the list she edited. */}
        <Box pt="md">
          <SaveError state={state} />
          <ErrorNote error={refusal} title="Không bỏ được dòng đang được dùng" testId="list-refusal">
            <Text size="sm" mt="xs">Các dòng đó đã được đưa lại vào danh sách.</Text>
            <Button size="xs" variant="subtle" mt="xs" onClick={() => setRefusal(null)}>Đóng</Button>
          </ErrorNote>
        </Box>
        <Tabs.Panel value="plan" pt="md">
          <SimpleGrid cols={2}>
            <DocRefEditor title="Kế hoạch kiểm tra" numberHint="Ví dụ: 1703/KH-UBND" value={data.plan} onChange={(plan) => set({ plan })} testId="plan"
              year={data.year} {...draftOf('plan.date')} />
            <DocRefEditor title="Quyết định thành lập Đoàn kiểm tra" numberHint="Ví dụ: 1367/QĐ-UBND" value={data.decision} onChange={(decision) => set({ decision })} testId="decision"
              year={data.year} {...draftOf('decision.date')} />
          </SimpleGrid>
        </Tabs.Panel>
        <Tabs.Panel value="issuer" pt="md">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              Cơ quan ban hành văn bản của đợt kiểm tra này: tiêu đề, địa danh, số và ký hiệu của biên bản và thông báo kết luận,
              cách ký. Đi theo cuộc kiểm tra khi xuất sang máy khác.
            </Text>
            <IssuerFields value={data.issuer} onChange={(issuer) => set({ issuer })} testId="campaign-issuer" />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="md"><TeamsEditor campaignId={id} /></Tabs.Panel>
        <Tabs.Panel value="areas" pt="md"><AreasEditor areas={data.areas} usage={usage.data} onChange={(areas) => set({ areas })} /></Tabs.Panel>
        <Tabs.Panel value="indicators" pt="md">
          <IndicatorsEditor areas={data.areas} indicators={data.indicators} usage={usage.data} onChange={(indicators) => set({ indicators })} />
        </Tabs.Panel>
        <Tabs.Panel value="charts" pt="md">
          <Suspense fallback={<Text c="dimmed">Đang tải biểu đồ…</Text>}><ChartsTab campaignId={id} /></Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="report" pt="md">
          <Suspense fallback={<Text c="dimmed">Đang tải…</Text>}><ReportTab campaignId={id} /></Suspense>
        </Tabs.Panel>
      </Tabs>
    </Stack>
    </RemovedRowsProvider>
  );
}

/** `c` with the stored areas and indicators that records use put back where they were, if she removed them. */
function putBackUsed(c: Campaign, stored: Campaign, used: CampaignUsage): Campaign {
  const back = <T extends { id: string }>(rows: T[], was: T[], inUse: Record<string, number>) =>
    was.reduce((out, row, k) => (inUse[row.id] ? insertBack(out, row, was[k - 1]?.id ?? null, was[k + 1]?.id ?? null) : out), rows);
  return { ...c, areas: back(c.areas, stored.areas, used.areas), indicators: back(c.indicators, stored.indicators, used.indicators) };
}

/** The year of a campaign; what is not a year 1990–2100 is kept as the field's draft, the year stays. */
function YearField({ value, onChange, draft, onDraft }: { value: number; onChange: (y: number) => void; draft?: string; onDraft: (t: string | null) => void }) {
  const f = useTypedText<number>({
    value, draft, onChange, onDraft, format: String,
    parse: (t) => (/^\s*\d{4}\s*$/.test(t) && Number(t) >= 1990 && Number(t) <= 2100
      ? { ok: true, value: Number(t) }
      : { ok: false, message: 'Năm gồm 4 chữ số, từ 1990 đến 2100' }),
  });
  return <TextInput label="Năm" maw={110} value={f.text} error={f.error} onChange={f.onChange} onFocus={f.onFocus} onBlur={f.onBlur} data-testid="campaign-year" />;
}

function DocRefEditor({ title, numberHint, value, onChange, testId, year, draft, onDraft }: {
  title: string; numberHint: string; value: DocRef; onChange: (v: DocRef) => void; testId: string;
  year: number; draft?: string; onDraft: (t: string | null) => void;
}) {
  const set = (patch: Partial<DocRef>) => onChange({ ...value, ...patch });
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="xs">
        <Text fw={600}>{title}</Text>
        <Group grow align="flex-start">
          <TextInput label="Số, ký hiệu" description={numberHint} value={value.number} onChange={(e) => set({ number: e.currentTarget.value })} />
          <DateField label="Ngày ban hành" value={value.date} onChange={(date) => set({ date })} draft={draft} onDraft={onDraft} year={year} />
        </Group>
        <TextInput label="Cơ quan ban hành" description="Ví dụ: UBND tỉnh Điện Biên" value={value.issuer} onChange={(e) => set({ issuer: e.currentTarget.value })} />
        <GrowingTextarea label="Trích yếu" minRows={2} value={value.summary} onChange={(e) => set({ summary: e.currentTarget.value })} />
      </Stack>
    </Paper>
  );
}

// One inspection, recorded section by section as the meeting runs. Everything autosaves.
import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { ErrorNote } from '../../components/ErrorNote';
import { useCallback, useEffect, useState } from 'react';
import type { Inspection } from '../../../../shared/records';
import { formatDateRange } from '../../../../shared/vi/dates';
import { api, unwrap } from '../../api';
import { useLookups } from '../../data';
import { downloadText } from '../../download';
import { go } from '../../router';
import { SaveError, SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../hooks/useAutosave';
import { useLoad } from '../../hooks/useLoad';
import { withDraft } from '../../drafts';
import { AttendeesSection } from './AttendeesSection';
import { FiguresSection } from './FiguresSection';
import { FindingsSection } from './FindingsSection';
import { GeneralSection } from './GeneralSection';
import { OpinionSection } from './OpinionSection';
import { RecommendationsSection } from './RecommendationsSection';
import { DocumentsSection } from './DocumentsSection';
import { RemediationSection } from './RemediationSection';
import { PreviousRecommendations } from './PreviousRecommendations';
import { RemovedRowsButton, RemovedRowsProvider } from '../../components/RemovedRows';

export function InspectionEditor({ id, tab: openTab }: { id: string; tab?: string }) {
  const { data, error, setData } = useLoad(() => unwrap(api().inspections.get({ id })), [id]);
  const { campaigns, teams, units, loaded, refresh } = useLookups();
  const { state, flush, savedCount } = useAutosave(data, (v) => unwrap(api().inspections.save(v)));
  const set = useCallback((patch: Partial<Inspection>) => setData((i) => i && { ...i, ...patch }), [setData]);
  const edit = useCallback((fn: (i: Inspection) => Inspection) => setData((i) => i && fn(i)), [setData]);
  const setDraft = useCallback((path: string, text: string | null) => setData((i) => i && withDraft(i, path, text)), [setData]);
  // Controlled so the Văn bản tab can open the tab where a missing fact is typed.
  // A search hit names the tab its text is on (#/inspections/<id>/findings).
  const [tab, setTab] = useState<string | null>(openTab ?? 'general');
  useEffect(() => { if (openTab) setTab(openTab); }, [openTab]);
  const campaign = data ? campaigns.find((c) => c.id === data.campaignId) : undefined;
  // The lookup lists were read when the app opened; a campaign, team or unit added since (an
  // import, the CLI) is not in them yet. Re-read them once before saying the campaign is missing.
  const stale = Boolean(data && (!campaign || (data.teamId && !teams.some((t) => t.id === data.teamId)) || (data.unitId && !units.some((u) => u.id === data.unitId))));
  const [retry, setRetry] = useState<'no' | 'running' | 'done'>('no');
  useEffect(() => {
    if (!stale || !loaded || retry !== 'no') return;
    setRetry('running');
    void refresh().finally(() => setRetry('done'));
  }, [stale, loaded, retry, refresh]);
  if (error) return <ErrorNote error={error} title="Không mở được cuộc kiểm tra" />;
  if (!data) return null;
  if (!campaign || (stale && retry !== 'done')) {
    if (retry !== 'done') return <Text c="dimmed">Đang tải…</Text>;
    return <ErrorNote title="Không mở được cuộc kiểm tra" error="Không tìm thấy kế hoạch kiểm tra của cuộc kiểm tra này (có thể đã bị xóa). Hãy khôi phục kế hoạch trong Thùng rác rồi mở lại." />;
  }
  const unitName = units.find((u) => u.id === data.unitId)?.name;
  const exportJson = async () => {
    await flush();
    const f = await unwrap(api().transfer.export({ id }));
    downloadText(f.fileName, f.json, 'application/json');
  };
  const props = { value: data, set, setDraft, edit, campaign };
  return (
    <RemovedRowsProvider<Inspection> parentKind="inspection" parentId={id} flush={flush} edit={edit}>
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Kiểm tra tại {unitName ?? '(chưa chọn đơn vị)'}</Title>
          <Text c="dimmed" size="sm">{campaign.title}{data.dateFrom ? ` · ${formatDateRange(data.dateFrom, data.dateTo)}` : ''}</Text>
        </div>
        <Group>
          <RemovedRowsButton />
          <SaveStatus state={state} />
          <Button variant="default" size="xs" onClick={exportJson}>Xuất JSON</Button>
          <Button variant="subtle" size="xs" onClick={() => go('/inspections')}>Về danh sách</Button>
        </Group>
      </Group>
      <SaveError state={state} />
      <PreviousRecommendations inspectionId={id} unitId={data.unitId} edit={edit} flush={flush}
        nothingYet={!data.findings.length && !data.recommendations.length} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="general">1. Thông tin chung</Tabs.Tab>
          <Tabs.Tab value="attendees">2. Thành phần</Tabs.Tab>
          <Tabs.Tab value="findings">3. Kết quả kiểm tra</Tabs.Tab>
          <Tabs.Tab value="figures">4. Số liệu</Tabs.Tab>
          <Tabs.Tab value="recommendations">5. Kiến nghị của Đoàn</Tabs.Tab>
          <Tabs.Tab value="opinion">6. Ý kiến đơn vị</Tabs.Tab>
          <Tabs.Tab value="documents">7. Văn bản</Tabs.Tab>
          <Tabs.Tab value="remediation">8. Báo cáo khắc phục</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="general" pt="md"><GeneralSection {...props} /></Tabs.Panel>
        <Tabs.Panel value="attendees" pt="md"><AttendeesSection {...props} /></Tabs.Panel>
        <Tabs.Panel value="findings" pt="md"><FindingsSection {...props} /></Tabs.Panel>
        <Tabs.Panel value="figures" pt="md"><FiguresSection {...props} /></Tabs.Panel>
        <Tabs.Panel value="recommendations" pt="md"><RecommendationsSection {...props} /></Tabs.Panel>
        <Tabs.Panel value="opinion" pt="md"><OpinionSection {...props} /></Tabs.Panel>
        <Tabs.Panel value="documents" pt="md"><DocumentsSection {...props} flush={flush} savedCount={savedCount} openTab={setTab} /></Tabs.Panel>
        <Tabs.Panel value="remediation" pt="md"><RemediationSection value={data} edit={edit} flush={flush} /></Tabs.Panel>
      </Tabs>
    </Stack>
    </RemovedRowsProvider>
  );
}

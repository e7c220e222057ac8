// One inspection, recorded section by section as the meeting runs. Everything autosaves.
//
// A keystroke changes the record held here, so this component renders on every letter. The tab bar
// and the heading do not depend on what is typed: they are memoised, and the open section reads the
// record from a context, so a letter re-renders the section typed in (and within it, the row) rather
// than the seven tabs, their panels and the heading as well.
import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { ErrorNote } from '../../components/ErrorNote';
import { createContext, memo, useCallback, useContext, useEffect, useState, type ComponentType } from 'react';
import type { Inspection } from '../../../../shared/records';
import { formatDateRange } from '../../../../shared/vi/dates';
import { api, unwrap } from '../../api';
import { useLookups } from '../../data';
import { downloadText } from '../../download';
import { go } from '../../router';
import { SaveError, SaveStatus } from '../../components/SaveStatus';
import { useUndo } from '../../components/Undo';
import { useAutosave, type SaveState } from '../../hooks/useAutosave';
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
import type { SectionProps } from './types';

/** What the open section needs: the record and its setters, and for the Văn bản tab the saves. */
interface Open extends SectionProps { flush: () => Promise<void>; savedCount: number; openTab: (tab: string) => void }
const OpenCtx = createContext<Open | null>(null);

export function InspectionEditor({ id, tab: openTab }: { id: string; tab?: string }) {
  const { data, error, setData } = useLoad(() => unwrap(api().inspections.get({ id })), [id]);
  const { campaigns, teams, units, loaded, refresh } = useLookups();
  const { notify } = useUndo();
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
  const exportJson = useCallback(async () => {
    await flush();
    const f = await unwrap(api().transfer.export({ id }));
    downloadText(f.fileName, f.json, 'application/json');
    // A scan left out of the file (too big, or damaged here) must be copied separately: say so now.
    if (f.note) notify(f.note, 'orange');
  }, [flush, id, notify]);
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
  const open: Open = { value: data, set, setDraft, edit, campaign, flush, savedCount, openTab: setTab };
  return (
    <RemovedRowsProvider<Inspection> parentKind="inspection" parentId={id} flush={flush} edit={edit}>
    <Stack maw={1200}>
      <EditorHeader unitName={unitName} campaignTitle={campaign.title} dateFrom={data.dateFrom} dateTo={data.dateTo} state={state} onExport={exportJson} />
      <SaveError state={state} />
      <PreviousRecommendations inspectionId={id} unitId={data.unitId} edit={edit} flush={flush}
        nothingYet={!data.findings.length && !data.recommendations.length} />
      <OpenCtx.Provider value={open}>
        <EditorTabs tab={tab} setTab={setTab} />
      </OpenCtx.Provider>
    </Stack>
    </RemovedRowsProvider>
  );
}

const EditorHeader = memo(function EditorHeader({ unitName, campaignTitle, dateFrom, dateTo, state, onExport }: {
  unitName: string | undefined; campaignTitle: string; dateFrom: string | null; dateTo: string | null; state: SaveState; onExport: () => void;
}) {
  return (
    <Group justify="space-between" align="flex-start">
      <div>
        <Title order={2}>Kiểm tra tại {unitName ?? '(chưa chọn đơn vị)'}</Title>
        <Text c="dimmed" size="sm">{campaignTitle}{dateFrom ? ` · ${formatDateRange(dateFrom, dateTo)}` : ''}</Text>
      </div>
      <Group>
        <RemovedRowsButton />
        <SaveStatus state={state} />
        <Button variant="default" size="xs" onClick={onExport}>Xuất JSON</Button>
        <Button variant="subtle" size="xs" onClick={() => go('/inspections')}>Về danh sách</Button>
      </Group>
    </Group>
  );
});

/** The tab bar and panels; only the open section renders when the record changes (see Section). */
const EditorTabs = memo(function EditorTabs({ tab, setTab }: { tab: string | null; setTab: (tab: string | null) => void }) {
  return (
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
      <Tabs.Panel value="general" pt="md"><Section of={GeneralSection} /></Tabs.Panel>
      <Tabs.Panel value="attendees" pt="md"><Section of={AttendeesSection} /></Tabs.Panel>
      <Tabs.Panel value="findings" pt="md"><Section of={FindingsSection} /></Tabs.Panel>
      <Tabs.Panel value="figures" pt="md"><Section of={FiguresSection} /></Tabs.Panel>
      <Tabs.Panel value="recommendations" pt="md"><Section of={RecommendationsSection} /></Tabs.Panel>
      <Tabs.Panel value="opinion" pt="md"><Section of={OpinionSection} /></Tabs.Panel>
      <Tabs.Panel value="documents" pt="md"><Documents /></Tabs.Panel>
      <Tabs.Panel value="remediation" pt="md"><Remediation /></Tabs.Panel>
    </Tabs>
  );
});

/** One section, fed from the record in OpenCtx. */
function Section({ of: C }: { of: ComponentType<SectionProps> }) {
  const { value, set, setDraft, edit, campaign } = useContext(OpenCtx)!;
  return <C value={value} set={set} setDraft={setDraft} edit={edit} campaign={campaign} />;
}

function Remediation() {
  const { value, edit, flush } = useContext(OpenCtx)!;
  return <RemediationSection value={value} edit={edit} flush={flush} />;
}

function Documents() {
  const { flush, savedCount, openTab, ...props } = useContext(OpenCtx)!;
  return <DocumentsSection {...props} flush={flush} savedCount={savedCount} openTab={openTab} />;
}

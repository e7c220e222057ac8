import { Alert, AppShell, Badge, Group, NavLink, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { localToday } from '../../shared/followup';
import { api, unwrap } from './api';
import { useLoad } from './hooks/useLoad';
import { useChangeVersion } from './changes';
import { LookupsProvider, useLookups } from './data';
import { go, useRoute, type Route } from './router';
import { UndoProvider } from './components/Undo';

// Each screen is its own chunk, loaded the first time it is opened: the first screen does not wait
// for the code of every other one (`npm run bench -- --ui-only` prints the chunk sizes).
const BinScreen = lazy(() => import('./screens/BinScreen').then((m) => ({ default: m.BinScreen })));
const CampaignsScreen = lazy(() => import('./screens/CampaignsScreen').then((m) => ({ default: m.CampaignsScreen })));
const CampaignScreen = lazy(() => import('./screens/CampaignsScreen').then((m) => ({ default: m.CampaignScreen })));
const InspectionEditor = lazy(() => import('./screens/inspection/InspectionEditor').then((m) => ({ default: m.InspectionEditor })));
const InspectionsScreen = lazy(() => import('./screens/InspectionsScreen').then((m) => ({ default: m.InspectionsScreen })));
const FollowUpScreen = lazy(() => import('./screens/FollowUpScreen').then((m) => ({ default: m.FollowUpScreen })));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const UnitsScreen = lazy(() => import('./screens/UnitsScreen').then((m) => ({ default: m.UnitsScreen })));
const TemplatesScreen = lazy(() => import('./screens/TemplatesScreen').then((m) => ({ default: m.TemplatesScreen })));
const BackupScreen = lazy(() => import('./screens/BackupScreen').then((m) => ({ default: m.BackupScreen })));

const NAV: { path: string; label: string; match: Route['name'][] }[] = [
  { path: '/inspections', label: 'Cuộc kiểm tra', match: ['inspections', 'inspection'] },
  { path: '/follow-up', label: 'Theo dõi kiến nghị', match: ['followup'] },
  { path: '/campaigns', label: 'Kế hoạch và Đoàn kiểm tra', match: ['campaigns', 'campaign'] },
  { path: '/units', label: 'Đơn vị được kiểm tra', match: ['units'] },
  { path: '/templates', label: 'Mẫu văn bản', match: ['templates'] },
  { path: '/settings', label: 'Thiết lập cơ quan', match: ['settings'] },
  { path: '/bin', label: 'Thùng rác', match: ['bin'] },
  { path: '/backup', label: 'Sao lưu và khôi phục', match: ['backup'] },
];

function Screen({ route }: { route: Route }) {
  const { error } = useLookups();
  return (
    <Suspense fallback={<Text c="dimmed" data-testid="screen-loading">Đang tải…</Text>}>
      {error && <Alert color="red" mb="md" title="Không tải được dữ liệu">{error}</Alert>}
      {route.name === 'inspections' && <InspectionsScreen />}
      {route.name === 'inspection' && <InspectionEditor key={route.id} id={route.id} />}
      {route.name === 'followup' && <FollowUpScreen />}
      {route.name === 'campaigns' && <CampaignsScreen />}
      {route.name === 'campaign' && <CampaignScreen key={route.id} id={route.id} />}
      {route.name === 'units' && <UnitsScreen />}
      {route.name === 'settings' && <SettingsScreen />}
      {route.name === 'templates' && <TemplatesScreen />}
      {route.name === 'bin' && <BinScreen />}
      {route.name === 'backup' && <BackupScreen />}
    </Suspense>
  );
}

/**
 * How many recommendations are past their deadline and not done: a count query, re-read when a write
 * may have changed it (not on every change of screen: reading the whole list cost 4.75 MB of JSON).
 */
function useOverdueCount(): number {
  const changed = useChangeVersion();
  const today = localToday();
  const { data } = useLoad(() => unwrap(api().followUp.overdueCount({ today })), [changed, today]);
  return data ?? 0;
}

export function App() {
  const route = useRoute();
  const overdue = useOverdueCount();
  return (
    <UndoProvider>
      <LookupsProvider>
        <AppShell header={{ height: 52 }} navbar={{ width: 240, breakpoint: 0 }} padding="md">
          <AppShell.Header>
            <Group h="100%" px="md" justify="space-between">
              <Title order={3}>BienBan</Title>
              <Text size="sm" c="dimmed">Biên bản kiểm tra cải cách hành chính</Text>
            </Group>
          </AppShell.Header>
          <AppShell.Navbar p="xs" aria-label="Điều hướng">
            {NAV.map((n) => (
              <NavLink key={n.path} label={n.label} active={n.match.includes(route.name)} onClick={() => go(n.path)} href={`#${n.path}`}
                rightSection={n.path === '/follow-up' && overdue > 0
                  ? <Badge color="red" size="sm" title={`${overdue} kiến nghị quá hạn`} data-testid="overdue-count">{overdue}</Badge>
                  : undefined} />
            ))}
          </AppShell.Navbar>
          <AppShell.Main>
            <Screen route={route} />
          </AppShell.Main>
        </AppShell>
      </LookupsProvider>
    </UndoProvider>
  );
}

import { AppShell, Badge, Box, Group, NavLink, Text, Title } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { ErrorNote } from './components/ErrorNote';
import { localToday } from '../../shared/followup';
import { formatCount } from '../../shared/vi/numbers';
import { api, unwrap } from './api';
import { useLoad } from './hooks/useLoad';
import { useChangeVersion } from './changes';
import { LookupsProvider, useLookups } from './data';
import { go, parseHash, useRoute, type Route } from './router';
import { UndoProvider } from './components/Undo';
import { SearchBox } from './components/SearchBox';
import { lazyScreen, preloadWhenIdle } from './screens/lazyScreen';
// The list she lands on is in the first chunk: no fallback, no wait for a second request.
import { InspectionsScreen } from './screens/InspectionsScreen';

// Each screen is its own chunk, so the first screen does not wait for the code of every other one
// (`npm run bench -- --ui-only` prints the chunk sizes); the rest is fetched once it is up.
const BinScreen = lazyScreen(() => import('./screens/BinScreen'), (m) => m.BinScreen);
const CampaignsScreen = lazyScreen(() => import('./screens/CampaignsScreen'), (m) => m.CampaignsScreen);
const CampaignScreen = lazyScreen(() => import('./screens/CampaignsScreen'), (m) => m.CampaignScreen);
const InspectionEditor = lazyScreen(() => import('./screens/inspection/InspectionEditor'), (m) => m.InspectionEditor);
const FollowUpScreen = lazyScreen(() => import('./screens/FollowUpScreen'), (m) => m.FollowUpScreen);
const SettingsScreen = lazyScreen(() => import('./screens/SettingsScreen'), (m) => m.SettingsScreen);
const UnitsScreen = lazyScreen(() => import('./screens/UnitsScreen'), (m) => m.UnitsScreen);
const TemplatesScreen = lazyScreen(() => import('./screens/TemplatesScreen'), (m) => m.TemplatesScreen);
const BackupScreen = lazyScreen(() => import('./screens/BackupScreen'), (m) => m.BackupScreen);
const DashboardScreen = lazyScreen(() => import('./screens/DashboardScreen'), (m) => m.DashboardScreen);
// The app opens on the dashboard (it sends her on to the inspections list while there is none): its
// code is asked for at once, beside the lookups.
if (['home', 'dashboard'].includes(parseHash(window.location.hash).name)) void DashboardScreen.preload().catch(() => { /* retried when opened */ });
const SCREENS = [DashboardScreen, InspectionEditor, FollowUpScreen, CampaignsScreen, CampaignScreen, UnitsScreen, TemplatesScreen, SettingsScreen, BinScreen, BackupScreen];

const NAV: { path: string; label: string; match: Route['name'][] }[] = [
  { path: '/overview', label: 'Tổng quan', match: ['dashboard'] },
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
      {error && <Box mb="md"><ErrorNote error={error} title="Không tải được dữ liệu" /></Box>}
      {/* One slot for both: landing (#/) on the dashboard and moving to #/overview keeps it mounted. */}
      {(route.name === 'home' || route.name === 'dashboard') && <DashboardScreen landing={route.name === 'home'} />}
      {route.name === 'inspections' && <InspectionsScreen />}
      {route.name === 'inspection' && <InspectionEditor key={route.id} id={route.id} tab={route.tab} />}
      {route.name === 'followup' && <FollowUpScreen query={route.query} />}
      {route.name === 'campaigns' && <CampaignsScreen />}
      {route.name === 'campaign' && <CampaignScreen key={route.id} id={route.id} tab={route.tab} />}
      {route.name === 'units' && <UnitsScreen id={route.id} />}
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
  useEffect(() => preloadWhenIdle(SCREENS), []);
  return (
    <UndoProvider>
      <LookupsProvider>
        <SearchBox />
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
                  ? <Badge color="red" size="sm" title={`${formatCount(overdue)} kiến nghị quá hạn`} data-testid="overdue-count">{formatCount(overdue)}</Badge>
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

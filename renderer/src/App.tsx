import { AppShell, Badge, Box, Group, NavLink, Text, Title } from '@mantine/core';
import { ErrorNote } from './components/ErrorNote';
import { localToday } from '../../shared/followup';
import { api, unwrap } from './api';
import { useLoad } from './hooks/useLoad';
import { useChangeVersion } from './changes';
import { LookupsProvider, useLookups } from './data';
import { go, useRoute, type Route } from './router';
import { UndoProvider } from './components/Undo';
import { BackupScreen } from './screens/BackupScreen';
import { BinScreen } from './screens/BinScreen';
import { CampaignScreen, CampaignsScreen } from './screens/CampaignsScreen';
import { InspectionEditor } from './screens/inspection/InspectionEditor';
import { InspectionsScreen } from './screens/InspectionsScreen';
import { FollowUpScreen } from './screens/FollowUpScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { UnitsScreen } from './screens/UnitsScreen';
import { TemplatesScreen } from './screens/TemplatesScreen';

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
    <>
      {error && <Box mb="md"><ErrorNote error={error} title="Không tải được dữ liệu" /></Box>}
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
    </>
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

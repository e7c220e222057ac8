// Tổng quan: what needs her attention today, each line leading to where it is handled. The numbers
// come from one aggregate call (dashboard.get) and follow the one status rule (shared/follow-up/status.ts).
// A line that counts recommendations opens the tracker filtered to exactly those (every campaign, the
// view and the unit counted), so the number she clicked is the number of lines she then sees.
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import type { Dashboard } from '../../../shared/dashboard';
import { localToday } from '../../../shared/followup';
import { reportTitle } from '../../../shared/remediation';
import { formatDateRange, isoToDisplay } from '../../../shared/vi/dates';
import { formatCount } from '../../../shared/vi/numbers';
import { api, unwrap } from '../api';
import { useChangeVersion } from '../changes';
import { ErrorNote } from '../components/ErrorNote';
import { useLoad } from '../hooks/useLoad';
import { trackerPath } from './follow-up/trackerUrl';
import { firstScreenShown } from './lazyScreen';
import { parseHash } from '../router';

/** A line that opens where the item is handled. */
function Line({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) {
  return (
    <Anchor href={`#${to}`} size="sm" data-testid={testId} style={{ display: 'block' }}>{children}</Anchor>
  );
}

function Card({ title, total, color, empty, more, children, testId }: {
  title: string; total: number; color: string; empty: string; more: number; children: ReactNode; testId: string;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId} aria-label={title}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={4}>{title}</Title>
        <Badge size="lg" color={total ? color : 'gray'} variant={total ? 'filled' : 'light'} data-testid={`${testId}-total`}>{formatCount(total)}</Badge>
      </Group>
      {total === 0 ? <Text size="sm" c="dimmed">{empty}</Text> : <Stack gap={6}>{children}</Stack>}
      {more > 0 && <Text size="xs" c="dimmed" mt={6}>và {formatCount(more)} mục khác</Text>}
    </Paper>
  );
}

/**
 * `landing`: opened as the app's first screen (#/). It asks for its cards at once, without a first
 * question about whether there is anything yet (that round trip cost the first screen a tenth of a
 * second), then moves the address to #/overview, or, while no inspection is recorded, to the
 * inspections list, where she creates the first one or loads the demo.
 */
export function DashboardScreen({ landing = false }: { landing?: boolean }) {
  const changed = useChangeVersion();
  const today = localToday();
  const { data, error } = useLoad(() => unwrap(api().dashboard.get({ today })), [today, changed]);
  useEffect(() => { if (data || error) firstScreenShown(); }, [data, error]);
  useEffect(() => {
    // Only while no screen has been asked for since: a click in the navigation wins over this answer.
    if (!landing || !data || parseHash(window.location.hash).name !== 'home') return;
    window.location.replace(`#${data.inspections > 0 ? '/overview' : '/inspections'}`);
  }, [landing, data]);
  if (landing && (!data || data.inspections === 0) && !error) return null; // nothing drawn on the way to the list
  return (
    <Stack maw={1200}>
      <div>
        <Title order={2}>Tổng quan</Title>
        <Text c="dimmed" size="sm">Những việc cần làm tính đến ngày {isoToDisplay(today)}</Text>
      </div>
      <ErrorNote error={error} title="Không tải được tổng quan" />
      {data && <Cards d={data} />}
    </Stack>
  );
}

function Cards({ d }: { d: Dashboard }) {
  return (
    <SimpleGrid cols={2} spacing="md">
      <Card title="Kiến nghị quá hạn" total={d.overdue.total} color="red" testId="dash-overdue" more={0}
        empty="Không có kiến nghị nào quá hạn.">
        <Text size="sm" c="dimmed">của {formatCount(d.overdue.units)} đơn vị, nhiều nhất trước:</Text>
        {d.overdue.byUnit.slice(0, 8).map((u) => (
          // A unit not chosen yet cannot be filtered on: that line opens every overdue one.
          <Line key={u.unitId ?? ''} to={trackerPath({ campaignId: null, view: 'overdue', ...(u.unitId ? { unitId: u.unitId } : {}) })} testId="dash-overdue-unit">
            {u.unitName}: {formatCount(u.count)} kiến nghị{u.oldestDue ? ` (quá hạn từ ${isoToDisplay(u.oldestDue)})` : ''}
          </Line>
        ))}
        {d.overdue.byUnit.length > 8 && <Text size="xs" c="dimmed">và {formatCount(d.overdue.byUnit.length - 8)} đơn vị khác</Text>}
        <Line to={trackerPath({ campaignId: null, view: 'overdue' })} testId="dash-overdue-all">Xem cả {formatCount(d.overdue.total)} kiến nghị quá hạn ›</Line>
      </Card>
      {/* N: the "sắp đến hạn" days she set on the tracker (the settings), the same the core counted with. */}
      <Card title={`Đến hạn trong ${d.dueSoon.days} ngày tới`} total={d.dueSoon.total} color="orange" testId="dash-due-soon"
        more={d.dueSoon.total - d.dueSoon.items.length} empty={`Không có kiến nghị nào đến hạn trong ${d.dueSoon.days} ngày tới.`}>
        {d.dueSoon.items.map((x) => (
          <Line key={x.recommendationId} to={`/inspections/${x.inspectionId}/recommendations`} testId="dash-due-soon-item">
            Kiến nghị số {x.number} · {x.unitName} ({x.year}) · hạn {isoToDisplay(x.due)}
          </Line>
        ))}
        <Line to={trackerPath({ campaignId: null, view: 'due_soon' })} testId="dash-due-soon-all">Xem cả {formatCount(d.dueSoon.total)} kiến nghị trong Theo dõi kiến nghị ›</Line>
      </Card>
      <Card title="Báo cáo khắc phục chờ đánh giá" total={d.reportsToAssess.total} color="blue" testId="dash-reports"
        more={d.reportsToAssess.total - d.reportsToAssess.items.length} empty="Mọi báo cáo khắc phục đã nhận đều đã được đánh giá.">
        {d.reportsToAssess.items.map((x) => (
          <Line key={x.reportId} to={`/inspections/${x.inspectionId}/remediation`} testId="dash-report">
            {reportTitle(x)} của {x.unitName}: {formatCount(x.pending)} kiến nghị chưa đánh giá (nhận ngày {isoToDisplay(x.receivedDate)})
          </Line>
        ))}
        {d.reportsToAssess.recommendations > 0 && (
          <Line to={trackerPath({ campaignId: null, view: 'reported' })} testId="dash-reports-all">
            Xem {formatCount(d.reportsToAssess.recommendations)} kiến nghị chờ đánh giá trong Theo dõi kiến nghị ›
          </Line>
        )}
      </Card>
      <Card title="Chưa ban hành thông báo kết luận" total={d.drafts.total} color="yellow" testId="dash-drafts"
        more={d.drafts.total - d.drafts.items.length} empty="Mọi cuộc kiểm tra đều đã có thông báo kết luận.">
        {d.drafts.items.map((x) => (
          <Line key={x.inspectionId} to={`/inspections/${x.inspectionId}/documents`} testId="dash-draft">
            {x.unitName} · {x.dateFrom ? formatDateRange(x.dateFrom, x.dateTo) : `năm ${x.year}`}
          </Line>
        ))}
      </Card>
      <Card title="Văn bản chưa có bản ký hoặc chưa gửi" total={d.unsent.total} color="grape" testId="dash-unsent"
        more={d.unsent.total - d.unsent.items.length} empty="Mọi văn bản đã ban hành đều đã có bản ký và đã gửi đi.">
        {d.unsent.items.map((x) => (
          <Line key={x.documentId} to={`/inspections/${x.inspectionId}/documents`} testId="dash-unsent-item">
            {x.type === 'minutes' ? 'Biên bản' : 'Thông báo kết luận'} số {x.numberText} · {x.unitName} · {[!x.signed && 'chưa có bản ký', !x.sent && 'chưa gửi'].filter(Boolean).join(', ')}
          </Line>
        ))}
      </Card>
    </SimpleGrid>
  );
}

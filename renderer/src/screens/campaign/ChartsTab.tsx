// The campaign's charts on its screen: the on-time rate of administrative files by unit and the
// recommendations by state, drawn from the same options as the report's images (shared/charts).
import { Alert, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { missingNote, onTimeChartHeight, onTimeChartOption, statesChartOption } from '../../../../shared/charts/options';
import { localToday } from '../../../../shared/vi/dates';
import { api, unwrap } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../hooks/useLoad';
import { EChart } from './EChart';

const LOOK = { fontSize: 13, width: 1000 };

export function ChartsTab({ campaignId }: { campaignId: string }) {
  const today = localToday();
  const { data, error } = useLoad(() => unwrap(api().campaigns.chartData({ id: campaignId, today })), [campaignId, today]);
  const rate = useMemo(() => data && onTimeChartOption(data.onTime, LOOK), [data]);
  const states = useMemo(() => data && statesChartOption(data.recommendations, LOOK), [data]);
  if (error) return <ErrorNote error={error} title="Không vẽ được biểu đồ" />;
  if (!data || !rate || !states) return null;
  const missing = missingNote(data.onTime);
  return (
    <Stack gap="md" data-testid="campaign-charts">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={700}>
          Số liệu lấy từ các cuộc kiểm tra của đợt này. Tỷ lệ đúng hạn tính từ chỉ tiêu "Hồ sơ giải quyết đúng hạn và trước hạn",
          hoặc từ số hồ sơ giải quyết trước hạn, đúng hạn và trễ hạn; đơn vị thiếu số liệu không được vẽ bằng 0.
        </Text>
      </Group>
      {missing && <Alert color="yellow" data-testid="charts-missing"><Text size="sm">{missing}</Text></Alert>}
      <EChart option={rate} height={onTimeChartHeight(data.onTime, LOOK.width)} testId="chart-on-time" />
      <EChart option={states} height={380} testId="chart-states" />
    </Stack>
  );
}

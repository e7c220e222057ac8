// Per-campaign catalogues: the reform areas and the indicators (a count, a ratio, or a stated rate;
// an indicator may be a part of another, and parts are checked against their total). An area or an
// indicator that records still use cannot be removed (the core refuses such a save): its ✕ is disabled
// and says how many records use it.
import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { CampaignUsage } from '../../../shared/api';
import { newId } from '../../../shared/defaults';
import type { Area, Indicator, IndicatorKind } from '../../../shared/records';
import { RowList } from '../components/RowList';

const inUse = (n: number | undefined, what: string) =>
  n ? `Không xóa được: ${n} ${what} của các cuộc kiểm tra đang dùng. Sửa các hồ sơ đó trước.` : undefined;

export function AreasEditor({ areas, onChange, usage }: { areas: Area[]; onChange: (a: Area[]) => void; usage?: CampaignUsage | null }) {
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">Lĩnh vực dùng để sắp xếp kết quả kiểm tra. Mặc định theo Nghị quyết 76/NQ-CP (từ 2021) hoặc 30c/NQ-CP (2011–2020).</Text>
      <RowList<Area>
        rows={areas} onChange={onChange} addLabel="Thêm lĩnh vực" itemLabel="lĩnh vực" collection="areas" testId="areas"
        removeBlocked={(a) => inUse(usage?.areas[a.id], 'kết quả kiểm tra, kiến nghị')}
        newRow={() => ({ id: newId(), name: '' })}
        render={(row, update) => <TextInput aria-label="Tên lĩnh vực" value={row.name} onChange={(e) => update({ name: e.currentTarget.value })} />}
      />
    </>
  );
}

export const KIND_LABELS: Record<IndicatorKind, string> = { count: 'Số lượng', ratio: 'Tử số / mẫu số', percent: 'Tỷ lệ % (theo báo cáo)' };

export function IndicatorsEditor({ areas, indicators, onChange, usage }: {
  areas: Area[]; indicators: Indicator[]; onChange: (i: Indicator[]) => void; usage?: CampaignUsage | null;
}) {
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">Danh mục chỉ tiêu của đợt kiểm tra. Chỉ tiêu "thuộc" một chỉ tiêu khác là một phần của nó; BienBan cảnh báo khi các phần không cộng đủ tổng.</Text>
      <RowList<Indicator>
        rows={indicators} onChange={onChange} addLabel="Thêm chỉ tiêu" itemLabel="chỉ tiêu" collection="indicators" testId="indicators"
        removeBlocked={(i) => inUse(usage?.indicators[i.id], 'số liệu')}
        newRow={() => ({ id: newId(), name: '', areaId: null, kind: 'count', unit: '', parentId: null })}
        render={(row, update) => (
          // Two lines, every box wide enough for what it holds at 1366×768: indicator and area names are
          // long sentences ("Xây dựng và phát triển Chính phủ điện tử, Chính phủ số") that fixed widths cut off.
          <Stack gap={6}>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput label="Tên chỉ tiêu" style={{ flex: 1 }} value={row.name} onChange={(e) => update({ name: e.currentTarget.value })} />
              <Select label="Loại" w={200} data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} value={row.kind}
                onChange={(v) => v && update({ kind: v as IndicatorKind })} />
              <TextInput label="Đơn vị tính" w={150} value={row.unit} onChange={(e) => update({ unit: e.currentTarget.value })} />
            </Group>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <Select label="Lĩnh vực" style={{ flex: 3 }} clearable data={areas.map((a) => ({ value: a.id, label: a.name }))} value={row.areaId}
                onChange={(v) => update({ areaId: v })} />
              <Select label="Thuộc chỉ tiêu" style={{ flex: 2 }} clearable
                data={indicators.filter((i) => i.id !== row.id && i.kind === 'count').map((i) => ({ value: i.id, label: i.name }))}
                value={row.parentId} onChange={(v) => update({ parentId: v })} />
            </Group>
          </Stack>
        )}
      />
    </>
  );
}

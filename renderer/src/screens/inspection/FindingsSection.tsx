// Findings by reform area: strengths and shortcomings, plus causes for the whole inspection.
import { Accordion, Badge, Group, Stack, Text, Textarea } from '@mantine/core';
import { newId } from '../../../../shared/defaults';
import type { Finding } from '../../../../shared/records';
import { RowList } from '../../components/RowList';
import type { SectionProps } from './types';

const KINDS: { kind: Finding['kind']; label: string; add: string }[] = [
  { kind: 'strength', label: 'Ưu điểm, kết quả đạt được', add: 'Thêm ưu điểm' },
  { kind: 'shortcoming', label: 'Tồn tại, hạn chế', add: 'Thêm tồn tại, hạn chế' },
];

export function FindingsSection({ value, set, campaign }: SectionProps) {
  // Groups in display order: each area's strengths then shortcomings, then unassigned, then causes.
  const groups: { areaId: string | null; kind: Finding['kind'] }[] = [
    ...campaign.areas.flatMap((a) => KINDS.map((k) => ({ areaId: a.id as string | null, kind: k.kind }))),
    ...KINDS.map((k) => ({ areaId: null, kind: k.kind })),
    { areaId: null, kind: 'cause' },
  ];
  const known = new Set(campaign.areas.map((a) => a.id));
  const inGroup = (f: Finding, g: { areaId: string | null; kind: Finding['kind'] }) =>
    f.kind === g.kind && (g.areaId === null ? f.areaId === null || !known.has(f.areaId) : f.areaId === g.areaId);
  const rowsOf = (areaId: string | null, kind: Finding['kind']) => value.findings.filter((f) => inGroup(f, { areaId, kind }));
  const setGroup = (areaId: string | null, kind: Finding['kind'], rows: Finding[]) =>
    set({ findings: groups.flatMap((g) => (g.areaId === areaId && g.kind === kind ? rows : rowsOf(g.areaId, g.kind))) });

  const list = (areaId: string | null, kind: Finding['kind'], label: string, add: string) => (
    <Stack gap={4} key={kind}>
      <Text fw={600} size="sm">{label}</Text>
      <RowList<Finding>
        rows={rowsOf(areaId, kind)} onChange={(rows) => setGroup(areaId, kind, rows)}
        newRow={() => ({ id: newId(), areaId, kind, text: '' })} addLabel={add} itemLabel={kind === 'strength' ? 'ưu điểm' : kind === 'shortcoming' ? 'tồn tại, hạn chế' : 'nguyên nhân'} collection="findings"
        render={(row, update) => (
          <Textarea aria-label={label} autosize minRows={2} value={row.text} onChange={(e) => update({ text: e.currentTarget.value })} />
        )}
      />
    </Stack>
  );
  const count = (areaId: string | null) => value.findings.filter((f) => f.kind !== 'cause' && inGroup(f, { areaId, kind: f.kind })).length;
  return (
    <Accordion multiple variant="separated" defaultValue={[campaign.areas[0]?.id ?? 'none']}>
      {[...campaign.areas.map((a) => ({ id: a.id, name: a.name })), { id: 'none', name: 'Chung (không thuộc lĩnh vực nào)' }].map((a, i) => (
        <Accordion.Item value={a.id} key={a.id}>
          <Accordion.Control>
            <Group justify="space-between" pr="md">
              <Text fw={600}>{a.id === 'none' ? a.name : `${i + 1}. ${a.name}`}</Text>
              {count(a.id === 'none' ? null : a.id) > 0 && <Badge variant="light">{count(a.id === 'none' ? null : a.id)}</Badge>}
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack>{KINDS.map((k) => list(a.id === 'none' ? null : a.id, k.kind, k.label, k.add))}</Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
      <Accordion.Item value="causes">
        <Accordion.Control><Text fw={600}>Nguyên nhân của tồn tại, hạn chế</Text></Accordion.Control>
        <Accordion.Panel>{list(null, 'cause', 'Nguyên nhân (khách quan, chủ quan)', 'Thêm nguyên nhân')}</Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

// Findings by reform area: strengths and shortcomings, plus causes for the whole inspection.
import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { GrowingTextarea } from '../../components/GrowingTextarea';
import { createContext, memo, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import { newId } from '../../../../shared/defaults';
import type { Campaign, Finding } from '../../../../shared/records';
import { RowList } from '../../components/RowList';
import { PhraseSuggestions } from './PhraseSuggestions';
import type { SectionProps } from './types';

const KINDS: { kind: Finding['kind']; label: string; add: string }[] = [
  { kind: 'strength', label: 'Ưu điểm, kết quả đạt được', add: 'Thêm ưu điểm' },
  { kind: 'shortcoming', label: 'Tồn tại, hạn chế', add: 'Thêm tồn tại, hạn chế' },
];

type Group = { areaId: string | null; kind: Finding['kind'] };
const groupKey = (areaId: string | null, kind: Finding['kind']) => `${areaId ?? ''}|${kind}`;

/** Groups in display order: each area's strengths then shortcomings, then unassigned, then causes. */
function groupsOf(campaign: Campaign): Group[] {
  return [
    ...campaign.areas.flatMap((a) => KINDS.map((k) => ({ areaId: a.id as string | null, kind: k.kind }))),
    ...KINDS.map((k) => ({ areaId: null, kind: k.kind })),
    { areaId: null, kind: 'cause' },
  ];
}

/** The findings split by group; a finding whose area is not in the campaign goes to the general group. */
function split(campaign: Campaign, findings: Finding[]): Map<string, Finding[]> {
  const known = new Set(campaign.areas.map((a) => a.id));
  const out = new Map(groupsOf(campaign).map((g) => [groupKey(g.areaId, g.kind), [] as Finding[]]));
  for (const f of findings) out.get(groupKey(f.areaId !== null && known.has(f.areaId) ? f.areaId : null, f.kind))?.push(f);
  return out;
}

const sameRows = (a: Finding[] | undefined, b: Finding[]) => !!a && a.length === b.length && a.every((r, k) => r === b[k]);

/** The findings by group and the setter, read by each group's list (see FindingsSection). */
interface Groups { byGroup: Map<string, Finding[]>; setGroup: (areaId: string | null, kind: Finding['kind'], rows: Finding[]) => void }
const GroupsCtx = createContext<Groups | null>(null);

// The accordion (nine areas) is memoised on what it shows, the areas and their counts; each group's
// list reads its findings from a context, so a keystroke re-renders the group typed in, not the
// accordion around it.
export const FindingsSection = memo(function FindingsSection({ value, edit, campaign }: SectionProps) {
  // A group whose findings did not change keeps the same array, so its list is not re-rendered.
  const previous = useRef<Map<string, Finding[]>>(new Map());
  const byGroup = useMemo(() => {
    const next = split(campaign, value.findings);
    for (const [k, rows] of next) if (sameRows(previous.current.get(k), rows)) next.set(k, previous.current.get(k)!);
    return next;
  }, [campaign, value.findings]);
  useEffect(() => { previous.current = byGroup; }, [byGroup]);
  // Read from the latest record, so the callback stays the same from one keystroke to the next.
  const setGroup = useCallback((areaId: string | null, kind: Finding['kind'], rows: Finding[]) => edit((i) => {
    const groups = split(campaign, i.findings);
    groups.set(groupKey(areaId, kind), rows);
    return { ...i, findings: groupsOf(campaign).flatMap((g) => groups.get(groupKey(g.areaId, g.kind)) ?? []) };
  }), [edit, campaign]);
  const rowsOf = (areaId: string | null, kind: Finding['kind']) => byGroup.get(groupKey(areaId, kind)) ?? [];
  // Strengths and shortcomings per area (and unassigned), as one string so it compares by value.
  const counts = [...campaign.areas.map((a) => a.id as string | null), null].map((id) => rowsOf(id, 'strength').length + rowsOf(id, 'shortcoming').length).join(',');
  const groups = useMemo(() => ({ byGroup, setGroup }), [byGroup, setGroup]);
  return (
    <GroupsCtx.Provider value={groups}>
      <FindingsAccordion campaign={campaign} counts={counts} />
    </GroupsCtx.Provider>
  );
});

const FindingsAccordion = memo(function FindingsAccordion({ campaign, counts }: { campaign: Campaign; counts: string }) {
  const count = counts.split(',').map(Number);
  const list = (areaId: string | null, kind: Finding['kind'], label: string, add: string) => (
    <GroupList key={kind} areaId={areaId} kind={kind} label={label} add={add} />
  );
  return (
    <Accordion multiple variant="separated" defaultValue={[campaign.areas[0]?.id ?? 'none']}>
      {[...campaign.areas.map((a) => ({ id: a.id, name: a.name })), { id: 'none', name: 'Chung (không thuộc lĩnh vực nào)' }].map((a, i) => (
        <Accordion.Item value={a.id} key={a.id}>
          <Accordion.Control>
            <Group justify="space-between" pr="md">
              <Text fw={600}>{a.id === 'none' ? a.name : `${i + 1}. ${a.name}`}</Text>
              {count[i] > 0 && <Badge variant="light">{count[i]}</Badge>}
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
});

/** One group's findings from the context; FindingGroup re-renders only when they change. */
function GroupList(props: { areaId: string | null; kind: Finding['kind']; label: string; add: string }) {
  const { byGroup, setGroup } = useContext(GroupsCtx)!;
  return <FindingGroup {...props} rows={byGroup.get(groupKey(props.areaId, props.kind)) ?? []} setGroup={setGroup} />;
}

const ITEM_LABEL: Record<Finding['kind'], string> = { strength: 'ưu điểm', shortcoming: 'tồn tại, hạn chế', cause: 'nguyên nhân' };

/** One list of findings; its row renderer is stable so a keystroke re-renders only the row typed in. */
const FindingGroup = memo(function FindingGroup({ areaId, kind, label, add, rows, setGroup }: {
  areaId: string | null; kind: Finding['kind']; label: string; add: string; rows: Finding[];
  setGroup: (areaId: string | null, kind: Finding['kind'], rows: Finding[]) => void;
}) {
  const render = useCallback((row: Finding, update: (patch: Partial<Finding>) => void) => (<>
    <GrowingTextarea aria-label={label} minRows={2} value={row.text} onChange={(e) => update({ text: e.currentTarget.value })} />
    <PhraseSuggestions kind="finding" findingKind={kind} text={row.text} areaId={areaId} onPick={(text) => update({ text })} />
  </>), [label, kind, areaId]);
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">{label}</Text>
      <RowList<Finding>
        rows={rows} onChange={(next) => setGroup(areaId, kind, next)}
        newRow={() => ({ id: newId(), areaId, kind, text: '' })} addLabel={add} itemLabel={ITEM_LABEL[kind]} collection="findings"
        render={render}
      />
    </Stack>
  );
});

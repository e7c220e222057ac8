// Figures against the campaign's indicator catalogue: counts, numerator/denominator with the rate
// computed, or a rate as the unit reported it. Parts that do not add up to their total are flagged.
// Each indicator's row is memoised and its callbacks are stable, so a keystroke in one figure
// re-renders that row (and a total whose sum it changes), not the forty other rows of the table.
import { Alert, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { memo, useCallback, useMemo } from 'react';
import { checkParts, derivedTotals, figureText, ratioProblem } from '../../../../shared/figures';
import { newId } from '../../../../shared/defaults';
import type { Figure, Indicator } from '../../../../shared/records';
import { formatCount } from '../../../../shared/vi/numbers';
import { NumberField } from '../../components/NumberField';
import type { SectionProps } from './types';
import { rowField, withDraft } from '../../drafts';

export const FiguresSection = memo(function FiguresSection({ value, edit, campaign }: SectionProps) {
  const byIndicator = new Map(value.figures.map((f) => [f.indicatorId, f]));
  // One change of a figure's value and of its field's draft together: a figure holding only a draft
  // ("-5", "12a") keeps its row, so the draft keeps its path (figures.<rowId>.value). Computed from
  // the latest record, so the callback stays the same from one keystroke to the next.
  const update = useCallback((ind: Indicator, patch: Partial<Figure>, field?: 'value' | 'denominator', draft?: string | null) => edit((insp) => {
    const old = insp.figures.find((f) => f.indicatorId === ind.id) ?? { id: newId(), indicatorId: ind.id, value: null, denominator: null, note: '' };
    const next = { ...old, ...patch };
    let rec = field && draft !== undefined ? withDraft(insp, rowField('figures', next.id, field), draft) : insp;
    const hasDraft = ['value', 'denominator'].some((k) => rec.drafts?.[rowField('figures', next.id, k)] !== undefined);
    const empty = next.value === null && next.denominator === null && !next.note && !hasDraft;
    const others = insp.figures.filter((f) => f.indicatorId !== ind.id);
    // Keep catalogue order so the saved list reads like the form.
    const order = new Map(campaign.indicators.map((x, i) => [x.id, i]));
    rec = { ...rec, figures: (empty ? others : [...others, next]).sort((a, b) => (order.get(a.indicatorId) ?? 0) - (order.get(b.indicatorId) ?? 0)) };
    return rec;
  }), [edit, campaign]);
  const depths = useMemo(() => new Map(campaign.indicators.map((ind) => {
    let d = 0;
    for (let p = ind.parentId; p && d < 10; p = campaign.indicators.find((x) => x.id === p)?.parentId ?? null) d++;
    return [ind.id, d];
  })), [campaign.indicators]);
  const mismatches = checkParts(campaign.indicators, value.figures);
  const derived = derivedTotals(campaign.indicators, value.figures);
  const nameOf = (id: string) => campaign.indicators.find((i) => i.id === id)?.name ?? '';
  const groups = useMemo(() => [...campaign.areas.map((a) => ({ id: a.id as string | null, name: a.name })), { id: null, name: 'Chỉ tiêu chung' }]
    .map((g) => ({ ...g, items: campaign.indicators.filter((i) => (g.id === null ? !campaign.areas.some((a) => a.id === i.areaId) : i.areaId === g.id)) }))
    .filter((g) => g.items.length), [campaign.areas, campaign.indicators]);
  return (
    <Stack>
      {mismatches.map((m) => (
        <Alert key={m.parentId} color="yellow" title="Số liệu không khớp" data-testid="sum-mismatch">
          {nameOf(m.parentId)}: tổng số {formatCount(m.total)}, nhưng các phần cộng lại được {formatCount(m.sumOfParts)} (chênh {formatCount(Math.abs(m.total - m.sumOfParts))}). Vẫn được lưu; hãy kiểm tra lại.
        </Alert>
      ))}
      {groups.map((g) => (
        <Paper withBorder p="md" key={g.id ?? 'none'}>
          <Title order={5} mb="xs">{g.name}</Title>
          <Table>
            <Table.Tbody>
              {g.items.map((ind) => {
                const f = byIndicator.get(ind.id);
                const mismatch = mismatches.find((m) => m.parentId === ind.id);
                const problem = (f && ratioProblem(f)) || (mismatch
                  ? `Các phần cộng lại ${formatCount(mismatch.sumOfParts)}, chênh ${formatCount(Math.abs(mismatch.total - mismatch.sumOfParts))}`
                  : null);
                return (
                  <FigureRow key={ind.id} ind={ind} figure={f} depth={depths.get(ind.id) ?? 0} problem={problem} derived={derived.get(ind.id)}
                    valueDraft={f ? value.drafts?.[rowField('figures', f.id, 'value')] : undefined}
                    denominatorDraft={f ? value.drafts?.[rowField('figures', f.id, 'denominator')] : undefined}
                    update={update} />
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
      <Text size="sm" c="dimmed">Danh mục chỉ tiêu sửa được trong "Kế hoạch và Đoàn kiểm tra" › Chỉ tiêu.</Text>
    </Stack>
  );
});

type Update = (ind: Indicator, patch: Partial<Figure>, field?: 'value' | 'denominator', draft?: string | null) => void;

/** One indicator's line; every prop is a value or a stable callback, so it re-renders only when it changes. */
const FigureRow = memo(function FigureRow({ ind, figure: f, depth, problem, derived, valueDraft, denominatorDraft, update }: {
  ind: Indicator; figure: Figure | undefined; depth: number; problem: string | null; derived: number | undefined;
  valueDraft: string | undefined; denominatorDraft: string | undefined; update: Update;
}) {
  const fieldProps = (field: 'value' | 'denominator') => ({
    value: f?.[field] ?? null,
    draft: field === 'value' ? valueDraft : denominatorDraft,
    onChange: (v: number | null) => update(ind, { [field]: v }),
    onDraft: (t: string | null) => update(ind, {}, field, t),
  });
  return (
    <Table.Tr data-testid={`figure-${ind.name}`} data-indicator-id={ind.id} data-problem={problem ? 'yes' : undefined}
      style={problem ? { background: 'var(--mantine-color-yellow-0)' } : undefined}>
      <Table.Td style={{ paddingLeft: 8 + depth * 24 }} w="38%"><Text size="sm">{ind.name}</Text></Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap" align="center">
          <NumberField aria-label={ind.kind === 'ratio' ? `${ind.name} – tử số` : ind.name} w={110}
            placeholder={ind.kind === 'percent' ? '%' : ind.kind === 'ratio' ? 'tử số' : ind.unit}
            {...fieldProps('value')} />
          {ind.kind === 'ratio' && (
            <>
              <Text>/</Text>
              <NumberField aria-label={`${ind.name} – mẫu số`} w={110} placeholder="mẫu số" {...fieldProps('denominator')} />
            </>
          )}
          {ind.kind === 'percent' && <Text>%</Text>}
        </Group>
      </Table.Td>
      <Table.Td w="22%">
        <Text size="sm" c={problem ? 'red.8' : derived !== undefined ? 'dimmed' : undefined} data-testid="figure-text">
          {problem ?? (f ? figureText(ind, f) : derived !== undefined ? `= ${formatCount(derived)} (cộng các phần)` : '')}
        </Text>
      </Table.Td>
      <Table.Td w="18%">
        <TextInput aria-label={`${ind.name} – ghi chú`} size="xs" placeholder="Ghi chú" value={f?.note ?? ''} onChange={(e) => update(ind, { note: e.currentTarget.value })} />
      </Table.Td>
    </Table.Tr>
  );
});

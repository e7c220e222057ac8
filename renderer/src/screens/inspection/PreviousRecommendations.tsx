// Next year's inspection of a unit opens with last year's recommendations to it (docs/domain.md,
// "Follow-up"): where each stands, and the unfinished ones carried into this inspection's findings
// or recommendations with their origin noted. The core adds the rows and the originals' history in
// one transaction; the editor then shows the same rows, so its next autosave changes nothing.
import { Badge, Button, Checkbox, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { memo, useState } from 'react';
import { deadlineText, FOLLOW_STATUS_LABELS, followStatusOf, localToday, type FollowFacts, type FollowStatus } from '../../../../shared/followup';
import type { Inspection } from '../../../../shared/records';
import type { CarryInto, PreviousRecommendation } from '../../../../shared/remediation';
import { api, unwrap } from '../../api';
import { emitChange } from '../../changes';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../hooks/useLoad';

const STATUS_COLORS: Record<FollowStatus, string> = {
  overdue: 'red', due_soon: 'orange', not_accepted: 'orange', reported: 'blue', not_due: 'gray', no_due_date: 'gray', done: 'teal',
};

function factsOf(r: PreviousRecommendation): FollowFacts {
  return {
    status: r.status, remedyDeadline: r.remedyDeadline, remedyDeadlineNote: r.remedyDeadlineNote, extendedTo: r.extendedTo, baseDate: r.baseDate,
    lastReport: r.lastAssessment === null ? null : { assessed: r.lastAssessment === 'pending' ? null : r.lastAssessment, receivedDate: '' },
  };
}

/**
 * Takes only what it needs from the record (memo): the editor re-renders on every keystroke, this
 * panel only when the unit changes.
 */
export const PreviousRecommendations = memo(function PreviousRecommendations({ inspectionId, unitId, nothingYet, edit, flush }: {
  inspectionId: string;
  unitId: string | null;
  /** No findings and no recommendations recorded yet. */
  nothingYet: boolean;
  edit: (fn: (i: Inspection) => Inspection) => void;
  flush: () => Promise<void>;
}) {
  // Re-read when the unit changes: choosing the unit is what makes an inspection "next year's".
  // The unit just chosen is saved first (the core looks up the unit it has on disk).
  const { data, error, reload } = useLoad(async () => {
    await flush();
    return unwrap(api().inspections.previousRecommendations({ inspectionId }));
  }, [inspectionId, unitId]);
  // Open at once on an inspection with nothing recorded yet: that is when she needs last year's.
  const [open, setOpen] = useState(nothingYet);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [err, setErr] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (error) return <ErrorNote error={error} title="Không tải được kiến nghị của lần kiểm tra trước" />;
  if (!data || !data.recommendations.length) return null;
  const today = localToday();
  const state = new Map(data.recommendations.map((r) => [r.id, followStatusOf(factsOf(r), today).status]));
  const unfinished = data.recommendations.filter((r) => state.get(r.id) !== 'done' && !r.carried);
  const carry = async (into: CarryInto) => {
    setBusy(true);
    setErr(null);
    try {
      await flush(); // the rows are added to what is on disk: save what is on screen first
      const ids = data.recommendations.filter((r) => picked.has(r.id)).map((r) => r.id);
      const res = await unwrap(api().followUp.carry({ inspectionId, into, recommendationIds: ids }));
      edit((i) => ({ ...i, findings: [...i.findings, ...res.findings], recommendations: [...i.recommendations, ...res.recommendations] }));
      setPicked(new Set());
      emitChange();
      reload();
    } catch (e) {
      setErr(e);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: string, on: boolean) => setPicked((s) => {
    const n = new Set(s);
    if (on) n.add(id); else n.delete(id);
    return n;
  });
  return (
    <Paper withBorder p="sm" data-testid="previous-recommendations">
      <Group justify="space-between">
        <Text fw={500}>
          Kiến nghị tại {data.source}: {data.recommendations.length} kiến nghị, {data.recommendations.filter((r) => state.get(r.id) !== 'done').length} chưa hoàn thành
        </Text>
        <Button size="xs" variant="subtle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? 'Thu gọn' : 'Xem kiến nghị lần trước'}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Stack gap={6} mt="xs">
          {data.recommendations.map((r) => {
            const status = state.get(r.id)!;
            const can = status !== 'done' && !r.carried;
            const deadline = deadlineText(factsOf(r));
            return (
              <Group key={r.id} gap="xs" align="flex-start" wrap="nowrap" data-testid="previous-recommendation">
                <Checkbox mt={3} disabled={!can} checked={picked.has(r.id)} onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                  aria-label={`Chọn kiến nghị số ${r.number} lần trước`} />
                <Stack gap={2} style={{ flex: 1 }}>
                  <Text size="sm"><b>Kiến nghị số {r.number}:</b> {r.content}</Text>
                  <Group gap="xs">
                    <Badge size="sm" color={STATUS_COLORS[status]} variant="light" tt="none">{FOLLOW_STATUS_LABELS[status]}</Badge>
                    {deadline && <Text size="xs" c="dimmed">Thời hạn: {deadline}</Text>}
                    {r.carried && <Badge size="sm" color="blue" variant="outline">Đã chuyển vào cuộc kiểm tra này</Badge>}
                  </Group>
                  {r.statusNote && <Text size="xs" c="dimmed">Kết quả: {r.statusNote}</Text>}
                </Stack>
              </Group>
            );
          })}
          {unfinished.length > 0 && (
            <Group gap="xs" mt={4}>
              <Button size="xs" disabled={!picked.size} loading={busy} onClick={() => void carry('recommendations')}>
                Chuyển vào kiến nghị của Đoàn
              </Button>
              <Button size="xs" variant="default" disabled={!picked.size} loading={busy} onClick={() => void carry('findings')}>
                Chuyển vào kết quả kiểm tra (tồn tại)
              </Button>
              <Text size="xs" c="dimmed">Mỗi kiến nghị được chuyển ghi rõ nguồn: "Kiến nghị số … tại {data.source} chưa hoàn thành."</Text>
            </Group>
          )}
          <ErrorNote error={err} />
        </Stack>
      </Collapse>
    </Paper>
  );
});

// The navigation's overdue count (a SQL count) and the status the list shows (the pure rule of
// shared/follow-up/status.ts) agree, day by day, on wordings, extensions and reports.
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { rowStatus } from '../../shared/followup';
import { tempCore } from '../helpers';

const cores: ReturnType<typeof tempCore>[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) { c.close(); fs.rmSync(c.dir, { recursive: true, force: true }); }
});

it('counts overdue in SQL exactly as the pure status rule does', () => {
  let t = Date.UTC(2023, 0, 10, 3);
  const c = tempCore(() => new Date((t += 1000)));
  cores.push(c);
  const h = c.handlers;
  h['demo.load']({});
  const a = h['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  const wordings = ['trong quý IV/2022', 'khắc phục ngay', 'trong 30 ngày'];
  h['inspections.save']({ ...a, recommendations: a.recommendations.map((r, k) => ({ ...r, remedyDeadline: null, remedyDeadlineNote: wordings[k] ?? '', status: 'open' as const })) });
  const b = h['inspections.get']({ id: DEMO_IDS.inspectionHuyenDienBien2022 });
  h['inspections.save']({ ...b, recommendations: b.recommendations.map((r, k) => ({ ...r, remedyDeadline: k < 3 ? '2022-12-31' : r.remedyDeadline, status: 'open' as const })) });
  const [b0, b1, b2] = h['inspections.get']({ id: b.id }).recommendations;
  // b0 extended twice (the latest counts), b1 reported and waiting, b2 reported, then refused.
  const ext = c.db.prepare('INSERT INTO recommendation_extensions (id, recommendation_id, new_deadline, reason, decided_date, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  ext.run(randomUUID(), b0.id, '2023-06-30', 'Chờ kinh phí', '2023-01-05', '2023-01-05T01:00:00.000Z');
  ext.run(randomUUID(), b0.id, '2023-03-31', 'Rút ngắn theo chỉ đạo', '2023-01-06', '2023-01-06T01:00:00.000Z');
  const report = randomUUID();
  c.db.prepare("INSERT INTO remediation_reports (id, inspection_id, received_date, created_at, updated_at) VALUES (?, ?, '2023-02-01', 'x', 'x')").run(report, b.id);
  const item = c.db.prepare("INSERT INTO remediation_report_items (report_id, recommendation_id, assessment, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')");
  item.run(report, b1.id, null);
  item.run(report, b2.id, 'not_accepted');

  const list = h['followUp.list']({});
  const byId = new Map(list.map((r) => [r.recommendation.id, r]));
  expect(byId.get(b0.id)?.extendedTo).toBe('2023-03-31');
  expect(byId.get(b1.id)?.lastAssessment).toBe('pending');
  const days = ['2022-11-30', '2022-12-31', '2023-01-01', '2023-01-10', '2023-03-31', '2023-04-01', '2030-01-01'];
  for (const today of days) {
    const viaRule = list.filter((r) => rowStatus(r, today).status === 'overdue').length;
    expect(h['followUp.overdueCount']({ today }), today).toBe(viaRule);
  }
  expect(h['followUp.overdueCount']({ today: '2023-04-01' })).toBeGreaterThan(h['followUp.overdueCount']({ today: '2022-11-30' }));
  const status = (id: string, today: string) => rowStatus(byId.get(id)!, today).status;
  const [a0, a1, a2] = list.filter((r) => r.inspectionId === a.id);
  expect(status(a0.recommendation.id, '2023-01-01')).toBe('overdue'); // "trong quý IV/2022" ended on 31/12/2022
  expect(status(a1.recommendation.id, '2030-01-01')).toBe('no_due_date');
  expect(a2.baseDate).not.toBeNull();
  expect(status(b0.id, '2023-03-31')).toBe('due_soon');
  expect(status(b0.id, '2023-04-01')).toBe('overdue');
  expect(status(b1.id, '2030-01-01')).toBe('reported');
  expect(status(b2.id, '2030-01-01')).toBe('not_accepted');
});

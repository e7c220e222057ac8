// rows.restore: a row removed from a record with a save comes back, and only into its own record.
import fs from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { newCampaign, newId, newInspection } from '../../shared/defaults';
import { tempCore } from '../helpers';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

it('brings back a removed finding of that inspection, not one of another', () => {
  const c = tempCore();
  cleanup.push(() => { c.close(); fs.rmSync(c.dir, { recursive: true, force: true }); });
  const campaign = c.handlers['campaigns.save'](newCampaign(2023));
  const a = { ...newInspection(campaign.id), findings: [{ id: newId(), areaId: null, kind: 'strength' as const, text: 'Niêm yết công khai đầy đủ' }] };
  const b = { ...newInspection(campaign.id), findings: [{ id: newId(), areaId: null, kind: 'strength' as const, text: 'Một cửa hoạt động tốt' }] };
  c.handlers['inspections.save'](a);
  c.handlers['inspections.save'](b);
  c.handlers['inspections.save']({ ...a, findings: [] });
  c.handlers['inspections.save']({ ...b, findings: [] });

  // A row of another inspection among the ids: refused whole, nothing comes back.
  expect(dispatch(c.handlers, 'rows.restore', { parentKind: 'inspection', parentId: a.id, ids: [a.findings[0].id, b.findings[0].id] }))
    .toMatchObject({ ok: false, error: { code: 'CHILD_OWNED_ELSEWHERE' } });
  expect(c.handlers['inspections.get']({ id: a.id }).findings).toEqual([]);
  expect(dispatch(c.handlers, 'rows.restore', { parentKind: 'inspection', parentId: a.id, ids: [a.findings[0].id] })).toEqual({ ok: true, value: null });
  expect(c.handlers['inspections.get']({ id: a.id }).findings.map((f) => f.text)).toEqual(['Niêm yết công khai đầy đủ']);
  expect(c.handlers['inspections.get']({ id: b.id }).findings).toEqual([]);
  expect(dispatch(c.handlers, 'rows.restore', { parentKind: 'inspection', parentId: a.id, ids: [] })).toMatchObject({ ok: false });
});

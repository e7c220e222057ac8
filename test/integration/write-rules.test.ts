// The write rules of the table layer (electron/core/db/table.ts): a save never brings a row back from
// the bin, never moves a row to another record, and rewrites only what changed; restoring rows is an
// explicit operation; unit levels in use cannot be dropped.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { newCampaign, newId, newInspection } from '../../shared/defaults';
import type { Campaign, Finding, Inspection, Recommendation } from '../../shared/records';
import { CoreError } from '../../electron/core/errors';
import { tempCore } from '../helpers';

type TestCore = ReturnType<typeof tempCore>;
const cores: TestCore[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) {
    c.close();
    fs.rmSync(c.dir, { recursive: true, force: true });
  }
});

/** A clock that moves one second per reading, so updated_at tells saves apart. */
function steppingClock(): () => Date {
  let t = Date.UTC(2024, 0, 1);
  return () => new Date((t += 1000));
}

function setup(): { core: TestCore; campaign: Campaign; inspection: Inspection } {
  const core = tempCore(steppingClock());
  cores.push(core);
  const campaign = newCampaign(2024);
  core.handlers['campaigns.save'](campaign);
  const inspection = newInspection(campaign.id);
  inspection.findings = [1, 2, 3].map((n): Finding => ({ id: newId(), areaId: null, kind: 'strength', text: `Ưu điểm ${n}` }));
  inspection.recommendations = [1, 2, 3].map((n): Recommendation => ({
    id: newId(), areaId: null, content: `Kiến nghị ${n}`, responsibleUnit: '', remedyDeadline: null, remedyDeadlineNote: '',
    reportDeadline: null, reportTo: '', status: 'open', statusNote: '',
  }));
  core.handlers['inspections.save'](inspection);
  return { core, campaign, inspection };
}

function refusal(fn: () => unknown): CoreError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const rowsOf = (core: TestCore, table: string, inspectionId: string) =>
  core.db.prepare(`SELECT id, updated_at, deleted_at FROM ${table} WHERE inspection_id = ? ORDER BY position`).all(inspectionId) as
    { id: string; updated_at: string; deleted_at: string | null }[];

describe('no restore on save', () => {
  it('refuses to save an inspection that is in the bin, and writes nothing', () => {
    const { core, inspection } = setup();
    core.handlers['bin.delete']({ kind: 'inspection', id: inspection.id });
    const e = refusal(() => core.handlers['inspections.save']({ ...inspection, place: 'Hội trường' }));
    expect(e.code).toBe('DELETED');
    expect(e.message).toBe('Cuộc kiểm tra này đã được chuyển vào Thùng rác; khôi phục trong Thùng rác để sửa tiếp.');
    const row = core.db.prepare('SELECT place, deleted_at FROM inspections WHERE id = ?').get(inspection.id) as { place: string; deleted_at: string | null };
    expect(row).toEqual({ place: '', deleted_at: expect.any(String) });
  });

  it('refuses a campaign, a team and a unit in the bin', () => {
    const { core, campaign } = setup();
    const team = core.handlers['teams.save']({ id: newId(), campaignId: campaign.id, number: 1, members: [] });
    const unit = core.handlers['units.save']({ id: newId(), name: 'UBND xã A', levelId: null, parentId: null, address: '', email: '', representatives: [] });
    core.handlers['bin.delete']({ kind: 'team', id: team.id });
    core.handlers['bin.delete']({ kind: 'unit', id: unit.id });
    core.handlers['bin.delete']({ kind: 'campaign', id: campaign.id });
    expect(refusal(() => core.handlers['campaigns.save']({ ...campaign, title: 'x' })).message).toMatch(/^Đợt kiểm tra này đã được chuyển vào Thùng rác/);
    expect(refusal(() => core.handlers['units.save']({ ...unit, name: 'x' })).code).toBe('DELETED');
    core.handlers['bin.restore']({ kind: 'campaign', id: campaign.id });
    expect(refusal(() => core.handlers['teams.save']({ ...team, number: 2 })).code).toBe('DELETED');
    expect(core.handlers['bin.list']({}).map((b) => b.kind).sort()).toEqual(['team', 'unit']);
  });

  it('refuses a removed row sent back by a late save, naming it, and writes nothing else', () => {
    const { core, inspection } = setup();
    const without = { ...inspection, recommendations: inspection.recommendations.slice(0, 2) };
    core.handlers['inspections.save'](without);
    // A save queued before the removal arrives afterwards, with a change elsewhere.
    const late = { ...inspection, place: 'Hội trường UBND' };
    const e = refusal(() => core.handlers['inspections.save'](late));
    expect(e.code).toBe('DELETED_ROW');
    expect(e.message).toMatch(/^Kiến nghị số 3 đã bị xóa/);
    expect(core.handlers['inspections.get']({ id: inspection.id }).place).toBe('');
    expect(core.handlers['inspections.get']({ id: inspection.id }).recommendations).toHaveLength(2);
  });
});

describe('rows.restore', () => {
  it('brings removed rows of that inspection back, leaves live rows alone', () => {
    const { core, inspection } = setup();
    const [a, b, c] = inspection.recommendations;
    core.handlers['inspections.save']({ ...inspection, recommendations: [a] });
    const before = rowsOf(core, 'recommendations', inspection.id).find((r) => r.id === a.id)!;
    core.handlers['rows.restore']({ parentKind: 'inspection', parentId: inspection.id, ids: [b.id, a.id] });
    const after = rowsOf(core, 'recommendations', inspection.id);
    expect(after.find((r) => r.id === b.id)!.deleted_at).toBeNull();
    expect(after.find((r) => r.id === c.id)!.deleted_at).not.toBeNull();
    expect(after.find((r) => r.id === a.id)!.updated_at).toBe(before.updated_at);
    // Now the undo can save the row back.
    core.handlers['inspections.save']({ ...inspection, recommendations: [a, b] });
    expect(core.handlers['inspections.get']({ id: inspection.id }).recommendations.map((r) => r.id)).toEqual([a.id, b.id]);
  });

  it('refuses rows of another inspection and restores none of the list', () => {
    const { core, campaign, inspection } = setup();
    const other = newInspection(campaign.id);
    other.findings = [{ id: newId(), areaId: null, kind: 'cause', text: 'Nguyên nhân' }];
    core.handlers['inspections.save'](other);
    core.handlers['inspections.save']({ ...other, findings: [] });
    core.handlers['inspections.save']({ ...inspection, findings: [] });
    const e = refusal(() => core.handlers['rows.restore']({
      parentKind: 'inspection', parentId: inspection.id, ids: [inspection.findings[0].id, other.findings[0].id],
    }));
    expect(e.code).toBe('CHILD_OWNED_ELSEWHERE');
    expect(e.message).toContain('thuộc một cuộc kiểm tra khác');
    expect(rowsOf(core, 'findings', inspection.id).every((r) => r.deleted_at !== null)).toBe(true);
  });
});

describe('no re-parenting', () => {
  it('refuses a recommendation of another inspection, naming its place, and moves nothing', () => {
    const { core, campaign, inspection } = setup();
    const other = newInspection(campaign.id);
    other.recommendations = [{ ...inspection.recommendations[0], content: 'Chép sang' }];
    const e = refusal(() => core.handlers['inspections.save']({ ...other, recommendations: [inspection.recommendations[1], inspection.recommendations[0]] }));
    expect(e.code).toBe('CHILD_OWNED_ELSEWHERE');
    expect(e.message).toBe('Kiến nghị số 1 thuộc một cuộc kiểm tra khác; không lưu được vào đây.');
    expect(core.handlers['inspections.get']({ id: inspection.id }).recommendations.map((r) => r.content)).toEqual(['Kiến nghị 1', 'Kiến nghị 2', 'Kiến nghị 3']);
    expect(core.db.prepare('SELECT count(*) AS n FROM inspections WHERE id = ?').get(other.id)).toEqual({ n: 0 });
  });

  it('refuses an indicator of another campaign and a member of another team', () => {
    const { core, campaign } = setup();
    const second = newCampaign(2025);
    const e = refusal(() => core.handlers['campaigns.save']({ ...second, indicators: [...second.indicators, campaign.indicators[4]] }));
    expect(e.code).toBe('CHILD_OWNED_ELSEWHERE');
    expect(e.message).toMatch(new RegExp(`^Chỉ tiêu số ${second.indicators.length + 1} thuộc một đợt kiểm tra khác`));
    const member = { id: newId(), honorific: 'Ông' as const, fullName: 'Lò Văn A', role: 'member' as const, title: '', agency: '' };
    core.handlers['teams.save']({ id: newId(), campaignId: campaign.id, number: 1, members: [member] });
    expect(refusal(() => core.handlers['teams.save']({ id: newId(), campaignId: campaign.id, number: 2, members: [member] })).message)
      .toBe('Thành viên số 1 thuộc một đoàn kiểm tra khác; không lưu được vào đây.');
  });

  it('refuses two rows with one id in the same list', () => {
    const { core, inspection } = setup();
    const f = inspection.findings[0];
    expect(refusal(() => core.handlers['inspections.save']({ ...inspection, findings: [f, { ...f, text: 'khác' }] })).code).toBe('DUPLICATE_ROW');
  });
});

describe('unit levels', () => {
  it('refuses an empty list and dropping a level that units use', () => {
    const { core } = setup();
    const levels = core.handlers['unitLevels.list']({});
    expect(refusal(() => core.handlers['unitLevels.save']({ levels: [] })).message).toMatch(/không được để trống/);
    const used = levels.find((l) => l.name === 'Cấp xã')!;
    for (const name of ['UBND xã A', 'UBND xã B']) {
      core.handlers['units.save']({ id: newId(), name, levelId: used.id, parentId: null, address: '', email: '', representatives: [] });
    }
    const e = refusal(() => core.handlers['unitLevels.save']({ levels: levels.filter((l) => l.id !== used.id) }));
    expect(e.code).toBe('LEVEL_IN_USE');
    expect(e.message).toBe('Không bỏ được cấp "Cấp xã": còn 2 đơn vị thuộc cấp này. Hãy chuyển các đơn vị đó sang cấp khác trước.');
    expect(core.handlers['unitLevels.list']({})).toEqual(levels);
    // An unused level can go.
    expect(core.handlers['unitLevels.save']({ levels: levels.filter((l) => l.name !== 'Cấp huyện') })).toHaveLength(levels.length - 1);
  });
});

describe('an autosave writes what changed', () => {
  it('changing one field of one finding rewrites that row only', () => {
    const { core, inspection } = setup();
    const tables = ['findings', 'recommendations'];
    const before = Object.fromEntries(tables.map((t) => [t, rowsOf(core, t, inspection.id)]));
    const inspBefore = core.db.prepare('SELECT updated_at FROM inspections WHERE id = ?').get(inspection.id) as { updated_at: string };
    // A field the search index does not hold: its triggers (migration 10) would add writes of their own.
    const edited = { ...inspection, findings: inspection.findings.map((f, k) => (k === 1 ? { ...f, kind: f.kind === 'strength' ? 'shortcoming' as const : 'strength' as const } : f)) };
    const changes = core.db.prepare('SELECT total_changes() AS n').pluck();
    const n0 = changes.get() as number;
    const { updatedAt } = core.handlers['inspections.save'](edited);
    // One finding updated, plus the inspection's list date.
    expect((changes.get() as number) - n0).toBe(2);
    const after = Object.fromEntries(tables.map((t) => [t, rowsOf(core, t, inspection.id)]));
    const moved = tables.flatMap((t) => after[t].filter((r, k) => r.updated_at !== before[t][k].updated_at).map((r) => r.id));
    expect(moved).toEqual([inspection.findings[1].id]);
    expect(updatedAt > inspBefore.updated_at).toBe(true);
    // Saving the same again writes nothing and moves nothing.
    const n1 = changes.get() as number;
    expect(core.handlers['inspections.save'](edited).updatedAt).toBe(updatedAt);
    expect(changes.get()).toBe(n1);
  });
});

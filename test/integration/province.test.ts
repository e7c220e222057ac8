// The generated province: counts as asked, every row saved through the contract, the same seed
// giving the same records, and the write rules holding on it.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { generateProvince } from '../../electron/core/demo/province';
import { tempCore } from '../helpers';

type TestCore = ReturnType<typeof tempCore>;
const cores: TestCore[] = [];
const core = () => {
  const c = tempCore(() => new Date('2025-06-01T08:00:00Z'));
  cores.push(c);
  return c;
};
afterEach(() => {
  for (const c of cores.splice(0)) {
    c.close();
    fs.rmSync(c.dir, { recursive: true, force: true });
  }
});

describe('generateProvince', () => {
  it('builds campaigns, teams, units of both levels and inspections with their rows', () => {
    const c = core();
    const r = generateProvince(c, { years: 2, seed: 1, inspectionsPerYear: 6 });
    expect(r).toMatchObject({ campaigns: 2, teams: 4, inspections: 12, findings: 180, recommendations: 180 });
    expect(c.handlers['campaigns.list']({}).map((x) => x.year)).toEqual([2025, 2024]);
    expect(c.handlers['inspections.list']({})).toHaveLength(12);
    const levels = new Set(c.handlers['units.list']({}).map((u) => u.levelId));
    expect(levels.size).toBe(4);
    expect(c.db.prepare('SELECT count(*) FROM findings WHERE deleted_at IS NULL').pluck().get()).toBe(180);
    const one = c.handlers['inspections.get']({ id: r.inspectionIds[0] });
    expect(one.attendees.filter((a) => a.isChair)).toHaveLength(1);
    expect(one.figures.every((f) => f.denominator === null || f.value! <= f.denominator)).toBe(true);
  });

  it('the same seed gives the same records, another seed other ones', () => {
    const a = core();
    const b = core();
    const d = core();
    const ra = generateProvince(a, { years: 1, seed: 7, inspectionsPerYear: 3 });
    generateProvince(b, { years: 1, seed: 7, inspectionsPerYear: 3 });
    const rd = generateProvince(d, { years: 1, seed: 8, inspectionsPerYear: 3 });
    const dump = (c: TestCore, id: string) => c.handlers['transfer.export']({ id }).json;
    expect(dump(b, ra.inspectionIds[2])).toBe(dump(a, ra.inspectionIds[2]));
    expect(rd.inspectionIds[0]).not.toBe(ra.inspectionIds[0]);
  });
});

// inspections.counts: every live campaign, newest year first, with its live inspections counted, so
// the inspections screen can open on one campaign and offer the others.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { generateProvince } from '../../electron/core/demo/province';
import { newCampaign } from '../../shared/defaults';
import { tempDir } from '../helpers';

const cores: [Core, string][] = [];
afterEach(() => {
  for (const [core, dir] of cores.splice(0)) {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function core(): Core {
  const dir = tempDir('bienban-counts-');
  const c = createCore({ dataDir: dir });
  cores.push([c, dir]);
  return c;
}

describe('inspections.counts', () => {
  it('counts the inspections of each campaign, newest year first, as inspections.list returns them', () => {
    const c = core();
    generateProvince(c, { years: 3, seed: 7, inspectionsPerYear: 4, lastYear: 2025 });
    const empty = c.handlers['campaigns.save'](newCampaign(2026));
    const counts = c.handlers['inspections.counts']({});
    expect(counts.map((k) => k.year)).toEqual([2026, 2025, 2024, 2023]);
    expect(counts[0]).toMatchObject({ campaignId: empty.id, inspections: 0 });
    for (const k of counts) expect(k.inspections, String(k.year)).toBe(c.handlers['inspections.list']({ campaignId: k.campaignId }).length);
    expect(counts.slice(1).map((k) => k.inspections)).toEqual([4, 4, 4]);

    // Inspections in the bin are not counted; a campaign in the bin is not listed.
    const [one] = c.handlers['inspections.list']({ campaignId: counts[1].campaignId });
    c.handlers['bin.delete']({ kind: 'inspection', id: one.id });
    c.handlers['bin.delete']({ kind: 'campaign', id: counts[3].campaignId });
    expect(c.handlers['inspections.counts']({}).map((k) => [k.year, k.inspections])).toEqual([[2026, 0], [2025, 3], [2024, 4]]);
  });
});

// documents.list tells an issued document is stale (the records no longer print what it printed)
// without rebuilding the documents while the records it is made from stay unchanged; what counts as
// printed is the fingerprint's rule (shared/documents/fingerprint.ts), unchanged.
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { recordsStamp } from '../../electron/core/documents/staleness';
import type { Inspection } from '../../shared/records';
import { harnessPlatform } from '../harness/platform';
import { tempDir } from '../helpers';

// Counts the document models built, through the real builder.
const built = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../shared/documents/model', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../shared/documents/model')>();
  return {
    ...real,
    buildModel: (...args: Parameters<typeof real.buildModel>) => {
      built.n++;
      return real.buildModel(...args);
    },
  };
});

const MUONG_CHA = DEMO_IDS.inspectionMuongCha2022;
const DIEN_BIEN = DEMO_IDS.inspectionHuyenDienBien2022;

const cores: Core[] = [];
const dirs: string[] = [];
afterEach(() => {
  cores.splice(0).forEach((c) => c.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/** A demo core whose clock moves one second at each reading (as a real one moves between saves), or stands still. */
function setup(clock: 'moving' | 'fixed'): Core {
  const dir = tempDir('bienban-stale-');
  dirs.push(dir);
  let t = Date.parse('2022-10-06T03:00:00.000Z');
  const core = createCore({ dataDir: dir, platform: harnessPlatform(dir), clock: () => new Date(clock === 'moving' ? (t += 1000) : t) });
  cores.push(core);
  core.handlers['demo.load']({});
  return core;
}

function edit(core: Core, id: string, change: (i: Inspection) => void): void {
  const i = core.handlers['inspections.get']({ id });
  change(i);
  core.handlers['inspections.save'](i);
}

/** Issues both documents, confirming the points to check the demo figures raise (they come from the articles). */
async function issueBoth(core: Core, id: string) {
  for (const [type, issuedDate] of [['minutes', '2022-10-06'], ['conclusion', '2022-10-07']] as const) {
    const acceptWarnings = core.handlers['documents.nextNumber']({ inspectionId: id, type, issuedDate }).checks.map((c) => c.key);
    await core.handlers['documents.issue']({ inspectionId: id, type, issuedDate, acceptWarnings });
  }
}

const staleOf = (core: Core, id: string) => core.handlers['documents.list']({ inspectionId: id }).map((d) => [d.type, d.stale]);

describe('documents.list and staleness', () => {
  it('lists an unchanged inspection again without building a document model', async () => {
    const core = setup('moving');
    await issueBoth(core, MUONG_CHA);
    const first = core.handlers['documents.list']({ inspectionId: MUONG_CHA });
    expect(first.map((d) => [d.type, d.stale])).toEqual([['minutes', false], ['conclusion', false]]);
    built.n = 0;
    expect(core.handlers['documents.list']({ inspectionId: MUONG_CHA })).toEqual(first);
    expect(core.handlers['documents.list']({ inspectionId: MUONG_CHA })).toEqual(first);
    expect(built.n).toBe(0);

    // A save that changes nothing moves nothing.
    edit(core, MUONG_CHA, () => {});
    expect(core.handlers['documents.list']({ inspectionId: MUONG_CHA })).toEqual(first);
    // Nor does a change of another inspection.
    edit(core, DIEN_BIEN, (i) => { i.place = 'Hội trường mới'; });
    expect(core.handlers['documents.list']({ inspectionId: MUONG_CHA })).toEqual(first);
    expect(built.n).toBe(0);
  });

  it('a change of something printed makes the document stale; something its template does not print does not', async () => {
    const core = setup('moving');
    await issueBoth(core, MUONG_CHA);
    expect(staleOf(core, MUONG_CHA)).toEqual([['minutes', false], ['conclusion', false]]);

    // The unit's opinion is printed in the minutes, not in the notice.
    edit(core, MUONG_CHA, (i) => { i.unitOpinion = 'Ý kiến mới của đơn vị.'; });
    built.n = 0;
    expect(staleOf(core, MUONG_CHA)).toEqual([['minutes', true], ['conclusion', false]]);
    expect(built.n).toBe(2); // rebuilt once per type after the change…
    built.n = 0;
    expect(staleOf(core, MUONG_CHA)).toEqual([['minutes', true], ['conclusion', false]]);
    expect(built.n).toBe(0); // …and not again

    // A finding is printed in both.
    edit(core, MUONG_CHA, (i) => { i.findings[0].text = `${i.findings[0].text} (đã sửa)`; });
    expect(staleOf(core, MUONG_CHA)).toEqual([['minutes', true], ['conclusion', true]]);
  });

  it('follows the records the documents are made from outside the inspection: its team, its unit, its campaign\'s issuing side', async () => {
    const core = setup('moving');
    await issueBoth(core, MUONG_CHA);
    const inspection = core.handlers['inspections.get']({ id: MUONG_CHA });
    // Each core lists first, so that the answer after the change could only come from a stale cache.
    expect(staleOf(core, MUONG_CHA)).toEqual([['minutes', false], ['conclusion', false]]);

    const team = core.handlers['teams.list']({ campaignId: inspection.campaignId }).find((t) => t.id === inspection.teamId)!;
    core.handlers['teams.save']({ ...team, members: team.members.map((m, k) => (k === 0 ? { ...m, fullName: `${m.fullName} Hai` } : m)) });
    expect(staleOf(core, MUONG_CHA)[0]).toEqual(['minutes', true]);

    const core2 = setup('moving');
    await issueBoth(core2, MUONG_CHA);
    expect(staleOf(core2, MUONG_CHA)).toEqual([['minutes', false], ['conclusion', false]]);
    const unit = core2.handlers['units.list']({}).find((u) => u.id === inspection.unitId)!;
    core2.handlers['units.save']({ ...unit, name: `${unit.name} mới` });
    expect(staleOf(core2, MUONG_CHA), 'unit').toEqual([['minutes', true], ['conclusion', true]]);

    const core3 = setup('moving');
    await issueBoth(core3, MUONG_CHA);
    expect(staleOf(core3, MUONG_CHA)).toEqual([['minutes', false], ['conclusion', false]]);
    // The laptop's default issuing side is only where new campaigns start from: the documents do not follow it…
    const settings = core3.handlers['settings.get']({})!;
    core3.handlers['settings.save']({ ...settings, teamBodyName: `${settings.teamBodyName} SỐ 1`, issuingBody: `${settings.issuingBody} TỈNH` });
    expect(staleOf(core3, MUONG_CHA), 'default settings').toEqual([['minutes', false], ['conclusion', false]]);
    // …they follow the campaign's own.
    const campaign = core3.handlers['campaigns.get']({ id: inspection.campaignId });
    core3.handlers['campaigns.save']({ ...campaign, issuer: { ...campaign.issuer, teamBodyName: `${campaign.issuer.teamBodyName} SỐ 1`, issuingBody: `${campaign.issuer.issuingBody} TỈNH` } });
    expect(staleOf(core3, MUONG_CHA), 'campaign issuer').toEqual([['minutes', true], ['conclusion', true]]);

    // An inspection moved to the bin can no longer make its documents.
    const core4 = setup('moving');
    await issueBoth(core4, DIEN_BIEN);
    expect(staleOf(core4, DIEN_BIEN)).toEqual([['minutes', false], ['conclusion', false]]);
    core4.handlers['bin.delete']({ kind: 'inspection', id: DIEN_BIEN });
    expect(staleOf(core4, DIEN_BIEN), 'bin').toEqual([['minutes', true], ['conclusion', true]]);
  });

  it('a change saved in the same millisecond as the last list (a clock standing still) is still seen', async () => {
    const core = setup('fixed');
    await issueBoth(core, MUONG_CHA);
    expect(staleOf(core, MUONG_CHA)).toEqual([['minutes', false], ['conclusion', false]]);
    const before = recordsStamp(core.db, MUONG_CHA);
    edit(core, MUONG_CHA, (i) => { i.findings[0].text = `${i.findings[0].text} (đã sửa)`; });
    // updated_at could not move…
    expect(recordsStamp(core.db, MUONG_CHA)).toEqual(before);
    // …and the change is seen all the same.
    expect(staleOf(core, MUONG_CHA)).toEqual([['minutes', true], ['conclusion', true]]);
  });
});

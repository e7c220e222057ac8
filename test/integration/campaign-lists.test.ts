// Reference lists stay whole: a campaign save cannot drop an area that live findings or
// recommendations use, nor an indicator that live figures use. The refusal names the row and how many
// records use it, and nothing of the save is written. campaigns.usage tells the screen beforehand.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { newCampaign, newId, newInspection } from '../../shared/defaults';
import type { Campaign, Inspection, Recommendation } from '../../shared/records';
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

const rec = (areaId: string | null): Recommendation => ({
  id: newId(), areaId, content: 'Kiến nghị', responsibleUnit: '', remedyDeadline: null, remedyDeadlineNote: '',
  reportDeadline: null, reportTo: '', status: 'open', statusNote: '',
});

/** A campaign whose first area is used by two findings and a recommendation, and whose first indicator by a figure in each of two inspections. */
function setup() {
  const core = tempCore();
  cores.push(core);
  const campaign: Campaign = { ...newCampaign(2024), title: 'Kiểm tra CCHC 2024' };
  core.handlers['campaigns.save'](campaign);
  const [area, spare] = campaign.areas;
  const [indicator] = campaign.indicators;
  const inspections: Inspection[] = [0, 1].map((k) => {
    const i = newInspection(campaign.id);
    i.findings = k === 0
      ? [{ id: newId(), areaId: area.id, kind: 'strength', text: 'Ưu điểm' }, { id: newId(), areaId: area.id, kind: 'shortcoming', text: 'Hạn chế' }]
      : [];
    i.recommendations = k === 0 ? [rec(area.id)] : [];
    i.figures = [{ id: newId(), indicatorId: indicator.id, value: 3, denominator: null, note: '' }];
    core.handlers['inspections.save'](i);
    return i;
  });
  return { core, campaign, area, spare, indicator, inspections };
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

const stored = (core: TestCore, id: string) => core.db.prepare(
  `SELECT (SELECT json_group_array(json_array(id, name, deleted_at)) FROM areas WHERE campaign_id = @id) AS areas,
          (SELECT json_group_array(json_array(id, name, deleted_at)) FROM indicators WHERE campaign_id = @id) AS indicators,
          (SELECT title || updated_at FROM campaigns WHERE id = @id) AS root`).get({ id });

describe('a campaign save keeps the areas and indicators records use', () => {
  it('refuses to drop an area used by findings and recommendations, naming it and the counts; nothing is written', () => {
    const { core, campaign, area } = setup();
    const before = stored(core, campaign.id);
    const e = refusal(() => core.handlers['campaigns.save']({
      ...campaign, title: 'Tên mới', areas: campaign.areas.filter((a) => a.id !== area.id),
      indicators: campaign.indicators.map((i) => (i.areaId === area.id ? { ...i, areaId: null } : i)),
    }));
    expect(e.code).toBe('AREA_IN_USE');
    expect(e.message).toBe(
      `Không bỏ được lĩnh vực "${area.name}": còn 2 kết quả kiểm tra và 1 kiến nghị của các cuộc kiểm tra dùng lĩnh vực này. Hãy chuyển sang lĩnh vực khác trước.\nKhông có gì được lưu.`,
    );
    expect(stored(core, campaign.id)).toEqual(before);
    expect(core.handlers['campaigns.get']({ id: campaign.id }).title).toBe(campaign.title);
  });

  it('refuses to drop an indicator used by figures, naming it and the count; nothing is written', () => {
    const { core, campaign, indicator } = setup();
    const before = stored(core, campaign.id);
    const e = refusal(() => core.handlers['campaigns.save']({
      ...campaign, indicators: campaign.indicators.filter((i) => i.id !== indicator.id && i.parentId !== indicator.id),
    }));
    expect(e.code).toBe('INDICATOR_IN_USE');
    expect(e.message).toBe(
      `Không bỏ được chỉ tiêu "${indicator.name}": còn 2 số liệu của các cuộc kiểm tra dùng chỉ tiêu này. Hãy xóa các số liệu đó trước.\nKhông có gì được lưu.`,
    );
    expect(stored(core, campaign.id)).toEqual(before);
  });

  it('names every row in use at once', () => {
    const { core, campaign, area, indicator } = setup();
    const e = refusal(() => core.handlers['campaigns.save']({
      ...campaign, areas: campaign.areas.filter((a) => a.id !== area.id), indicators: campaign.indicators.filter((i) => i.id !== indicator.id),
    }));
    expect(e.message.split('\n')).toHaveLength(3);
    expect(e.message).toContain(`lĩnh vực "${area.name}"`);
    expect(e.message).toContain(`chỉ tiêu "${indicator.name}"`);
  });

  it('an unused area, or one used only by rows or inspections in the bin, can go', () => {
    const { core, campaign, area, spare, inspections } = setup();
    const saved = core.handlers['campaigns.save']({ ...campaign, areas: campaign.areas.filter((a) => a.id !== spare.id) });
    expect(saved.areas.map((a) => a.id)).not.toContain(spare.id);
    // The rows using `area` go: two findings removed from the inspection, its recommendation's inspection to the bin.
    const i0 = core.handlers['inspections.get']({ id: inspections[0].id });
    core.handlers['inspections.save']({ ...i0, findings: [] });
    core.handlers['bin.delete']({ kind: 'inspection', id: inspections[0].id });
    const after = core.handlers['campaigns.save']({ ...saved, areas: saved.areas.filter((a) => a.id !== area.id) });
    expect(after.areas.map((a) => a.id)).not.toContain(area.id);
  });

  it('campaigns.usage counts live rows of live inspections per area and indicator', () => {
    const { core, campaign, area, spare, indicator, inspections } = setup();
    expect(core.handlers['campaigns.usage']({ id: campaign.id })).toEqual({ areas: { [area.id]: 3 }, indicators: { [indicator.id]: 2 } });
    expect(core.handlers['campaigns.usage']({ id: campaign.id }).areas[spare.id]).toBeUndefined();
    core.handlers['bin.delete']({ kind: 'inspection', id: inspections[1].id });
    expect(core.handlers['campaigns.usage']({ id: campaign.id })).toEqual({ areas: { [area.id]: 3 }, indicators: { [indicator.id]: 1 } });
    expect(refusal(() => core.handlers['campaigns.usage']({ id: newId() })).code).toBe('NOT_FOUND');
  });
});

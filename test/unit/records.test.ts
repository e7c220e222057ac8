import { afterEach, describe, expect, it } from 'vitest';
import { newCampaign, newId, newInspection } from '../../shared/defaults';
import type { Inspection } from '../../shared/records';
import { dispatch } from '../../electron/core/dispatch';
import { tempCore } from '../helpers';

const cores: ReturnType<typeof tempCore>[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.close()));

function blankInspection(campaignId: string): Inspection {
  return newInspection(campaignId);
}

describe('records round trip', () => {
  it('saves and reads back a campaign with its areas and indicators in order', () => {
    const core = tempCore();
    cores.push(core);
    const c = newCampaign(2022);
    c.plan = { number: '1703/KH-UBND', date: '2022-06-09', issuer: 'UBND tỉnh Điện Biên', summary: 'Kiểm tra CCHC 2022' };
    core.handlers['campaigns.save'](c);
    const back = core.handlers['campaigns.get']({ id: c.id });
    expect(back.plan).toEqual(c.plan);
    expect(back.areas.map((a) => a.name)).toEqual(c.areas.map((a) => a.name));
    expect(back.indicators).toEqual(c.indicators);
  });

  it('stores NFC text even when given decomposed Vietnamese', () => {
    const core = tempCore();
    cores.push(core);
    const c = newCampaign(2022);
    core.handlers['campaigns.save'](c);
    const i = blankInspection(c.id);
    i.place = 'Mường Chà'.normalize('NFD');
    core.handlers['inspections.save'](i);
    const back = core.handlers['inspections.get']({ id: i.id });
    expect(back.place).toBe('Mường Chà'.normalize('NFC'));
    expect(back.place.length).toBe(9);
  });

  it('removing a child row sends it to the bin instead of erasing it', () => {
    const core = tempCore();
    cores.push(core);
    const c = newCampaign(2022);
    core.handlers['campaigns.save'](c);
    const i = blankInspection(c.id);
    const rec = { id: newId(), areaId: null, content: 'Khắc phục hồ sơ trễ hạn', responsibleUnit: 'UBND huyện', remedyDeadline: null,
      remedyDeadlineNote: '', reportDeadline: null, reportTo: '', status: 'open' as const, statusNote: '' };
    i.recommendations = [rec];
    core.handlers['inspections.save'](i);
    core.handlers['inspections.save']({ ...i, recommendations: [] });
    expect(core.handlers['inspections.get']({ id: i.id }).recommendations).toEqual([]);
    const row = core.db.prepare('SELECT deleted_at FROM recommendations WHERE id = ?').get(rec.id) as { deleted_at: string | null };
    expect(row.deleted_at).not.toBeNull();
  });

  it('dispatch rejects bad input with a Vietnamese message naming the field, and changes nothing', () => {
    const core = tempCore();
    cores.push(core);
    const c = newCampaign(2022);
    core.handlers['campaigns.save'](c);
    const i = { ...blankInspection(c.id), dateFrom: '2022-02-30' };
    const res = dispatch(core.handlers, 'inspections.save', i);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toContain('Từ ngày: Ngày không tồn tại');
    expect(core.handlers['inspections.list']({})).toEqual([]);
  });

  it('deleting goes to the bin and can be undone', () => {
    const core = tempCore();
    cores.push(core);
    const c = newCampaign(2022);
    core.handlers['campaigns.save'](c);
    core.handlers['bin.delete']({ kind: 'campaign', id: c.id });
    expect(core.handlers['campaigns.list']({})).toEqual([]);
    expect(core.handlers['bin.list']({}).map((b) => b.id)).toEqual([c.id]);
    core.handlers['bin.restore']({ kind: 'campaign', id: c.id });
    expect(core.handlers['campaigns.list']({}).map((x) => x.id)).toEqual([c.id]);
  });
});

describe('dispatch', () => {
  it('refuses an async operation on the synchronous path without running it', async () => {
    const core = tempCore();
    cores.push(core);
    const { dispatch, dispatchAsync } = await import('../../electron/core/dispatch');
    const res = dispatch(core.handlers, 'documents.saveDraft', { inspectionId: newId(), type: 'minutes' });
    expect(res).toMatchObject({ ok: false, error: { code: 'ASYNC_OP' } });
    const viaAsync = await dispatchAsync(core.handlers, 'documents.saveDraft', { inspectionId: newId(), type: 'minutes' });
    expect(viaAsync).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

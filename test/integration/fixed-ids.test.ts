// Built-in reference data has the same ids in every database: the default unit levels (constants),
// a campaign's default areas and indicators (derived from the campaign id). Older databases move
// their default levels onto the fixed ids (migration 4). So an export, imported into an empty data
// folder and exported again, is the same file.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/database';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { createCore } from '../../electron/core/core';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { DEFAULT_UNIT_LEVEL_IDS, defaultUnitLevels, newCampaign } from '../../shared/defaults';
import { uuidV5 } from '../../shared/uuid-v5';
import { tempDir } from '../helpers';

const dirs: string[] = [];
const dir = () => {
  const d = tempDir('bienban-ids-');
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const upload = (json: string) => ({ base64: Buffer.from(json, 'utf8').toString('base64') });
const withoutTime = (json: string) => ({ ...JSON.parse(json), exportedAt: null });

describe('fixed ids', () => {
  it('uuidV5 matches RFC 9562 (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('a new database has the default levels under their constant ids', () => {
    const core = createCore({ dataDir: dir() });
    expect(core.handlers['unitLevels.list']({})).toEqual(defaultUnitLevels());
    expect(core.handlers['unitLevels.list']({}).map((l) => l.id)).toEqual(Object.values(DEFAULT_UNIT_LEVEL_IDS));
    core.close();
  });

  it('a campaign has the same default area and indicator ids wherever it is made', () => {
    const a = newCampaign(2024, DEMO_IDS.campaign2022DienBien);
    const b = newCampaign(2024, DEMO_IDS.campaign2022DienBien);
    expect(b).toEqual(a);
    const other = newCampaign(2024);
    expect(other.areas.map((x) => x.id)).not.toEqual(a.areas.map((x) => x.id));
    expect(new Set([...a.areas, ...a.indicators].map((x) => x.id)).size).toBe(a.areas.length + a.indicators.length);
  });

  it('export → import into an empty data folder → export gives the same file apart from exportedAt', () => {
    const first = createCore({ dataDir: dir() });
    first.handlers['demo.load']({});
    const out1 = first.handlers['transfer.export']({ id: DEMO_IDS.inspectionMuongCha2022 });
    first.close();
    const second = createCore({ dataDir: dir() });
    expect(second.handlers['transfer.import'](upload(out1.json))).toMatchObject({ replaced: false, renamed: 0 });
    const out2 = second.handlers['transfer.export']({ id: DEMO_IDS.inspectionMuongCha2022 });
    second.close();
    expect(out2.fileName).toBe(out1.fileName);
    expect(withoutTime(out2.json)).toEqual(withoutTime(out1.json));
    expect(JSON.parse(out1.json).unitLevels.map((l: { id: string }) => l.id)).toContain(DEFAULT_UNIT_LEVEL_IDS['Cấp huyện']);
  });

  it('migration 4 moves an older database\'s default levels onto the fixed ids, units following, other levels untouched', () => {
    const d = dir();
    const dbPath = path.join(d, 'bienban.sqlite');
    const v3 = openDatabase(dbPath, { migrations: MIGRATIONS.slice(0, 3) });
    const at = '2023-01-01T00:00:00.000Z';
    const level = v3.prepare('INSERT INTO unit_levels (id, name, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const old = { tinh: '11111111-1111-4111-8111-111111111111', xa: '22222222-2222-4222-8222-222222222222', thon: '33333333-3333-4333-8333-333333333333' };
    level.run(old.tinh, 'Cấp tỉnh', 0, at, at);
    level.run(old.xa, 'Cấp xã', 1, at, at);
    level.run(old.thon, 'Cấp thôn, bản', 2, at, at);
    const unit = v3.prepare('INSERT INTO units (id, name, level_id, parent_id, address, created_at, updated_at) VALUES (?, ?, ?, NULL, \'\', ?, ?)');
    unit.run('44444444-4444-4444-8444-444444444444', 'UBND tỉnh Điện Biên', old.tinh, at, at);
    unit.run('55555555-5555-4555-8555-555555555555', 'UBND xã Sa Lông', old.xa, at, at);
    unit.run('66666666-6666-4666-8666-666666666666', 'Bản Huổi Lèng', old.thon, at, at);
    v3.close();

    const core = createCore({ dataDir: d });
    expect(core.handlers['unitLevels.list']({}).map((l) => [l.id, l.name, l.position])).toEqual([
      [DEFAULT_UNIT_LEVEL_IDS['Cấp tỉnh'], 'Cấp tỉnh', 0],
      [DEFAULT_UNIT_LEVEL_IDS['Cấp xã'], 'Cấp xã', 1],
      [old.thon, 'Cấp thôn, bản', 2],
    ]);
    expect(Object.fromEntries(core.handlers['units.list']({}).map((u) => [u.name, u.levelId]))).toEqual({
      'UBND tỉnh Điện Biên': DEFAULT_UNIT_LEVEL_IDS['Cấp tỉnh'],
      'UBND xã Sa Lông': DEFAULT_UNIT_LEVEL_IDS['Cấp xã'],
      'Bản Huổi Lèng': old.thon,
    });
    expect(core.db.prepare('SELECT count(*) FROM unit_levels WHERE id IN (?, ?)').pluck().get(old.tinh, old.xa)).toBe(0);
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    core.close();
  });
});

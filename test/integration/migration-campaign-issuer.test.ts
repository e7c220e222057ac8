// Migration 6: the issuing side moves onto each campaign. Campaigns that exist take the issuing side
// that was set for the whole laptop; the setting stays, as the default of new campaigns.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/database';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { Records } from '../../electron/core/repos/records';
import { emptyIssuer } from '../../shared/defaults';
import { tempDir } from '../helpers';

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  dbs.splice(0).forEach((d) => d.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

const now = () => new Date('2025-03-09T07:30:00.000Z');
const CAMPAIGN = (id: string, year: number) =>
  `INSERT INTO campaigns (id, year, title, plan_number, plan_date, plan_issuer, plan_summary, decision_number, decision_date, decision_issuer, decision_summary, created_at, updated_at)
   VALUES ('${id}', ${year}, 'Kiểm tra CCHC năm ${year}', '', NULL, '', '', '', NULL, '', '', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`;
const IDS = ['0d5b7a52-8a53-4f0e-9d6c-2b1f4f7f3a01', '0d5b7a52-8a53-4f0e-9d6c-2b1f4f7f3a02'];

/** A database at schema 5 (before migration 6) with two campaigns and, optionally, the laptop's issuing side. */
function before6(settings: object | null): string {
  const dir = tempDir('bienban-m6-');
  dirs.push(dir);
  const dbPath = path.join(dir, 'bienban.sqlite');
  const db = openDatabase(dbPath, { migrations: MIGRATIONS.slice(0, 5), now });
  db.exec(CAMPAIGN(IDS[0], 2022));
  db.exec(CAMPAIGN(IDS[1], 2023));
  if (settings) {
    db.prepare(`INSERT INTO settings (key, value, created_at, updated_at) VALUES ('issuer', ?, 'x', 'x')`).run(JSON.stringify(settings));
  }
  db.close();
  return dbPath;
}

const OLD_SETTINGS = {
  province: 'Điện Biên', superiorBody: 'UBND TỈNH ĐIỆN BIÊN', issuingBody: 'SỞ NỘI VỤ', teamBodyName: 'ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
  placeName: 'Điện Biên', teamSymbol: 'ĐKT', issuerSymbol: 'SNV',
};

describe('migration 6: the issuing side on each campaign', () => {
  it('existing campaigns take the laptop\'s issuing side; the setting stays as the default', () => {
    const db = openDatabase(before6(OLD_SETTINGS), { now });
    dbs.push(db);
    const r = new Records(db, now);
    const want = { ...OLD_SETTINGS, level: 'province', issuingBodyKind: '', headTitle: '' };
    for (const id of IDS) expect(r.getCampaign(id)!.issuer).toEqual(want);
    expect(r.settings.getIssuer()).toEqual(want);
    // Each campaign's own from now on: changing one changes neither the other nor the default.
    const c = r.getCampaign(IDS[1])!;
    r.saveCampaign({ ...c, issuer: { ...c.issuer, province: 'Thanh Hóa', placeName: 'Thanh Hóa', superiorBody: 'UBND TỈNH THANH HÓA' } });
    expect(r.getCampaign(IDS[1])!.issuer.placeName).toBe('Thanh Hóa');
    expect(r.getCampaign(IDS[0])!.issuer).toEqual(want);
    expect(r.settings.getIssuer()).toEqual(want);
  });

  it('with no issuing side set, campaigns get an empty one (documents then ask for it)', () => {
    const db = openDatabase(before6(null), { now });
    dbs.push(db);
    const r = new Records(db, now);
    for (const id of IDS) expect(r.getCampaign(id)!.issuer).toEqual(emptyIssuer());
  });

  it('a save that changes nothing of the issuing side leaves the campaign unchanged', () => {
    const db = openDatabase(before6(OLD_SETTINGS), { now });
    dbs.push(db);
    const r = new Records(db, () => new Date('2026-01-01T00:00:00.000Z'));
    const before = r.updatedAt('campaigns', IDS[0]);
    r.saveCampaign(r.getCampaign(IDS[0])!);
    expect(r.updatedAt('campaigns', IDS[0])).toBe(before);
  });
});

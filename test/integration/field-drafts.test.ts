// Field drafts: what was typed into a field that holds no valid value yet is kept in the database,
// per record and field, beside the record (migration "field drafts", electron/core/repos/drafts.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../electron/core/core';
import { openDatabase, type Db } from '../../electron/core/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { dispatch } from '../../electron/core/dispatch';
import { newCampaign, newId, newInspection } from '../../shared/defaults';
import { tempCore, tempDir } from '../helpers';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));
const core = () => {
  const c = tempCore();
  cleanup.push(() => { c.close(); fs.rmSync(c.dir, { recursive: true, force: true }); });
  return c;
};

describe('migration: field_drafts', () => {
  const index = MIGRATIONS.findIndex((m) => m.includes('CREATE TABLE field_drafts'));

  it('upgrades the file before it, keeping its records, with a STRICT table keyed by owner and field', () => {
    expect(index).toBeGreaterThan(0);
    const dir = tempDir('bienban-db-');
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const dbPath = path.join(dir, DB_FILE);
    const before = openDatabase(dbPath, { migrations: MIGRATIONS.slice(0, index) });
    const now = new Date().toISOString();
    const unitId = newId();
    before.prepare(`INSERT INTO units (id, name, address, created_at, updated_at) VALUES (?, 'UBND xã Na Sang', '', ?, ?)`).run(unitId, now, now);
    before.close();

    const db: Db = openDatabase(dbPath);
    cleanup.push(() => db.close());
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect((db.prepare('SELECT name FROM units WHERE id = ?').get(unitId) as { name: string }).name).toBe('UBND xã Na Sang');
    const sql = (db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'field_drafts'`).get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT/);
    const ins = db.prepare('INSERT INTO field_drafts (owner_id, field, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    ins.run(unitId, 'dateTo', '31/02', now, now);
    expect(() => ins.run(unitId, 'dateTo', 'again', now, now)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => ins.run(unitId, 'startTime', null, now, now)).toThrow(/NOT NULL/);
    expect(() => ins.run(unitId, 'startTime', Buffer.from('x'), now, now)).toThrow(/cannot store BLOB/i);
  });
});

describe('saving and reading drafts with the record', () => {
  it('an inspection saved with a draft reads back with it (value null), and a later save clears it', () => {
    const c = core();
    const campaign = c.handlers['campaigns.save'](newCampaign(2023));
    const insp = { ...newInspection(campaign.id), dateFrom: '2023-10-25', dateTo: null, drafts: { dateTo: '24/13/2023', startTime: '25:70' } };
    // Through dispatch, as the renderer calls it: the schema no longer refuses dateTo < dateFrom either.
    expect(dispatch(c.handlers, 'inspections.save', { ...insp, dateTo: '2023-10-20' })).toMatchObject({ ok: true });
    expect(dispatch(c.handlers, 'inspections.save', insp)).toMatchObject({ ok: true });
    const back = c.handlers['inspections.get']({ id: insp.id });
    expect(back.dateTo).toBeNull();
    expect(back.drafts).toEqual({ dateTo: '24/13/2023', startTime: '25:70' });

    c.handlers['inspections.save']({ ...back, dateTo: '2023-10-27', drafts: { startTime: '25:70' } });
    expect(c.handlers['inspections.get']({ id: insp.id }).drafts).toEqual({ startTime: '25:70' });
    c.handlers['inspections.save']({ ...back, drafts: {} });
    expect(c.handlers['inspections.get']({ id: insp.id }).drafts).toEqual({});
    expect(c.db.prepare('SELECT count(*) AS n FROM field_drafts').get()).toEqual({ n: 0 });
  });

  it('a campaign keeps the draft of its plan date; drafts of two records stay apart', () => {
    const c = core();
    const a = c.handlers['campaigns.save']({ ...newCampaign(2022), drafts: { 'plan.date': '30/02' } });
    const b = c.handlers['campaigns.save']({ ...newCampaign(2022), drafts: { 'plan.date': '6/9/22x' } });
    expect(c.handlers['campaigns.get']({ id: a.id }).drafts).toEqual({ 'plan.date': '30/02' });
    expect(c.handlers['campaigns.get']({ id: b.id }).drafts).toEqual({ 'plan.date': '6/9/22x' });
    c.handlers['campaigns.save']({ ...a, drafts: {} });
    expect(c.handlers['campaigns.get']({ id: a.id }).drafts).toEqual({});
    expect(c.handlers['campaigns.get']({ id: b.id }).drafts).toEqual({ 'plan.date': '6/9/22x' });
  });

  it('a draft that is too long is refused by the contract and changes nothing', () => {
    const c = core();
    const campaign = c.handlers['campaigns.save'](newCampaign(2023));
    const insp = newInspection(campaign.id);
    c.handlers['inspections.save'](insp);
    const res = dispatch(c.handlers, 'inspections.save', { ...insp, place: 'x', drafts: { dateTo: 'x'.repeat(2001) } });
    expect(res).toMatchObject({ ok: false });
    expect(c.handlers['inspections.get']({ id: insp.id }).place).toBe('');
  });
});

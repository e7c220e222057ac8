// Loads the demo records built from the five source articles (shared/seeds): four campaigns, five
// inspections, the units and teams they name. Every record is validated, then all of it is written
// in one transaction. Only into a database with no records of its own (campaigns, teams, units,
// inspections, in the bin included): demo records never mix with a secretary's real ones. The
// issuing side is filled only when she has not filled it.
import type { DemoResult } from '../../../shared/api';
import { Campaign, Inspection, Team, Unit, type UnitLevel } from '../../../shared/records';
import { foldKey } from '../../../shared/vi/text';
import { CoreError } from '../errors';
import type { Records } from '../repos/records';
import { DEMO_CAMPAIGNS } from './campaigns';
import { huyenDienBien2022 } from './huyen-dien-bien-2022';
import { childId } from './ids';
import { muongAng2020 } from './muong-ang-2020';
import { muongCha2022 } from './muong-cha-2022';
import { ngocLac2023 } from './ngoc-lac-2023';
import { saveIssuerIfEmpty } from './settings';
import { DEMO_LEVEL_NAMES, demoUnits } from './units';
import { viXuyen2019 } from './vi-xuyen-2019';

const SEEDS = [muongCha2022, huyenDienBien2022, viXuyen2019, ngocLac2023, muongAng2020];

/** Finds each level the demo needs by name (ignoring case and accents); adds the ones missing. */
function ensureLevels(r: Records, names: string[]): (name: string) => string {
  const levels: UnitLevel[] = r.listUnitLevels();
  const find = (name: string) => levels.find((l) => foldKey(l.name) === foldKey(name));
  const missing = names.filter((n) => !find(n));
  if (missing.length) {
    for (const name of missing) levels.push({ id: childId('unit-levels', name), name, position: levels.length });
    r.saveUnitLevels(levels);
  }
  return (name) => find(name)!.id;
}

/** Records of her own (the bin included): the demo refuses to load beside them. */
export function hasOwnRecords(r: Records): boolean {
  return !!r.db.prepare(`
    SELECT EXISTS (SELECT 1 FROM campaigns) OR EXISTS (SELECT 1 FROM teams)
        OR EXISTS (SELECT 1 FROM units) OR EXISTS (SELECT 1 FROM inspections)`).pluck().get();
}

export function loadDemo(r: Records): DemoResult {
  if (hasOwnRecords(r)) {
    throw new CoreError(
      'DEMO_NOT_EMPTY',
      'Chỉ nạp được dữ liệu mẫu khi chưa có đợt kiểm tra, đoàn, đơn vị hay cuộc kiểm tra nào (kể cả trong Thùng rác), ' +
        'để dữ liệu mẫu không lẫn với hồ sơ thật. Không có gì được nạp.',
    );
  }
  const campaigns = DEMO_CAMPAIGNS.map((c) => Campaign.parse(c));
  const teams = SEEDS.flatMap((s) => s.teams).map((t) => Team.parse(t));
  const inspections = SEEDS.map((s) => Inspection.parse(s.inspection));
  let units: Unit[] = [];
  r.db.transaction(() => {
    units = demoUnits(ensureLevels(r, DEMO_LEVEL_NAMES)).map((u) => Unit.parse(u));
    units.forEach((u) => r.saveUnit(u));
    campaigns.forEach((c) => r.saveCampaign(c));
    teams.forEach((t) => r.saveTeam(t));
    inspections.forEach((i) => r.saveInspection(i));
    saveIssuerIfEmpty(r);
  })();
  return { campaigns: campaigns.length, inspections: inspections.length, units: units.length };
}

// Loads the demo records built from the five source articles (shared/seeds): four campaigns, five
// inspections, the units and teams they name. Every record is validated, then all of it is written
// in one transaction. Ids are fixed, so loading again updates the same rows and duplicates nothing
// (it also overwrites edits made to the demo records, and brings them back from the bin).
import type { DemoResult } from '../../../shared/api';
import { Campaign, Inspection, Team, Unit, type UnitLevel } from '../../../shared/records';
import { foldKey } from '../../../shared/vi/text';
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

export function loadDemo(r: Records): DemoResult {
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

// Reads and writes whole aggregates (a unit with its representatives, a campaign with its areas and
// indicators, a team with its members, an inspection with everything recorded in it). Each write is
// one transaction: a save is either all there after a power cut or not there at all.
import type { Campaign, FieldDrafts, Inspection, InspectionSummary, Team, Unit, UnitLevel } from '../../../shared/records';
import { cleanDeep } from '../../../shared/vi/text';
import { CoreError } from '../errors';
import type { Db } from '../db/database';
import { makeTables, type Tables } from './tables';
import { loadDrafts, saveDrafts } from './drafts';

const INSPECTION_CHILDREN = ['attendees', 'subUnits', 'findings', 'figures', 'recommendations', 'unitProposals'] as const;

export class Records {
  readonly t: Tables;
  constructor(readonly db: Db, private readonly clock: () => Date) {
    this.t = makeTables(db);
  }

  now(): string {
    return this.clock().toISOString();
  }

  // ---- unit levels
  listUnitLevels(): UnitLevel[] {
    return this.t.unitLevels.all().sort((a, b) => a.position - b.position);
  }
  saveUnitLevels(levels: UnitLevel[]): UnitLevel[] {
    const now = this.now();
    this.db.transaction(() => {
      const keep = new Set(levels.map((l) => l.id));
      cleanDeep(levels).forEach((l, i) => this.t.unitLevels.upsert({ ...l, position: i }, now));
      for (const old of this.t.unitLevels.all()) if (!keep.has(old.id)) this.t.unitLevels.setDeleted(old.id, now, now);
    })();
    return this.listUnitLevels();
  }

  // ---- units
  getUnit(id: string): Unit | undefined {
    const row = this.t.units.get(id);
    return row && { ...row, representatives: this.t.representatives.children(id) };
  }
  listUnits(): Unit[] {
    return this.t.units.all().map((u) => ({ ...u, representatives: this.t.representatives.children(u.id) }));
  }
  saveUnit(input: Unit): Unit {
    const u = cleanDeep(input);
    if (u.parentId === u.id) throw new CoreError('INVALID', 'Một đơn vị không thể là đơn vị cấp trên của chính nó');
    // Nor above itself further up: the unit tree would loop (units in the bin count, they can come back).
    for (let p = this.t.units.get(u.parentId ?? '', true)?.parentId ?? null, steps = 0; p; steps++) {
      if (p === u.id || steps > 10_000) {
        throw new CoreError('INVALID', 'Không chọn được đơn vị cấp trên này: đơn vị sẽ nằm dưới chính nó (vòng lặp cấp trên).');
      }
      p = this.t.units.get(p, true)?.parentId ?? null;
    }
    const now = this.now();
    this.db.transaction(() => {
      const { representatives, ...row } = u;
      this.t.units.upsert(row, now);
      this.t.representatives.syncChildren(u.id, representatives, now);
    })();
    return this.getUnit(u.id)!;
  }

  // ---- campaigns
  getCampaign(id: string): (Campaign & { drafts: FieldDrafts }) | undefined {
    const r = this.t.campaigns.get(id);
    if (!r) return undefined;
    return {
      id: r.id, year: r.year, title: r.title,
      plan: { number: r.planNumber, date: r.planDate, issuer: r.planIssuer, summary: r.planSummary },
      decision: { number: r.decisionNumber, date: r.decisionDate, issuer: r.decisionIssuer, summary: r.decisionSummary },
      areas: this.t.areas.children(id),
      indicators: this.t.indicators.children(id),
      drafts: loadDrafts(this.db, id),
    };
  }
  listCampaigns(): Campaign[] {
    return this.t.campaigns.all().map((c) => this.getCampaign(c.id)!).sort((a, b) => b.year - a.year);
  }
  saveCampaign(input: Campaign): Campaign {
    const c = cleanDeep(input);
    const now = this.now();
    this.db.transaction(() => {
      this.t.campaigns.upsert({
        id: c.id, year: c.year, title: c.title,
        planNumber: c.plan.number, planDate: c.plan.date, planIssuer: c.plan.issuer, planSummary: c.plan.summary,
        decisionNumber: c.decision.number, decisionDate: c.decision.date, decisionIssuer: c.decision.issuer, decisionSummary: c.decision.summary,
      }, now);
      this.t.areas.syncChildren(c.id, c.areas, now);
      this.t.indicators.syncChildren(c.id, c.indicators, now);
      saveDrafts(this.db, c.id, input.drafts, now);
    })();
    return this.getCampaign(c.id)!;
  }

  // ---- teams
  getTeam(id: string): Team | undefined {
    const r = this.t.teams.get(id);
    return r && { ...r, members: this.t.members.children(id) };
  }
  listTeams(campaignId?: string): Team[] {
    const rows = campaignId ? this.t.teams.all('campaign_id = ?', campaignId) : this.t.teams.all();
    return rows.map((r) => ({ ...r, members: this.t.members.children(r.id) })).sort((a, b) => a.number - b.number);
  }
  saveTeam(input: Team): Team {
    const team = cleanDeep(input);
    if (!this.t.campaigns.get(team.campaignId)) throw new CoreError('NOT_FOUND', 'Không tìm thấy đợt kiểm tra của đoàn');
    const now = this.now();
    this.db.transaction(() => {
      const { members, ...row } = team;
      this.t.teams.upsert(row, now);
      this.t.members.syncChildren(team.id, members, now);
    })();
    return this.getTeam(team.id)!;
  }

  // ---- inspections
  getInspection(id: string): (Inspection & { drafts: FieldDrafts }) | undefined {
    const r = this.t.inspections.get(id);
    if (!r) return undefined;
    const children = Object.fromEntries(INSPECTION_CHILDREN.map((k) => [k, this.t[k].children(id)]));
    return { ...r, ...children, drafts: loadDrafts(this.db, id) } as Inspection & { drafts: FieldDrafts };
  }
  listInspections(campaignId?: string): InspectionSummary[] {
    const rows = this.db.prepare(`
      SELECT i.id, i.campaign_id, i.date_from, i.date_to, i.updated_at, u.name AS unit_name, t.number AS team_number, c.year
      FROM inspections i JOIN campaigns c ON c.id = i.campaign_id
      LEFT JOIN units u ON u.id = i.unit_id LEFT JOIN teams t ON t.id = i.team_id
      WHERE i.deleted_at IS NULL AND c.deleted_at IS NULL ${campaignId ? 'AND i.campaign_id = ?' : ''}
      ORDER BY c.year DESC, i.date_from IS NULL, i.date_from DESC, i.created_at DESC`).all(...(campaignId ? [campaignId] : [])) as Record<string, never>[];
    return rows.map((r) => ({
      id: r.id, campaignId: r.campaign_id, unitName: r.unit_name ?? '', teamNumber: r.team_number ?? null,
      dateFrom: r.date_from, dateTo: r.date_to, year: r.year, updatedAt: r.updated_at,
    }));
  }
  saveInspection(input: Inspection): { updatedAt: string } {
    const i = cleanDeep(input);
    if (!this.t.campaigns.get(i.campaignId)) throw new CoreError('NOT_FOUND', 'Không tìm thấy đợt kiểm tra của cuộc kiểm tra này');
    if (i.teamId && !this.t.teams.get(i.teamId)) throw new CoreError('NOT_FOUND', 'Không tìm thấy đoàn kiểm tra đã chọn');
    if (i.unitId && !this.t.units.get(i.unitId)) throw new CoreError('NOT_FOUND', 'Không tìm thấy đơn vị được kiểm tra đã chọn');
    const now = this.now();
    this.db.transaction(() => {
      const { attendees, subUnits, findings, figures, recommendations, unitProposals, ...row } = i;
      this.t.inspections.upsert(row, now);
      this.t.attendees.syncChildren(i.id, attendees, now);
      this.t.subUnits.syncChildren(i.id, subUnits, now);
      this.t.findings.syncChildren(i.id, findings, now);
      this.t.figures.syncChildren(i.id, figures, now);
      this.t.recommendations.syncChildren(i.id, recommendations, now);
      this.t.unitProposals.syncChildren(i.id, unitProposals, now);
      saveDrafts(this.db, i.id, input.drafts, now);
    })();
    return { updatedAt: now };
  }
}

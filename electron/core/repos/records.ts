// Reads and writes whole aggregates (a unit with its representatives, a campaign with its areas and
// indicators, a team with its members, an inspection with everything recorded in it). Each write is
// one transaction: a save is either all there after a power cut or not there at all.
import { type Campaign, type FieldDrafts, type Inspection, type InspectionSummary, IssuerSettings, type IssuerSettingsInput, type Team, type Unit, type UnitLevel } from '../../../shared/records';
import { cleanDeep } from '../../../shared/vi/text';
import type { CampaignUsage } from '../../../shared/api';
import { CoreError } from '../errors';
import type { Db } from '../db/database';
import { Settings } from './settings';
import { makeTables, type Tables } from './tables';
import { loadDrafts, saveDrafts } from './drafts';
import { recordRecommendationChanges, snapshotRecommendations } from './follow-changes';

const INSPECTION_CHILDREN = ['attendees', 'subUnits', 'findings', 'figures', 'recommendations', 'unitProposals'] as const;

/** The record kinds that own rows, with the table of the record and the tables of its rows. */
export const OWNERS = {
  inspection: { table: 'inspections', children: INSPECTION_CHILDREN },
  campaign: { table: 'campaigns', children: ['areas', 'indicators'] },
  team: { table: 'teams', children: ['members'] },
  unit: { table: 'units', children: ['representatives'] },
} as const satisfies Record<string, { table: keyof Tables; children: readonly (keyof Tables)[] }>;
export type OwnerKind = keyof typeof OWNERS;

export class Records {
  readonly t: Tables;
  readonly settings: Settings;
  constructor(readonly db: Db, private readonly clock: () => Date) {
    this.t = makeTables(db);
    this.settings = new Settings(db, () => this.now());
  }

  now(): string {
    return this.clock().toISOString();
  }

  // ---- unit levels
  listUnitLevels(): UnitLevel[] {
    return this.t.unitLevels.all().sort((a, b) => a.position - b.position);
  }
  /**
   * Makes the live levels exactly `levels`, in that order. Refuses an empty list (every unit needs a
   * level to choose from) and dropping a level that live units still use (they would point at the bin).
   */
  saveUnitLevels(levels: UnitLevel[]): UnitLevel[] {
    if (!levels.length) throw new CoreError('INVALID', 'Danh sách cấp đơn vị không được để trống: cần ít nhất một cấp đơn vị.');
    const keep = new Set(levels.map((l) => l.id));
    if (keep.size !== levels.length) throw new CoreError('DUPLICATE_ROW', 'Có hai cấp đơn vị trùng mã trong danh sách.');
    const dropped = this.t.unitLevels.all().filter((old) => !keep.has(old.id));
    for (const old of dropped) {
      const { n } = this.db.prepare('SELECT count(*) AS n FROM units WHERE level_id = ? AND deleted_at IS NULL').get(old.id) as { n: number };
      if (n > 0) {
        throw new CoreError(
          'LEVEL_IN_USE',
          `Không bỏ được cấp "${old.name}": còn ${n} đơn vị thuộc cấp này. Hãy chuyển các đơn vị đó sang cấp khác trước.`,
        );
      }
    }
    const now = this.now();
    this.db.transaction(() => {
      cleanDeep(levels).forEach((l, i) => this.t.unitLevels.save({ ...l, position: i }, now, i));
      for (const old of dropped) this.t.unitLevels.setDeleted(old.id, now, now);
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
      const root = this.t.units.save(row, now);
      if (this.t.representatives.syncChildren(u.id, representatives, now) && root === 'unchanged') this.t.units.touch(u.id, now);
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
      // Parsed so fields added later take their defaults (migration 6 wrote the first ones).
      issuer: IssuerSettings.parse(r.issuer),
      areas: this.t.areas.children(id),
      indicators: this.t.indicators.children(id),
      drafts: loadDrafts(this.db, id),
    };
  }
  listCampaigns(): Campaign[] {
    return this.t.campaigns.all().map((c) => this.getCampaign(c.id)!).sort((a, b) => b.year - a.year);
  }
  /** Live rows of live inspections that use each area (findings, recommendations) and indicator (figures) of campaign `id`. */
  private campaignUses(id: string) {
    const count = (table: string, column: string, list: string) => new Map(
      (this.db.prepare(`
        SELECT x.${column} AS id, count(*) AS n FROM ${table} x
        JOIN inspections i ON i.id = x.inspection_id
        JOIN ${list} r ON r.id = x.${column}
        WHERE r.campaign_id = ? AND x.deleted_at IS NULL AND i.deleted_at IS NULL
        GROUP BY x.${column}`).all(id) as { id: string; n: number }[]).map((u) => [u.id, u.n]),
    );
    return {
      findings: count('findings', 'area_id', 'areas'),
      recommendations: count('recommendations', 'area_id', 'areas'),
      figures: count('figures', 'indicator_id', 'indicators'),
    };
  }
  campaignUsage(id: string): CampaignUsage {
    const u = this.campaignUses(id);
    const areas: Record<string, number> = {};
    for (const m of [u.findings, u.recommendations]) for (const [k, n] of m) areas[k] = (areas[k] ?? 0) + n;
    return { areas, indicators: Object.fromEntries(u.figures) };
  }
  /**
   * Reference lists stay whole (docs/architecture.md, write rule 5): a save may not drop an area that
   * findings or recommendations still use, nor an indicator that figures still use; they would point
   * into the bin and vanish from the documents. Every such row is named, with how many records use it.
   */
  private checkCampaignDrops(c: Pick<Campaign, 'id' | 'areas' | 'indicators'>): void {
    const keepAreas = new Set(c.areas.map((a) => a.id));
    const keepIndicators = new Set(c.indicators.map((i) => i.id));
    const droppedAreas = this.t.areas.children(c.id).filter((a) => !keepAreas.has(a.id));
    const droppedIndicators = this.t.indicators.children(c.id).filter((i) => !keepIndicators.has(i.id));
    if (!droppedAreas.length && !droppedIndicators.length) return;
    const u = this.campaignUses(c.id);
    const name = (n: string) => (n.trim() ? `"${n.trim()}"` : '(chưa đặt tên)');
    const areaLines = droppedAreas.flatMap((a) => {
      const parts = [[u.findings.get(a.id) ?? 0, 'kết quả kiểm tra'], [u.recommendations.get(a.id) ?? 0, 'kiến nghị']] as const;
      const used = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
      return used.length
        ? [`Không bỏ được lĩnh vực ${name(a.name)}: còn ${used.join(' và ')} của các cuộc kiểm tra dùng lĩnh vực này. Hãy chuyển sang lĩnh vực khác trước.`]
        : [];
    });
    const indicatorLines = droppedIndicators.flatMap((i) => {
      const n = u.figures.get(i.id) ?? 0;
      return n ? [`Không bỏ được chỉ tiêu ${name(i.name)}: còn ${n} số liệu của các cuộc kiểm tra dùng chỉ tiêu này. Hãy xóa các số liệu đó trước.`] : [];
    });
    const message = [...areaLines, ...indicatorLines, 'Không có gì được lưu.'].join('\n');
    if (areaLines.length) throw new CoreError('AREA_IN_USE', message);
    if (indicatorLines.length) throw new CoreError('INDICATOR_IN_USE', message);
  }
  saveCampaign(input: Omit<Campaign, 'issuer'> & { issuer: IssuerSettingsInput }): Campaign {
    const c = cleanDeep(input);
    const now = this.now();
    this.checkCampaignDrops(c);
    this.db.transaction(() => {
      const root = this.t.campaigns.save({
        id: c.id, year: c.year, title: c.title,
        planNumber: c.plan.number, planDate: c.plan.date, planIssuer: c.plan.issuer, planSummary: c.plan.summary,
        decisionNumber: c.decision.number, decisionDate: c.decision.date, decisionIssuer: c.decision.issuer, decisionSummary: c.decision.summary,
        issuer: IssuerSettings.parse(c.issuer),
      }, now);
      const areas = this.t.areas.syncChildren(c.id, c.areas, now);
      const indicators = this.t.indicators.syncChildren(c.id, c.indicators, now);
      const drafts = saveDrafts(this.db, c.id, input.drafts, now);
      if ((areas || indicators || drafts) && root === 'unchanged') this.t.campaigns.touch(c.id, now);
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
      const root = this.t.teams.save(row, now);
      if (this.t.members.syncChildren(team.id, members, now) && root === 'unchanged') this.t.teams.touch(team.id, now);
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
    return this.db.transaction(() => {
      const { attendees, subUnits, findings, figures, recommendations, unitProposals, ...row } = i;
      const followed = snapshotRecommendations(this.db, i.id);
      const root = this.t.inspections.save(row, now);
      const rows = { attendees, subUnits, findings, figures, recommendations, unitProposals };
      // Every list is synced (no short-circuit): a refusal in any of them must come before the commit.
      const childChanged = INSPECTION_CHILDREN.map((k) => this.t[k].syncChildren(i.id, rows[k] as never[], now)).some(Boolean);
      // Status, result and deadline changes made in the form go to the history with the save.
      recordRecommendationChanges(this.db, now, followed, recommendations, i.id);
      const changed = saveDrafts(this.db, i.id, input.drafts, now) || childChanged;
      // A changed row counts as a change of the inspection (its list date moves); nothing changed, nothing moves.
      if (changed && root === 'unchanged') this.t.inspections.touch(i.id, now);
      return { updatedAt: this.updatedAt('inspections', i.id) };
    })();
  }

  /** The stored updated_at of a record. */
  updatedAt(table: 'inspections' | 'campaigns' | 'teams' | 'units', id: string): string {
    return (this.db.prepare(`SELECT updated_at FROM ${this.t[table].spec.table} WHERE id = ?`).get(id) as { updated_at: string }).updated_at;
  }

  /**
   * Takes rows of one record out of the bin (the undo of removing a row). Every id must be a row of
   * that record (else nothing changes); rows not in the bin are left as they are.
   */
  restoreRows(kind: OwnerKind, parentId: string, ids: string[]): void {
    const owner = OWNERS[kind];
    const parent = this.t[owner.table].owner(parentId);
    if (!parent) throw new CoreError('NOT_FOUND', 'Không tìm thấy mục chứa các dòng cần khôi phục.');
    if (parent.deleted) {
      throw new CoreError('DELETED', `${this.t[owner.table].spec.label} này đã được chuyển vào Thùng rác; khôi phục trong Thùng rác để sửa tiếp.`);
    }
    const found = ids.map((id, k) => {
      for (const key of owner.children) {
        const o = this.t[key].owner(id);
        if (!o) continue;
        if (o.parentId !== parentId) {
          throw new CoreError('CHILD_OWNED_ELSEWHERE', `Dòng thứ ${k + 1} cần khôi phục (${this.t[key].spec.label}) thuộc ${this.t[key].spec.parentLabel}; không có gì được khôi phục.`);
        }
        return key;
      }
      throw new CoreError('NOT_FOUND', `Không tìm thấy dòng thứ ${k + 1} cần khôi phục; không có gì được khôi phục.`);
    });
    const now = this.now();
    this.db.transaction(() => {
      const restored = ids.filter((id, k) => this.t[found[k]].restore(id, now));
      if (restored.length) this.t[owner.table].touch(parentId, now);
    })();
  }
}

// Reads from the records everything the campaign documents' models need: the campaign with its
// issuing side, each live inspection with its unit, level, team and latest issued conclusion.
import type { CampaignDocInput, ReportUnit } from '../../../shared/campaign-report/input';
import type { FollowExtras } from '../../../shared/campaign-report/state';
import { listFollowUp } from '../repos/followup';
import { CoreError } from '../errors';
import { campaignIssuer } from '../documents/context';
import { DocumentRegister, numberTextOf } from '../documents/register';
import type { Records } from '../repos/records';

export function loadCampaignInput(records: Records, campaignId: string): CampaignDocInput {
  const campaign = records.getCampaign(campaignId);
  if (!campaign) throw new CoreError('NOT_FOUND', 'Không tìm thấy đợt kiểm tra (có thể đã bị xóa).');
  const levels = new Map(records.listUnitLevels().map((l) => [l.id, l]));
  const register = new DocumentRegister(records.db, () => records.now());
  const units: ReportUnit[] = [];
  // Extensions and assessments, as the tracker reads them (repos/followup.ts).
  const follow = new Map<string, Record<string, FollowExtras>>();
  for (const row of listFollowUp(records, campaignId)) {
    const m = follow.get(row.inspectionId) ?? {};
    m[row.recommendation.id] = { baseDate: row.baseDate, extendedTo: row.extendedTo, lastAssessment: row.lastAssessment };
    follow.set(row.inspectionId, m);
  }
  for (const s of records.listInspections(campaignId)) {
    const inspection = records.getInspection(s.id);
    if (!inspection) continue;
    const unit = (inspection.unitId && records.getUnit(inspection.unitId)) || null;
    const level = unit?.levelId ? levels.get(unit.levelId) : undefined;
    const team = (inspection.teamId && records.getTeam(inspection.teamId)) || null;
    // The latest live conclusion notice: the one the recommendations now stand on.
    const conclusion = register.list(inspection.id).filter((d) => d.type === 'conclusion').at(-1);
    units.push({
      inspection, unit, team, follow: follow.get(inspection.id) ?? {}, levelName: level?.name ?? '', levelOrder: level?.position ?? 1e6,
      conclusion: conclusion ? { numberText: numberTextOf(conclusion), issuedDate: conclusion.issuedDate } : null,
    });
  }
  return { campaign, settings: campaignIssuer(records, campaignId), units };
}

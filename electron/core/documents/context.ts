// Reads from the records everything the document model needs for one inspection, the issuing side
// included: it belongs to the inspection's campaign (docs/domain.md "Who issues what"), never to the
// laptop, so an inspection carried to another laptop issues there exactly as it would here.
import type { IssuerSettings, Unit } from '../../../shared/records';
import type { ModelInput } from '../../../shared/documents/model';
import { hasIssuer } from '../../../shared/documents/issuing';
import { CoreError } from '../errors';
import type { Records } from '../repos/records';

/** The issuing side of a campaign; null when nothing of it is filled in (the documents cannot be issued). */
export function campaignIssuer(records: Records, campaignId: string): IssuerSettings | null {
  const issuer = records.getCampaign(campaignId)?.issuer;
  return issuer && hasIssuer(issuer) ? issuer : null;
}

export function loadModelInput(records: Records, inspectionId: string): ModelInput {
  const inspection = records.getInspection(inspectionId);
  if (!inspection) throw new CoreError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra');
  const campaign = records.getCampaign(inspection.campaignId);
  if (!campaign) throw new CoreError('NOT_FOUND', 'Không tìm thấy đợt kiểm tra của cuộc kiểm tra này');
  const team = (inspection.teamId && records.getTeam(inspection.teamId)) || null;
  const unit = (inspection.unitId && records.getUnit(inspection.unitId)) || null;
  const unitParents: Unit[] = [];
  const seen = new Set<string>(unit ? [unit.id] : []);
  for (let p = unit?.parentId ?? null; p && !seen.has(p) && unitParents.length < 20; ) {
    seen.add(p);
    const parent = records.getUnit(p);
    if (!parent) break;
    unitParents.push(parent);
    p = parent.parentId;
  }
  const units: Record<string, Unit> = {};
  for (const s of inspection.subUnits) {
    if (s.unitId && !units[s.unitId]) {
      const u = records.getUnit(s.unitId);
      if (u) units[s.unitId] = u;
    }
  }
  const settings = hasIssuer(campaign.issuer) ? campaign.issuer : null;
  return { inspection, campaign, team, unit, unitParents, units, settings };
}

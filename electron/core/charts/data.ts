// The numbers behind a campaign's charts, gathered from the database; the rules that turn records
// into chart data are pure and live in shared/charts/data.ts.
import { onTimeRates, recommendationStates, type CampaignChartData, type StateOf } from '../../../shared/charts/data';
import { CoreError } from '../errors';
import { listFollowUp } from '../repos/followup';
import type { Records } from '../repos/records';

export function campaignChartData(r: Records, campaignId: string, today: string, stateOf?: StateOf): CampaignChartData {
  const campaign = r.getCampaign(campaignId);
  if (!campaign) throw new CoreError('NOT_FOUND', 'Không tìm thấy đợt kiểm tra.');
  const units = r.listInspections(campaignId).map((s) => ({
    inspectionId: s.id,
    unitName: s.unitName,
    figures: r.t.figures.children(s.id),
  }));
  return {
    campaignId,
    year: campaign.year,
    title: campaign.title,
    onTime: onTimeRates(campaign.indicators, units),
    recommendations: recommendationStates(listFollowUp(r, campaignId), today, stateOf),
  };
}

// Years of records for the UI bench, made through the core's own handlers (the same writes the app
// does): the demo campaign is loaded for its units and issuing side, then each year gets a campaign,
// a team and inspections copied from the five demo inspections under new ids, each with its findings
// and recommendations repeated up to the counts of a real province, and some issued documents.
// Ten years at the defaults: 10 campaigns, 400 inspections, 6,000 findings, 6,000 recommendations,
// 250 issued documents (the scale of the issue "fast with ten years of records").
import { newCampaign, newId } from '../shared/defaults';
import type { Finding, Inspection, Recommendation } from '../shared/records';
import type { Core } from '../electron/core/core';

export interface Scale {
  years: number;
  inspectionsPerYear: number;
  findingsPerInspection: number;
  recommendationsPerInspection: number;
  issuedPerYear: number;
}

export const TEN_YEARS: Scale = { years: 10, inspectionsPerYear: 40, findingsPerInspection: 15, recommendationsPerInspection: 15, issuedPerYear: 25 };
export const ONE_YEAR: Scale = { ...TEN_YEARS, years: 1 };

/** A generator fills an empty database through the core; the lead's province generator can be passed instead. */
export type Generate = (core: Core, scale: Scale) => Promise<{ inspections: number; findings: number; recommendations: number; issued: number }>;

const pad = (n: number) => String(n).padStart(2, '0');

export const generateFromDemo: Generate = async (core, scale) => {
  const h = core.handlers;
  h['demo.load']({} as never);
  const templates = h['inspections.list']({}).map((s) => h['inspections.get']({ id: s.id }));
  const units = h['units.list']({} as never);
  const lastYear = 2025;
  let inspections = 0, findings = 0, recommendations = 0, issued = 0;
  for (let y = 0; y < scale.years; y++) {
    const year = lastYear - scale.years + 1 + y;
    const campaign = newCampaign(year);
    campaign.plan = { number: `${100 + y}/KH-UBND`, date: `${year}-03-01`, issuer: 'UBND tỉnh', summary: '' };
    h['campaigns.save'](campaign);
    const team = { id: newId(), campaignId: campaign.id, number: 1, members: [] };
    h['teams.save'](team);
    const ids: string[] = [];
    for (let k = 0; k < scale.inspectionsPerYear; k++) {
      const t = templates[k % templates.length];
      const month = 1 + (k % 12);
      const day = 1 + (k % 27);
      const date = `${year}-${pad(month)}-${pad(day)}`;
      const area = (n: number) => campaign.areas[n % campaign.areas.length].id;
      const texts = t.findings.length ? t.findings : [{ text: 'Thực hiện đầy đủ, đúng quy định.' } as Finding];
      const recs = t.recommendations.length ? t.recommendations : [{ content: 'Khắc phục tồn tại đã nêu.' } as Recommendation];
      const insp: Inspection = {
        ...t,
        id: newId(),
        campaignId: campaign.id,
        teamId: team.id,
        unitId: units[k % units.length]?.id ?? null,
        dateFrom: date, dateTo: date, meetingDate: date,
        attendees: t.attendees.map((a) => ({ ...a, id: newId() })),
        subUnits: t.subUnits.map((s) => ({ ...s, id: newId(), unitId: null })),
        figures: [],
        unitProposals: t.unitProposals.map((p) => ({ ...p, id: newId() })),
        drafts: {},
        findings: Array.from({ length: scale.findingsPerInspection }, (_, n): Finding => ({
          id: newId(), areaId: area(n), kind: n % 3 === 2 ? 'shortcoming' : 'strength', text: texts[n % texts.length].text,
        })),
        recommendations: Array.from({ length: scale.recommendationsPerInspection }, (_, n): Recommendation => ({
          id: newId(), areaId: null, content: recs[n % recs.length].content, responsibleUnit: recs[n % recs.length].responsibleUnit ?? '',
          remedyDeadline: `${year}-${pad(1 + ((month + n) % 12))}-15`, remedyDeadlineNote: '', reportDeadline: null, reportTo: 'Sở Nội vụ',
          status: n % 4 === 0 ? 'done' : n % 4 === 1 ? 'in_progress' : 'open', statusNote: '',
        })),
      };
      h['inspections.save'](insp);
      ids.push(insp.id);
      inspections++;
      findings += insp.findings.length;
      recommendations += insp.recommendations.length;
    }
    for (let k = 0; k < scale.issuedPerYear && k < ids.length; k++) {
      await h['documents.issue']({ inspectionId: ids[k], type: k % 2 ? 'conclusion' : 'minutes', issuedDate: `${year}-12-${pad(1 + (k % 28))}` });
      issued++;
    }
  }
  return { inspections, findings, recommendations, issued };
};

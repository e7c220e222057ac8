import type { Db } from '../db/database';
import { Table } from '../db/table';
import type {
  Area, Attendee, DocOptions, IssuerSettings, Finding, Figure, Indicator, Recommendation, Representative, SubUnit, TeamMember, UnitLevel, UnitProposal,
} from '../../../shared/records';
import { SPECS } from './specs';

export interface UnitRow { id: string; name: string; levelId: string | null; parentId: string | null; address: string; email: string }
export interface CampaignRow {
  id: string; year: number; title: string;
  planNumber: string; planDate: string | null; planIssuer: string; planSummary: string;
  decisionNumber: string; decisionDate: string | null; decisionIssuer: string; decisionSummary: string;
  issuer: IssuerSettings;
}
export interface TeamRow { id: string; campaignId: string; number: number }
export interface InspectionRow {
  id: string; campaignId: string; teamId: string | null; unitId: string | null;
  dateFrom: string | null; dateTo: string | null; meetingDate: string | null; startTime: string | null; endTime: string | null;
  place: string; chairNote: string; unitOpinion: string; docOptions: DocOptions;
}

export function makeTables(db: Db) {
  return {
    unitLevels: new Table<UnitLevel>(db, SPECS.unitLevels),
    units: new Table<UnitRow>(db, SPECS.units),
    representatives: new Table<Representative>(db, SPECS.representatives),
    campaigns: new Table<CampaignRow>(db, SPECS.campaigns),
    areas: new Table<Area>(db, SPECS.areas),
    indicators: new Table<Indicator>(db, SPECS.indicators),
    teams: new Table<TeamRow>(db, SPECS.teams),
    members: new Table<TeamMember>(db, SPECS.members),
    inspections: new Table<InspectionRow>(db, SPECS.inspections),
    attendees: new Table<Attendee>(db, SPECS.attendees),
    subUnits: new Table<SubUnit>(db, SPECS.subUnits),
    findings: new Table<Finding>(db, SPECS.findings),
    figures: new Table<Figure>(db, SPECS.figures),
    recommendations: new Table<Recommendation>(db, SPECS.recommendations),
    unitProposals: new Table<UnitProposal>(db, SPECS.unitProposals),
  };
}
export type Tables = ReturnType<typeof makeTables>;

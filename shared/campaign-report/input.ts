// What the campaign documents are built from, read from the records by
// electron/core/campaign-docs/context.ts.
import type { Campaign, Inspection, IssuerSettings, Team, Unit } from '../records';
import type { FollowExtras } from './state';

/** The conclusion notice a recommendation comes from: its number and date. */
export interface IssuedRef { numberText: string; issuedDate: string }

/** One inspection of the campaign, with what it names. */
export interface ReportUnit {
  inspection: Inspection;
  unit: Unit | null;
  /** The unit's level by name ("Cấp huyện"); '' when none. */
  levelName: string;
  /** Position of the level in the levels list, for ordering. */
  levelOrder: number;
  team: Team | null;
  /** The latest conclusion notice issued for the inspection, if any. */
  conclusion: IssuedRef | null;
  /** The follow-up of each recommendation by id (extension, last assessment); absent ones have none. */
  follow?: Record<string, FollowExtras>;
}

export interface CampaignDocInput {
  campaign: Campaign;
  settings: IssuerSettings | null;
  /** The campaign's live inspections. */
  units: ReportUnit[];
}

export interface CampaignDocOptions {
  number: number | null;
  /** Date of issue (ISO); null for a draft. */
  issuedDate: string | null;
  /** The day the state of recommendations is read on (the date of issue, else today). */
  today: string;
  replaces?: { numberText: string; issuedDate: string } | null;
}

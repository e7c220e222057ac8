// What the campaign documents' side of the contract takes and returns (campaignDocs.*).
import { z } from 'zod';
import { Id, IsoDate } from '../records';
import { CampaignDocKind } from './kinds';
import type { RegisteredDocument } from '../documents/types';

/** A campaign document to draft or preview: the report (no unit) or a reminder to one unit. */
export const CampaignDocRequest = z
  .object({
    campaignId: Id,
    kind: CampaignDocKind,
    /** The unit a reminder goes to; required for a reminder, refused for the report. */
    unitId: Id.optional(),
    /** The date of issue (for a preview or a draft: the day the state of recommendations is read on). */
    issuedDate: IsoDate.optional(),
    /** The date by which the unit reports (a reminder); default 15 days after the letter. */
    reportBy: IsoDate.optional(),
  })
  .strict();
export type CampaignDocRequest = z.infer<typeof CampaignDocRequest>;

export const CampaignIssueRequest = CampaignDocRequest.extend({ issuedDate: IsoDate }).strict();
export type CampaignIssueRequest = z.infer<typeof CampaignIssueRequest>;

/** One issued campaign document in the register. */
export interface CampaignDocRecord extends RegisteredDocument {
  campaignId: string;
  unitId: string | null;
  /** The unit a reminder went to, by name (as printed). */
  unitName: string;
  kind: CampaignDocKind;
  /** The recommendations a reminder named. */
  recommendationIds: string[];
  reportBy: string | null;
}

/** What issuing would give, and what stands in its way (Vietnamese sentences). */
export interface CampaignIssuePreview { numberText: string; warnings: string[]; missing: string[] }

/** A unit with overdue recommendations in the campaign on a day. */
export interface OverdueUnit { unitId: string; unitName: string; overdue: number }

// The shapes the campaign documents' models produce (the report, the reminder letter).
import type { OnTimeData, RecommendationStates } from '../charts/data';
import type { Block } from '../documents/model-types';
import type { CampaignDocKind } from './kinds';

/** A chart drawn into the document as a picture, with its caption under it. */
export interface ChartBlock { kind: 'chart'; key: string; caption: string; widthCm: number; heightCm: number }
export type CampaignBlock = Block | ChartBlock;

/**
 * A chart's data (shared/charts/data.ts); the core draws it with the app's own chart options
 * (shared/charts/options.ts) into a picture (electron/core/campaign-docs/charts.ts).
 */
export type ReportChart =
  | { key: 'on-time'; data: OnTimeData }
  | { key: 'recommendations'; data: RecommendationStates };

export interface CampaignDocModel {
  kind: CampaignDocKind;
  number: number | null;
  issuedDate: string | null;
  draft: boolean;
  /** "BC-SNV", "SNV-CCHC" */
  symbol: string;
  /** "12/BC-SNV", ".../BC-SNV" for a draft */
  numberText: string;
  year: number;
  /** One-line trích yếu, for the file name and the properties. */
  title: string;
  /** The issuing body as named in sentences ("Sở Nội vụ"). */
  author: string;
  text: Record<string, string>;
  blocks: Record<string, CampaignBlock[]>;
  charts: ReportChart[];
  /** Soft notes (Vietnamese). */
  warnings: string[];
  /** What stops issuing (Vietnamese sentences); a draft is still made. */
  missing: string[];
}

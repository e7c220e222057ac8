import type { Campaign, Inspection } from '../../../../shared/records';

export interface SectionProps {
  value: Inspection;
  set: (patch: Partial<Inspection>) => void;
  /** Keeps (text) or clears (null) the raw text of a field that holds no valid value: see renderer/src/drafts.ts. */
  setDraft: (path: string, text: string | null) => void;
  /** Any change computed from the current record (several fields and drafts at once). */
  edit: (fn: (i: Inspection) => Inspection) => void;
  campaign: Campaign;
}

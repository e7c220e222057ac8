import type { Campaign, Inspection } from '../../../../shared/records';

export interface SectionProps {
  value: Inspection;
  set: (patch: Partial<Inspection>) => void;
  campaign: Campaign;
}

// The dashboard she sees on start (issue 10, item 4): what needs her attention today, each line
// leading to where it is handled. Counts come from aggregate queries in the core (repos/dashboard.ts);
// the status of a recommendation is TRACKER's one rule (shared/follow-up/status.ts).

/** How many items of each list the dashboard shows; the total says how many there are. */
export const DASHBOARD_LIMIT = 10;

export interface DashboardRecommendation {
  inspectionId: string;
  recommendationId: string;
  unitName: string;
  year: number;
  /** "Kiến nghị số N" within its inspection. */
  number: number;
  content: string;
  /** The due date that counts (an extension's, the date, a wording's day). */
  due: string | null;
}

export interface DashboardUnit {
  unitId: string | null;
  unitName: string;
  count: number;
  /** The earliest passed due date among them. */
  oldestDue: string | null;
}

export interface DashboardReport {
  reportId: string;
  inspectionId: string;
  unitName: string;
  docNumber: string;
  docDate: string | null;
  receivedDate: string;
  /** Items of the report the team has not assessed yet. */
  pending: number;
}

export interface DashboardDraft {
  inspectionId: string;
  unitName: string;
  year: number;
  dateFrom: string | null;
  dateTo: string | null;
}

/** The latest version of an issued document whose signed copy or sending is not yet on file. */
export interface DashboardUnsent {
  documentId: string;
  inspectionId: string;
  unitName: string;
  type: 'minutes' | 'conclusion';
  /** "05/BB-ĐKT". */
  numberText: string;
  issuedDate: string;
  signed: boolean;
  sent: boolean;
}

export interface Dashboard {
  today: string;
  /** Inspections recorded (not in the bin): with none, the app opens on the inspections list instead. */
  inspections: number;
  overdue: { total: number; units: number; byUnit: DashboardUnit[] };
  /** `days`: the "sắp đến hạn" days of the settings (the tracker's), so the card can say N. */
  dueSoon: { total: number; days: number; items: DashboardRecommendation[] };
  /** `total` counts reports; `recommendations` the recommendations they leave "chờ đánh giá" (the tracker's view). */
  reportsToAssess: { total: number; recommendations: number; items: DashboardReport[] };
  drafts: { total: number; items: DashboardDraft[] };
  unsent: { total: number; items: DashboardUnsent[] };
}

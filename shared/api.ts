// The one contract for every call across the process boundary. The Electron main process and the
// browser harness both validate inputs against these schemas; the preload and the harness shim both
// build window.api from OP_NAMES. Outputs are typed (phantom) and produced by electron/core.
import { z } from 'zod';
import { OP_NAMES } from './ops';

export { OP_NAMES, buildApi } from './ops';
import {
  BinEntry, BinKind, Campaign, Id, Inspection, IsoDate, InspectionSummary, IssuerSettings, Team, Unit, UnitLevel,
} from './records';
import {
  DispatchUpdate, DocRequest, EmailRequest, TemplateTypeSchema, IssueRequest, SignedUpload, TemplateUpload,
  type DocumentRecord, type SavedFile, type TemplateInfo, type TemplateReport,
} from './documents/types';
import type { IssuePreview } from './documents/issue-checks';
import { Copies, PaperRequest, PrintDocRequest, type DocumentPreview, type PrintResult, type SavedPdf } from './documents/paper';
import {
  CampaignDocRequest, CampaignIssueRequest, type CampaignDocRecord, type CampaignIssuePreview, type OverdueUnit,
} from './campaign-report/types';
import { FollowUpExport, StatusChange, type FollowUpRow } from './followup';
import { ExtendRequest, type HistoryLine } from './follow-up/history';
import { TrackerAsk, type TrackerResult } from './follow-up/tracker';
import { MAX_IMPORT_BASE64 } from './transfer';
import type { CampaignChartData } from './charts/data';
import {
  AssessRequest, AttachRequest, CarryRequest, RemediationReportInput,
  type AttachmentInfo, type CarryResult, type PreviousInspection, type RemediationReport,
} from './remediation';
import type { Dashboard } from './dashboard';
import { FollowUpSettings } from './follow-up/settings';
import { PhraseQuery, SearchQuery, type PhraseSuggestion, type SearchHit } from './search';

const Empty = z.object({}).strict();
const ById = z.object({ id: Id }).strict();
const ByKind = z.object({ kind: BinKind, id: Id }).strict();
/** A file the core saved, by the token it returned with it (SavedFile.fileId), never by path. */
const BySavedFile = z.object({ id: Id }).strict();

function op<O>() {
  return <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O, async: false as const });
}
/** An operation whose handler returns a promise (files, templates, documents). */
function asyncOp<O>() {
  return <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O, async: true as const });
}

/** A campaign and how many live inspections it holds (inspections.counts): the years a list can open on. */
export interface CampaignCount { campaignId: string; year: number; title: string; inspections: number }

export interface SystemInfo {
  dataDir: string;
  dbPath: string;
  schemaVersion: number;
  sqliteVersion: string;
  appVersion: string;
}
export interface ExportedFile {
  fileName: string;
  json: string;
  /** Vietnamese sentences naming each scan left out of the file (too large, or no longer intact); empty when none. */
  note?: string;
}
export interface ImportResult {
  inspectionId: string;
  replaced: boolean;
  /** Rows of the file that came in under a new id (their id was taken here by another record or the bin). */
  renamed: number;
  /** A Vietnamese sentence saying so; empty when nothing was renamed. */
  note: string;
}
export interface DemoResult { campaigns: number; inspections: number; units: number }
/** One backup in <dataDir>/backups. */
export interface BackupInfo {
  name: string;
  /** When it was taken, ISO (from its name: local time to the minute). */
  time: string;
  size: number;
  /** Schema version of the data in it; null if the file is not a database. */
  schemaVersion: number | null;
  /** The copy kept just before a restore ("…-truoc-khoi-phuc.sqlite"). */
  preRestore: boolean;
}
/** How many live rows of live inspections use each area and indicator of a campaign (ids absent: unused). */
export interface CampaignUsage { areas: Record<string, number>; indicators: Record<string, number> }
export interface RestoreResult {
  restored: string; keptAs: string; schemaVersion: number;
  /** Scans brought back into the data folder (those already there intact are not counted). */
  scansRestored: number;
  /** Each scan the restored data refers to that could not be brought back, in Vietnamese, by the name she gave it. */
  scanProblems: string[];
}
/** A file she picked in the open dialog to restore from (backup.chooseFile); the core keeps its path under the token. */
export interface ChosenBackup { token: string; path: string; fileName: string; size: number }
/** A listed backup by name, or the file she picked (e.g. on a USB stick) by its token: the core reads it where it is. */
const BackupRestoreRequest = z.union([
  z.object({ name: z.string().min(1).max(200) }).strict(),
  z.object({ chosen: z.string().min(1).max(100) }).strict(),
]);

export const contract = {
  'settings.get': op<IssuerSettings | null>()(Empty),
  'settings.save': op<IssuerSettings>()(IssuerSettings),
  'settings.getFollowUp': op<FollowUpSettings>()(Empty),
  'settings.saveFollowUp': op<FollowUpSettings>()(FollowUpSettings),
  'unitLevels.list': op<UnitLevel[]>()(Empty),
  'unitLevels.save': op<UnitLevel[]>()(z.object({ levels: z.array(UnitLevel).max(50) }).strict()),
  'units.list': op<Unit[]>()(Empty),
  'units.save': op<Unit>()(Unit),
  'campaigns.list': op<Campaign[]>()(Empty),
  'campaigns.get': op<Campaign>()(ById),
  'campaigns.save': op<Campaign>()(Campaign),
  'campaigns.usage': op<CampaignUsage>()(ById),
  // The numbers behind the campaign's charts on `today` (shared/charts/data.ts); options are built in shared/charts.
  'campaigns.chartData': op<CampaignChartData>()(z.object({ id: Id, today: IsoDate }).strict()),
  'teams.list': op<Team[]>()(z.object({ campaignId: Id.optional() }).strict()),
  'teams.save': op<Team>()(Team),
  'inspections.list': op<InspectionSummary[]>()(z.object({ campaignId: Id.optional() }).strict()),
  // Every campaign, newest first, with its number of inspections: the list opens on one campaign.
  'inspections.counts': op<CampaignCount[]>()(Empty),
  'inspections.get': op<Inspection>()(ById),
  'inspections.save': op<{ updatedAt: string }>()(Inspection),
  'followUp.list': op<FollowUpRow[]>()(z.object({ campaignId: Id.optional() }).strict()),
  'followUp.setStatus': op<{ updatedAt: string }>()(StatusChange),
  'followUp.overdueCount': op<number>()(z.object({ today: IsoDate }).strict()),
  'followUp.saveList': asyncOp<SavedFile>()(FollowUpExport),
  // The follow-up tracker and the figures of one campaign (or all) as .xlsx; statuses counted on
  // `today` (the core's local day when absent).
  'xlsx.save': asyncOp<SavedFile>()(z.object({ campaignId: Id.optional(), today: IsoDate.optional() }).strict()),
  // The list as the preview shows it (base64 .docx), and printed (through Word where installed).
  'followUp.preview': asyncOp<{ base64: string; fileName: string }>()(FollowUpExport),
  'followUp.print': asyncOp<PrintResult>()(FollowUpExport.extend({ copies: Copies })),
  // An extension of a recommendation's deadline (with its reason, into the history); its history as lines.
  'followUp.extend': op<{ id: string; dueDate: string }>()(ExtendRequest),
  'followUp.history': op<HistoryLine[]>()(z.object({ recommendationId: Id }).strict()),
  // The tracker: one page of lean lines across campaigns (filters, search, sort), its total and counts per view.
  'followUp.query': op<TrackerResult>()(TrackerAsk),
  // One recommendation for the side panel: its whole text and its history.
  'followUp.detail': op<{ content: string; history: HistoryLine[] }>()(z.object({ recommendationId: Id }).strict()),
  // Search everywhere (Ctrl+F), folded: "muong cha" finds "Mường Chà" (shared/search.ts).
  'search.query': op<SearchHit[]>()(SearchQuery),
  // Sentences of past inspections like the finding or recommendation being typed, most used first.
  'search.phrases': op<PhraseSuggestion[]>()(PhraseQuery),
  'bin.list': op<BinEntry[]>()(Empty),
  'bin.delete': op<null>()(ByKind),
  'bin.restore': op<null>()(ByKind),
  // The undo of removing rows (findings, recommendations, …) of one record: takes them out of the bin.
  'rows.restore': op<null>()(
    z.object({ parentKind: z.enum(['inspection', 'campaign', 'team', 'unit']), parentId: Id, ids: z.array(Id).min(1).max(500) }).strict(),
  ),
  'transfer.export': op<ExportedFile>()(ById),
  // The file's bytes, not text: the core checks the encoding (UTF-8, or UTF-16 from Notepad) itself.
  'transfer.import': op<ImportResult>()(z.object({ base64: z.base64().max(MAX_IMPORT_BASE64) }).strict()),
  'demo.load': op<DemoResult>()(Empty),
  'system.info': op<SystemInfo>()(Empty),
  'documents.list': op<DocumentRecord[]>()(z.object({ inspectionId: Id }).strict()),
  'documents.nextNumber': op<IssuePreview>()(DocRequest.extend({ issuedDate: IsoDate.optional() })),
  'documents.saveDraft': asyncOp<SavedFile>()(DocRequest),
  'documents.issue': asyncOp<DocumentRecord>()(IssueRequest),
  'documents.saveIssued': asyncOp<SavedFile>()(ById),
  'documents.saveEmail': asyncOp<SavedFile>()(EmailRequest),
  'documents.open': asyncOp<null>()(BySavedFile),
  'documents.showInFolder': op<null>()(BySavedFile),
  // A scan of the signed document (PDF, JPEG, PNG; checked by content) filed with an issued document.
  'documents.attachSigned': op<DocumentRecord>()(SignedUpload),
  'documents.setDispatch': op<DocumentRecord>()(DispatchUpdate),
  // A stored scan by its attachment id (DocumentRecord.dispatch.signedCopies[].id), opened in the system viewer.
  'documents.openSigned': asyncOp<null>()(ById),
  // "Gỡ bản chụp": a scan attached by mistake goes to the bin (bin.restore with kind 'attachment'
  // brings it back); the signing date recorded for the document is kept.
  'documents.removeSigned': op<null>()(ById),
  // Paper (shared/documents/paper.ts): the preview never takes a number; print and PDF go through
  // Word where installed, else LibreOffice (PDF), else the preview the window shows.
  'documents.preview': asyncOp<DocumentPreview>()(PaperRequest),
  'documents.print': asyncOp<PrintResult>()(PrintDocRequest),
  'documents.printPreview': asyncOp<{ printed: boolean }>()(z.object({ copies: Copies, landscape: z.boolean().optional() }).strict()),
  'documents.savePdf': asyncOp<SavedPdf>()(PaperRequest),
  'documents.savePreviewPdf': asyncOp<SavedPdf>()(PaperRequest),
  // The campaign's own documents (the summary report, reminder letters to units with overdue remedies).
  'campaignDocs.list': op<CampaignDocRecord[]>()(z.object({ campaignId: Id }).strict()),
  'campaignDocs.overdueUnits': op<OverdueUnit[]>()(z.object({ campaignId: Id, today: IsoDate.optional() }).strict()),
  'campaignDocs.nextNumber': op<CampaignIssuePreview>()(CampaignDocRequest),
  'campaignDocs.saveDraft': asyncOp<SavedFile>()(CampaignDocRequest),
  'campaignDocs.issue': asyncOp<CampaignDocRecord>()(CampaignIssueRequest),
  'campaignDocs.saveIssued': asyncOp<SavedFile>()(ById),
  'templates.list': op<TemplateInfo[]>()(Empty),
  'templates.check': asyncOp<TemplateReport>()(TemplateUpload),
  'templates.import': asyncOp<TemplateReport>()(TemplateUpload),
  'templates.reset': op<null>()(z.object({ type: TemplateTypeSchema }).strict()),
  'templates.saveCopy': asyncOp<SavedFile>()(z.object({ type: TemplateTypeSchema }).strict()),
  'backup.list': op<BackupInfo[]>()(Empty),
  'backup.now': asyncOp<BackupInfo>()(Empty),
  'backup.saveTo': asyncOp<SavedFile>()(Empty),
  'backup.chooseFile': asyncOp<ChosenBackup | null>()(Empty),
  'backup.restore': asyncOp<RestoreResult>()(BackupRestoreRequest),
  'backup.openFolder': asyncOp<null>()(Empty),
  'remediation.list': op<RemediationReport[]>()(z.object({ inspectionId: Id }).strict()),
  'remediation.save': op<{ updatedAt: string }>()(RemediationReportInput),
  'remediation.assess': op<{ status: Inspection['recommendations'][number]['status']; updatedAt: string }>()(AssessRequest),
  'remediation.attach': op<AttachmentInfo>()(AttachRequest),
  'remediation.openAttachment': asyncOp<null>()(ById),
  'remediation.detach': op<null>()(ById),
  // To the bin, like other records (bin.restore with kind 'remediationReport' brings it back).
  'remediation.delete': op<null>()(ById),
  // The unit's previous inspection and its recommendations, or null when there is none.
  'inspections.previousRecommendations': op<PreviousInspection | null>()(z.object({ inspectionId: Id }).strict()),
  'followUp.carry': op<CarryResult>()(CarryRequest),
  // What needs her attention on `today`: the screen she starts on.
  'dashboard.get': op<Dashboard>()(z.object({ today: IsoDate }).strict()),
} as const satisfies Record<(typeof OP_NAMES)[number], unknown>;

export type Contract = typeof contract;
// Every name in OP_NAMES has a schema here (satisfies above) and no schema lacks a name (below).
export type OpName = keyof Contract & (typeof OP_NAMES)[number];
export type OpInput<N extends OpName> = z.input<Contract[N]['input']>;
export type OpOutput<N extends OpName> = Contract[N]['output'];
export type OpIsAsync<N extends OpName> = Contract[N]['async'];

export interface ApiError {
  code: string;
  /** Vietnamese, for her. */
  message: string;
  /** Technical detail (the English error, its stack) for whoever supports her; never shown as the message. */
  detail?: string;
  /** The operation that failed and when (ISO): added by the renderer, for "Sao chép chi tiết lỗi". */
  op?: string;
  time?: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

type Group<N> = N extends `${infer G}.${string}` ? G : never;
export type Api = {
  [G in Group<OpName>]: {
    [N in OpName as N extends `${G}.${infer M}` ? M : never]: (input: OpInput<N>) => Promise<Result<OpOutput<N>>>;
  };
};

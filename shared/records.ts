// Domain records and their zod schemas. These are the single source of truth for what is stored,
// what crosses the IPC boundary and what the JSON transfer format holds.
// Schemas are plain (no transforms) so they can also be exported as JSON Schema for docs/.
import { z } from 'zod';

export const Id = z.uuid();
/** ISO calendar date (yyyy-mm-dd) that really exists; the UI shows it as dd/mm/yyyy. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày phải có dạng yyyy-mm-dd' })
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, { message: 'Ngày không tồn tại' });
/** Clock time hh:mm (24h). */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Giờ phải có dạng hh:mm' });
const Text = z.string().max(50_000);
const ShortText = z.string().max(500);
const Honorific = z.enum(['', 'Ông', 'Bà']);

/** Kinds of issuing body (docs/documents.md §1.2), each with the title of its head (signing.ts HEAD_OF). */
export const BodyKind = z.enum(['department', 'office', 'division', 'board', 'peoples-committee', 'team']);
export type BodyKind = z.infer<typeof BodyKind>;

/**
 * Level of government of the issuing side (docs/domain.md "Who issues what"): a province (a Sở, the
 * Văn phòng UBND tỉnh; since July 2025 also inspecting xã, phường and sở) or a district before 2025
 * (its Phòng Nội vụ or the UBND huyện). It decides which bodies may issue a conclusion notice.
 */
export const IssuerLevel = z.enum(['province', 'district']);
export type IssuerLevel = z.infer<typeof IssuerLevel>;

/**
 * The issuing side of a campaign (campaign.issuer) and, in the settings, the one a new campaign
 * starts from. Fields added after the first release have defaults, so older rows and files parse.
 */
export const IssuerSettings = z.object({
  province: ShortText,
  superiorBody: ShortText,
  issuingBody: ShortText,
  teamBodyName: ShortText,
  placeName: ShortText,
  teamSymbol: ShortText,
  issuerSymbol: ShortText,
  level: IssuerLevel.default('province'),
  /** '' = read from the issuing body's name ("Sở …" → department); set when the name does not tell. */
  issuingBodyKind: z.union([BodyKind, z.literal('')]).default(''),
  /** Title of the issuing body's head ("Giám đốc"); '' = the usual head of its kind. */
  headTitle: ShortText.default(''),
});
export type IssuerSettings = z.infer<typeof IssuerSettings>;
/** As typed by a caller: the fields added later may be missing (they take their defaults). */
export type IssuerSettingsInput = z.input<typeof IssuerSettings>;

export const UnitLevel = z.object({ id: Id, name: ShortText.min(1), position: z.int().min(0) });
export type UnitLevel = z.infer<typeof UnitLevel>;

export const Representative = z.object({
  id: Id,
  honorific: Honorific,
  fullName: ShortText,
  title: ShortText,
});
export type Representative = z.infer<typeof Representative>;

export const Unit = z.object({
  id: Id,
  name: ShortText.min(1, { message: 'Tên đơn vị không được để trống' }),
  levelId: Id.nullable(),
  parentId: Id.nullable(),
  address: ShortText,
  /** Where its documents are e-mailed; several addresses separated by ";" or ",". Files made before it existed have none. */
  email: ShortText.default(''),
  representatives: z.array(Representative).max(200),
});
export type Unit = z.infer<typeof Unit>;

export const DocRef = z.object({
  number: ShortText,
  date: IsoDate.nullable(),
  issuer: ShortText,
  summary: Text,
});
export type DocRef = z.infer<typeof DocRef>;

export const Area = z.object({ id: Id, name: ShortText.min(1) });
export type Area = z.infer<typeof Area>;

export const IndicatorKind = z.enum(['count', 'ratio', 'percent']);
export type IndicatorKind = z.infer<typeof IndicatorKind>;
export const Indicator = z.object({
  id: Id,
  name: ShortText.min(1),
  areaId: Id.nullable(),
  kind: IndicatorKind,
  unit: ShortText,
  /** A part of another (count) indicator: the parts of one parent should add up to it. */
  parentId: Id.nullable(),
});
export type Indicator = z.infer<typeof Indicator>;

/**
 * The raw text of each field that does not hold a valid value yet, by field path ("dateTo",
 * "recommendations.<rowId>.remedyDeadline", "figures.<rowId>.value", "plan.date"). The typed field
 * itself then holds null, so nothing invalid is stored as a value nor printed in a document, and
 * nothing typed is lost either.
 */
export const FieldDrafts = z.record(z.string().max(300), z.string().max(2000));
export type FieldDrafts = z.infer<typeof FieldDrafts>;

export const Campaign = z.object({
  id: Id,
  year: z.int().min(1990).max(2100),
  title: ShortText,
  plan: DocRef,
  decision: DocRef,
  areas: z.array(Area).max(100),
  indicators: z.array(Indicator).max(500),
  /** Who issues its documents: the header, the place name, the symbols, the signing form. */
  issuer: IssuerSettings,
  drafts: FieldDrafts.default({}),
});
// drafts is optional in the type: a record built in code (defaults, demo, tests) has none; a parsed one
// always has them (the schema's default).
export type Campaign = Omit<z.infer<typeof Campaign>, 'drafts'> & { drafts?: FieldDrafts };

export const Role = z.enum(['leader', 'deputy', 'member', 'secretary']);
export type Role = z.infer<typeof Role>;
export const TeamMember = z.object({
  id: Id,
  honorific: Honorific,
  fullName: ShortText,
  role: Role,
  title: ShortText,
  agency: ShortText,
});
export type TeamMember = z.infer<typeof TeamMember>;

export const Team = z.object({
  id: Id,
  campaignId: Id,
  number: z.int().min(1).max(999),
  members: z.array(TeamMember).max(100),
});
export type Team = z.infer<typeof Team>;

export const Side = z.enum(['team', 'unit', 'guest']);
export const Attendee = z.object({
  id: Id,
  side: Side,
  honorific: Honorific,
  fullName: ShortText,
  title: ShortText,
  agency: ShortText,
  isChair: z.boolean(),
});
export type Attendee = z.infer<typeof Attendee>;

export const SubUnit = z.object({ id: Id, unitId: Id.nullable(), name: ShortText, note: Text });
export type SubUnit = z.infer<typeof SubUnit>;

export const FindingKind = z.enum(['strength', 'shortcoming', 'cause']);
export const Finding = z.object({ id: Id, areaId: Id.nullable(), kind: FindingKind, text: Text });
export type Finding = z.infer<typeof Finding>;

export const Figure = z.object({
  id: Id,
  indicatorId: Id,
  value: z.number().min(0).nullable(),
  denominator: z.number().min(0).nullable(),
  note: ShortText,
});
export type Figure = z.infer<typeof Figure>;

export const RecommendationStatus = z.enum(['open', 'in_progress', 'done']);
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;
export const Recommendation = z.object({
  id: Id,
  areaId: Id.nullable(),
  content: Text,
  responsibleUnit: ShortText,
  remedyDeadline: IsoDate.nullable(),
  /** Free wording when the deadline is not a date: "khắc phục ngay", "trong 15 ngày kể từ ...". */
  remedyDeadlineNote: ShortText,
  reportDeadline: IsoDate.nullable(),
  reportTo: ShortText,
  status: RecommendationStatus,
  statusNote: Text,
});
export type Recommendation = z.infer<typeof Recommendation>;

export const UnitProposal = z.object({ id: Id, content: Text, addressedTo: ShortText });
export type UnitProposal = z.infer<typeof UnitProposal>;

/** A signature block: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name. Empty parts are derived from the records. */
export const Signer = z.object({ authority: ShortText, title: ShortText, name: ShortText });
export type Signer = z.infer<typeof Signer>;

/**
 * Who issues the conclusion notice (documents.md §3): the campaign's issuing body ('department': a Sở
 * Nội vụ, a Phòng Nội vụ…), the team itself, the Văn phòng UBND tỉnh ('office'), or the UBND above the
 * issuing body in its own name ('committee': the UBND huyện of a district campaign).
 * conclusionIssuerChoices (shared/documents/issuing.ts) says which fit a campaign's level.
 */
export const ConclusionIssuer = z.enum(['department', 'team', 'office', 'committee']);
export type ConclusionIssuer = z.infer<typeof ConclusionIssuer>;

/** Per-inspection choices for the documents; empty values mean "derive from the records". */
export const DocOptions = z.object({
  conclusionIssuer: ConclusionIssuer,
  conclusionSigner: Signer,
  /**
   * How someone other than the head or a deputy signs the conclusion (NĐ 30 Điều 13): by order
   * ("TL.", the default, also when absent in older records) or by written authorisation ("TUQ.").
   */
  conclusionDelegation: z.enum(['TL', 'TUQ']).optional(),
  minutesUnitSigner: Signer,
  minutesTeamSigner: Signer,
  copies: z.int().min(1).max(20),
  recipientsMinutes: z.array(ShortText).max(40),
  recipientsConclusion: z.array(ShortText).max(40),
  /** Drafting unit after "Lưu: VT," in Nơi nhận, e.g. "CCHC". */
  archiveUnit: ShortText,
  // --- issuing (Văn bản tab) ---
  /** The date of issue chosen for each document, kept until it is issued rather than reset to today. */
  pendingDates: z.object({ minutes: IsoDate.nullable().optional(), conclusion: IsoDate.nullable().optional() }).optional(),
});
export type DocOptions = z.infer<typeof DocOptions>;

export const Inspection = z
  .object({
    id: Id,
    campaignId: Id,
    teamId: Id.nullable(),
    unitId: Id.nullable(),
    dateFrom: IsoDate.nullable(),
    dateTo: IsoDate.nullable(),
    /** Day the minutes are read and signed (the closing meeting); defaults to dateTo in documents. */
    meetingDate: IsoDate.nullable(),
    startTime: ClockTime.nullable(),
    endTime: ClockTime.nullable(),
    place: ShortText,
    chairNote: ShortText,
    attendees: z.array(Attendee).max(300),
    subUnits: z.array(SubUnit).max(300),
    findings: z.array(Finding).max(1000),
    figures: z.array(Figure).max(1000),
    recommendations: z.array(Recommendation).max(500),
    unitOpinion: Text,
    unitProposals: z.array(UnitProposal).max(200),
    docOptions: DocOptions,
    // Cross-field rules (date order, parts against their total) are warnings shown beside the field,
    // never a reason to refuse a save: see shared/checks.ts.
    drafts: FieldDrafts.default({}),
  });
export type Inspection = Omit<z.infer<typeof Inspection>, 'drafts'> & { drafts?: FieldDrafts };

/** Row shown in lists: enough to find an inspection without loading it. */
export const InspectionSummary = z.object({
  id: Id,
  campaignId: Id,
  unitName: z.string(),
  teamNumber: z.int().nullable(),
  dateFrom: IsoDate.nullable(),
  dateTo: IsoDate.nullable(),
  year: z.int(),
  updatedAt: z.string(),
});
export type InspectionSummary = z.infer<typeof InspectionSummary>;

// 'attachment': a scan removed from a signed document or a remediation report ("Gỡ bản chụp").
export const BinKind = z.enum(['campaign', 'team', 'unit', 'inspection', 'remediationReport', 'attachment']);
export type BinKind = z.infer<typeof BinKind>;
export const BinEntry = z.object({ kind: BinKind, id: Id, label: z.string(), deletedAt: z.string() });
export type BinEntry = z.infer<typeof BinEntry>;

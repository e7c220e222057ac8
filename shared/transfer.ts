// The versioned JSON format that moves one inspection between laptops (docs/inspection-transfer.md).
// Import validates the whole file against this schema, including cross-references, before writing.
import { z } from 'zod';
import { formatIssuePath } from './issues';
import { Campaign, Inspection, Team, Unit, UnitLevel } from './records';
import { checkFollowUpReferences, TransferFollowUp } from './transfer-followup';

export const TRANSFER_FORMAT = 'bienban.inspection';
/**
 * 2: the campaign carries its issuing side (campaign.issuer). Files of version 1 still import: their
 * campaign takes the issuing side this laptop already has for it, else the default in the settings.
 * 3: the follow-up of the recommendations travels too (followUp: extensions, history, remediation
 * reports with their assessments and scans; shared/transfer-followup.ts). Files of versions 1 and 2
 * import as before and leave this laptop's follow-up as it is.
 */
export const TRANSFER_VERSION = 3;
/** Every version this BienBan reads. */
export const TRANSFER_VERSIONS = [1, 2, 3] as const;
/** The largest import file, in bytes (the contract carries it as base64). */
export const MAX_IMPORT_BYTES = 50_000_000;
/** Base64 length of MAX_IMPORT_BYTES bytes. */
export const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

type Path = (string | number)[];

/** Every row of the file that becomes a row of one table, with its place in the file. */
export function rowsByTable(t: InspectionTransferShape): Record<string, { path: Path; id: string }[]> {
  const list = (base: Path, rows: { id: string }[]) => rows.map((r, k) => ({ path: [...base, k], id: r.id }));
  const i = t.inspection;
  return {
    unitLevels: list(['unitLevels'], t.unitLevels),
    units: list(['units'], t.units),
    representatives: t.units.flatMap((u, k) => list(['units', k, 'representatives'], u.representatives)),
    areas: list(['campaign', 'areas'], t.campaign.areas),
    indicators: list(['campaign', 'indicators'], t.campaign.indicators),
    members: t.team ? list(['team', 'members'], t.team.members) : [],
    attendees: list(['inspection', 'attendees'], i.attendees),
    subUnits: list(['inspection', 'subUnits'], i.subUnits),
    findings: list(['inspection', 'findings'], i.findings),
    figures: list(['inspection', 'figures'], i.figures),
    recommendations: list(['inspection', 'recommendations'], i.recommendations),
    unitProposals: list(['inspection', 'unitProposals'], i.unitProposals),
  };
}
interface InspectionTransferShape {
  campaign: Omit<Campaign, 'issuer'>; team: Team | null; unitLevels: UnitLevel[]; units: Unit[]; inspection: Inspection;
}

/** The rules every version shares: the ids and cross-references inside the file. */
function checkReferences(t: InspectionTransferShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  // Two rows with one id would silently become one row: name both places.
  for (const rows of Object.values(rowsByTable(t))) {
    const first = new Map<string, Path>();
    for (const { path, id } of rows) {
      const seen = first.get(id);
      if (seen) issue(path, `Trùng mã (id) ${id} với ${formatIssuePath(seen)}`);
      else first.set(id, path);
    }
  }
  const i = t.inspection;
  if (i.campaignId !== t.campaign.id) issue(['inspection', 'campaignId'], 'Không khớp với đợt kiểm tra trong tệp');
  if (t.team && t.team.campaignId !== t.campaign.id) issue(['team', 'campaignId'], 'Không khớp với đợt kiểm tra trong tệp');
  if (i.teamId !== (t.team?.id ?? null)) issue(['inspection', 'teamId'], 'Không khớp với đoàn kiểm tra trong tệp');
  const unitIds = new Set(t.units.map((u) => u.id));
  const levelIds = new Set(t.unitLevels.map((l) => l.id));
  if (i.unitId && !unitIds.has(i.unitId)) issue(['inspection', 'unitId'], 'Đơn vị được kiểm tra không có trong tệp');
  t.units.forEach((u, k) => {
    if (u.levelId && !levelIds.has(u.levelId)) issue(['units', k, 'levelId'], 'Cấp đơn vị không có trong tệp');
    if (u.parentId && !unitIds.has(u.parentId)) issue(['units', k, 'parentId'], 'Đơn vị cấp trên không có trong tệp');
  });
  // Parents must form a tree: a unit may not end up above itself (import would fail half-way).
  const parentOf = new Map(t.units.map((u) => [u.id, u.parentId]));
  t.units.forEach((u, k) => {
    let p = u.parentId;
    for (let steps = 0; p && steps <= t.units.length; steps++) {
      if (p === u.id) {
        issue(['units', k, 'parentId'], 'Cấp trên tạo thành vòng lặp (đơn vị nằm dưới chính nó)');
        break;
      }
      p = parentOf.get(p) ?? null;
    }
  });
  i.subUnits.forEach((s, k) => {
    if (s.unitId && !unitIds.has(s.unitId)) issue(['inspection', 'subUnits', k, 'unitId'], 'Đơn vị không có trong tệp');
  });
  const areaIds = new Set(t.campaign.areas.map((a) => a.id));
  const indicatorIds = new Set(t.campaign.indicators.map((x) => x.id));
  t.campaign.indicators.forEach((x, k) => {
    if (x.areaId && !areaIds.has(x.areaId)) issue(['campaign', 'indicators', k, 'areaId'], 'Lĩnh vực không có trong đợt kiểm tra');
    if (x.parentId && !indicatorIds.has(x.parentId)) issue(['campaign', 'indicators', k, 'parentId'], 'Chỉ tiêu cha không có trong đợt kiểm tra');
  });
  i.figures.forEach((f, k) => {
    if (!indicatorIds.has(f.indicatorId)) issue(['inspection', 'figures', k, 'indicatorId'], 'Chỉ tiêu không có trong đợt kiểm tra');
  });
  for (const key of ['findings', 'recommendations'] as const) {
    i[key].forEach((r, k) => {
      if (r.areaId && !areaIds.has(r.areaId)) issue(['inspection', key, k, 'areaId'], 'Lĩnh vực không có trong đợt kiểm tra');
    });
  }
}

const format = z.literal(TRANSFER_FORMAT, { message: 'Không phải tệp kiểm tra của BienBan' });
const rest = { team: Team.nullable(), unitLevels: z.array(UnitLevel), units: z.array(Unit), inspection: Inspection };

const versionMessage = { message: `Phiên bản định dạng không được hỗ trợ (chỉ hỗ trợ ${TRANSFER_VERSIONS.join(', ')})` };

export const InspectionTransfer = z
  .object({
    format,
    version: z.literal(TRANSFER_VERSION, versionMessage),
    exportedAt: z.string(),
    campaign: Campaign,
    ...rest,
    followUp: TransferFollowUp,
  })
  .superRefine((t, ctx) => {
    checkReferences(t, ctx);
    const recs = new Set(t.inspection.recommendations.map((r) => r.id));
    checkFollowUpReferences(t.followUp, recs, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
  });
export type InspectionTransfer = z.infer<typeof InspectionTransfer>;

/** Version 2: no follow-up (it stayed on the laptop it was recorded on). */
export const InspectionTransferV2 = z
  .object({ format, version: z.literal(2, versionMessage), exportedAt: z.string(), campaign: Campaign, ...rest })
  .superRefine(checkReferences);
export type InspectionTransferV2 = z.infer<typeof InspectionTransferV2>;

/** Version 1: the campaign has no issuing side (it was one setting of the laptop then). */
export const InspectionTransferV1 = z
  .object({ format, version: z.literal(1), exportedAt: z.string(), campaign: Campaign.omit({ issuer: true }), ...rest })
  .superRefine(checkReferences);
export type InspectionTransferV1 = z.infer<typeof InspectionTransferV1>;

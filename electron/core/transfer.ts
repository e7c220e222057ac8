// Export one inspection with everything it refers to, and import such a file on another laptop:
// validate the whole file first, then write it in one transaction, or write nothing.
import { z } from 'zod';
import type { ExportedFile, ImportResult } from '../../shared/api';
import { InspectionTransfer, InspectionTransferV1, InspectionTransferV2, MAX_IMPORT_BYTES, TRANSFER_FORMAT, TRANSFER_VERSION, TRANSFER_VERSIONS } from '../../shared/transfer';
import { emptyFollowUp } from '../../shared/transfer-followup';
import { emptyIssuer } from '../../shared/defaults';
import { derivedId } from '../../shared/uuid-v5';
import { formatCount } from '../../shared/vi/numbers';
import { decodeImportBytes, parseImportJson } from './transfer-read';
import { describeIssues, formatIssuePath } from '../../shared/issues';
import { CoreError } from './errors';
import type { Records } from './repos/records';
import type { IssuerSettings, Unit } from '../../shared/records';
import { foldKey } from '../../shared/vi/text';
import type { AttachmentStore } from './files/attachments';
import { embedScans, planFollowUp, readFollowUp, writeFollowUp } from './transfer-followup';

/**
 * The inspection's file. The reports' scans travel inside it while it stays within what import
 * accepts (MAX_IMPORT_BYTES); `note` names each scan left out, empty when none was.
 */
export function exportInspection(r: Records, store: AttachmentStore, id: string): ExportedFile {
  const inspection = r.getInspection(id);
  if (!inspection) throw new CoreError('NOT_FOUND', 'Không tìm thấy cuộc kiểm tra');
  const campaign = r.getCampaign(inspection.campaignId)!;
  const team = inspection.teamId ? r.getTeam(inspection.teamId) ?? null : null;
  // The inspected unit, its chain of parents and the sub-units visited.
  const units = new Map<string, Unit>();
  const addUnit = (uid: string | null) => {
    for (let cur = uid; cur && !units.has(cur); ) {
      const u = r.getUnit(cur) ?? (r.t.units.get(cur, true) ? { ...r.t.units.get(cur, true)!, representatives: [] } : undefined);
      if (!u) break;
      units.set(cur, u);
      cur = u.parentId;
    }
  };
  addUnit(inspection.unitId);
  inspection.subUnits.forEach((s) => addUnit(s.unitId));
  const levelIds = new Set([...units.values()].map((u) => u.levelId).filter(Boolean));
  const unitLevels = r.listUnitLevels().filter((l) => levelIds.has(l.id));
  const doc: InspectionTransfer = {
    format: TRANSFER_FORMAT, version: TRANSFER_VERSION, exportedAt: r.now(),
    campaign, team, unitLevels, units: [...units.values()], inspection,
    followUp: readFollowUp(r.db, store, inspection.id, inspection.recommendations.map((x) => x.id)),
  };
  const serialize = () => JSON.stringify(doc, null, 2);
  const left = embedScans(doc, store, () => Buffer.byteLength(serialize()));
  const unitName = inspection.unitId ? units.get(inspection.unitId)?.name ?? '' : '';
  const slug = foldKey(unitName).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'kiem-tra';
  return { fileName: `kiem-tra-${slug}-${inspection.dateFrom ?? campaign.year}.json`, json: serialize(), note: left.join(' ') };
}

/**
 * Validates a file's bytes as a transfer document; refuses naming the place of every problem. A file
 * of version 1 has no issuing side in its campaign: it takes `localIssuer(campaignId)`, the one this
 * laptop already has for that campaign or the default of the settings (docs/inspection-transfer.md).
 */
export function parseTransfer(bytes: Uint8Array, localIssuer: (campaignId: string) => IssuerSettings = () => emptyIssuer()): InspectionTransfer {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new CoreError('IMPORT_INVALID', `Tệp quá lớn (tối đa ${formatCount(MAX_IMPORT_BYTES)} byte). Không có gì được nhập.`);
  }
  const raw = parseImportJson(decodeImportBytes(bytes));
  // Format and version first: a file of another kind or from a newer BienBan gets that one reason,
  // not a list of follow-on errors about fields its version may lay out differently.
  const head = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as { format?: unknown; version?: unknown };
  if (head.format !== TRANSFER_FORMAT) refuse([`${formatIssuePath(['format'])}: Không phải tệp kiểm tra của BienBan`]);
  const v = head.version;
  if (!(TRANSFER_VERSIONS as readonly unknown[]).includes(v)) {
    refuse([
      typeof v === 'number' && Number.isInteger(v) && v > TRANSFER_VERSION
        ? `${formatIssuePath(['version'])}: tệp có phiên bản ${v}, mới hơn phiên bản ${TRANSFER_VERSION} mà BienBan này đọc được. ` +
          'Hãy cập nhật BienBan rồi nhập lại.'
        : `${formatIssuePath(['version'])}: không được hỗ trợ (chỉ đọc được phiên bản ${TRANSFER_VERSIONS.join(', ')})`,
    ]);
  }
  // Versions 1 and 2 carry no follow-up: they import with none, leaving this laptop's as it is.
  if (v === 1) {
    const old = InspectionTransferV1.safeParse(raw, { reportInput: true });
    if (!old.success) refuse(describeIssues(old.error));
    const t = old.data;
    return { ...t, version: TRANSFER_VERSION, campaign: { ...t.campaign, issuer: localIssuer(t.campaign.id) }, followUp: emptyFollowUp() };
  }
  if (v === 2) {
    const old = InspectionTransferV2.safeParse(raw, { reportInput: true });
    if (!old.success) refuse(describeIssues(old.error));
    return { ...old.data, version: TRANSFER_VERSION, followUp: emptyFollowUp() };
  }
  const parsed = InspectionTransfer.safeParse(raw, { reportInput: true });
  if (!parsed.success) refuse(describeIssues(parsed.error));
  return parsed.data;
}

function refuse(lines: string[]): never {
  throw new CoreError('IMPORT_INVALID', `Tệp nhập có lỗi, không có gì được nhập:\n${lines.map((l) => `• ${l}`).join('\n')}`);
}

/** The file's rows in the file's order, then the local rows the file does not have. */
function keepLocal<T extends { id: string }>(fromFile: T[], local: T[] | undefined): T[] {
  const ids = new Set(fromFile.map((x) => x.id));
  return [...fromFile, ...(local ?? []).filter((x) => !ids.has(x.id))];
}

/**
 * A record of the file that is in this laptop's bin is not brought back behind the secretary's back
 * (the write rules refuse it anyway): she restores it first, knowingly, then imports.
 */
function refuseRecordsInBin(r: Records, t: InspectionTransfer): void {
  const inBin: string[] = [];
  if (r.t.inspections.owner(t.inspection.id)?.deleted) inBin.push('cuộc kiểm tra');
  if (r.t.campaigns.owner(t.campaign.id)?.deleted) inBin.push(`đợt kiểm tra năm ${t.campaign.year}`);
  if (t.team && r.t.teams.owner(t.team.id)?.deleted) inBin.push(`Đoàn kiểm tra số ${t.team.number}`);
  for (const u of t.units) if (r.t.units.owner(u.id)?.deleted) inBin.push(`đơn vị "${u.name}"`);
  if (inBin.length) {
    throw new CoreError(
      'IMPORT_IN_BIN',
      `Trên máy này, ${inBin.join(', ')} của tệp đang nằm trong Thùng rác. ` +
        'Hãy khôi phục trong Thùng rác rồi nhập lại. Không có gì được nhập.',
    );
  }
}

type ChildTable = 'representatives' | 'areas' | 'indicators' | 'members' | 'attendees' | 'subUnits' | 'findings' | 'figures' | 'recommendations' | 'unitProposals';

/**
 * Rows of the file whose id this laptop already uses for a row of another record, or keeps in the
 * bin, get a new id derived from their owner and old id (the same on every import of that file), so
 * the import neither moves a local row nor brings one back. References inside the file follow.
 * Returns how many rows were re-keyed, and the recommendations' new ids (the follow-up follows them).
 */
function rekeyTakenRows(r: Records, t: InspectionTransfer): { renamed: number; recommendations: Map<string, string> } {
  let renamed = 0;
  const rekey = <T extends { id: string }>(table: ChildTable, ownerId: string, rows: T[]): Map<string, string> => {
    const map = new Map<string, string>();
    for (const row of rows) {
      const o = r.t[table].owner(row.id);
      if (o && (o.parentId !== ownerId || o.deleted)) {
        const id = derivedId(ownerId, `import/${row.id}`);
        map.set(row.id, id);
        row.id = id;
        renamed++;
      }
    }
    return map;
  };
  const c = t.campaign;
  const areas = rekey('areas', c.id, c.areas);
  const indicators = rekey('indicators', c.id, c.indicators);
  const area = (id: string | null) => (id && areas.get(id)) || id;
  for (const x of c.indicators) {
    x.areaId = area(x.areaId);
    x.parentId = (x.parentId && indicators.get(x.parentId)) || x.parentId;
  }
  if (t.team) rekey('members', t.team.id, t.team.members);
  for (const u of t.units) rekey('representatives', u.id, u.representatives);
  const i = t.inspection;
  const rows = new Map<string, Map<string, string>>();
  for (const key of ['attendees', 'subUnits', 'findings', 'figures', 'recommendations', 'unitProposals'] as const) rows.set(key, rekey(key, i.id, i[key] as { id: string }[]));
  for (const f of i.figures) f.indicatorId = indicators.get(f.indicatorId) ?? f.indicatorId;
  for (const x of [...i.findings, ...i.recommendations]) x.areaId = area(x.areaId);
  // What she typed into a field of a re-keyed row follows the row (keys "recommendations.<id>.remedyDeadline").
  c.drafts = followRekeyed(c.drafts, new Map([['areas', areas], ['indicators', indicators]]));
  i.drafts = followRekeyed(i.drafts, rows);
  return { renamed, recommendations: rows.get('recommendations')! };
}

/** Draft keys "<rows>.<id>.<field>" of re-keyed rows, renamed to the rows' new ids. */
export function followRekeyed<D extends Record<string, string> | undefined>(drafts: D, maps: Map<string, Map<string, string>>): D {
  if (!drafts) return drafts;
  return Object.fromEntries(Object.entries(drafts).map(([key, text]) => {
    const [rows, id, ...rest] = key.split('.');
    const to = rest.length ? maps.get(rows)?.get(id) : undefined;
    return [to ? [rows, to, ...rest].join('.') : key, text];
  })) as D;
}

/** The issuing side a campaign of a version-1 file takes: this laptop's own for it, else the default. */
function localIssuer(r: Records): (campaignId: string) => IssuerSettings {
  return (campaignId) => r.getCampaign(campaignId)?.issuer ?? r.settings.getIssuer() ?? emptyIssuer();
}

export function importInspection(r: Records, store: AttachmentStore, bytes: Uint8Array): ImportResult {
  const t = parseTransfer(bytes, localIssuer(r));
  refuseRecordsInBin(r, t);
  const replaced = !!r.t.inspections.get(t.inspection.id);
  const rekeyed = rekeyTakenRows(r, t);
  // Reads only, and refuses a scan that does not match its SHA-256 before anything is written.
  const followUp = planFollowUp(r.db, t.followUp, t.inspection.id, rekeyed.recommendations);
  const renamed = rekeyed.renamed + followUp.renamed;
  const now = r.now();
  const followNotes = r.db.transaction(() => {
    // Levels are matched by name so two laptops with their own default levels do not duplicate them;
    // a level of the file that this laptop keeps in the bin comes in under a new id.
    const localLevels = r.listUnitLevels();
    const levelMap = new Map<string, string>();
    const newLevels = [...localLevels];
    for (const l of t.unitLevels) {
      const same = localLevels.find((x) => x.id === l.id || foldKey(x.name) === foldKey(l.name));
      if (same) levelMap.set(l.id, same.id);
      else {
        const id = r.t.unitLevels.owner(l.id) ? derivedId(l.id, 'import') : l.id;
        newLevels.push({ ...l, id, position: newLevels.length });
        levelMap.set(l.id, id);
      }
    }
    if (newLevels.length !== localLevels.length) r.saveUnitLevels(newLevels);
    // Parents first so foreign keys hold.
    const pending = [...t.units];
    const done = new Set<string>();
    while (pending.length) {
      const k = pending.findIndex((u) => !u.parentId || done.has(u.parentId) || !t.units.some((x) => x.id === u.parentId));
      const [u] = pending.splice(k < 0 ? 0 : k, 1);
      const local = r.getUnit(u.id);
      r.saveUnit({ ...u, levelId: u.levelId ? levelMap.get(u.levelId) ?? null : null, representatives: keepLocal(u.representatives, local?.representatives) });
      done.add(u.id);
    }
    // Rows this laptop has and the file lacks are kept: other local inspections may refer to them
    // (figures point at indicators), and the other laptop may simply not have them yet.
    const localCampaign = r.getCampaign(t.campaign.id);
    r.saveCampaign({
      ...t.campaign,
      areas: keepLocal(t.campaign.areas, localCampaign?.areas),
      indicators: keepLocal(t.campaign.indicators, localCampaign?.indicators),
    });
    if (t.team) r.saveTeam({ ...t.team, members: keepLocal(t.team.members, r.getTeam(t.team.id)?.members) });
    r.saveInspection(t.inspection);
    // After the inspection: the follow-up's rows point at its recommendations.
    return writeFollowUp(r.db, store, followUp, now);
  })();
  const note = [
    renamed ? `${formatCount(renamed)} dòng trong tệp có mã trùng với dòng của mục khác (hoặc trong Thùng rác) trên máy này nên được nhập với mã mới.` : '',
    ...followNotes,
  ].filter(Boolean).join(' ');
  return { inspectionId: t.inspection.id, replaced, renamed, note };
}

export const transferJsonSchema = () => z.toJSONSchema(InspectionTransfer, { io: 'input', unrepresentable: 'any' });

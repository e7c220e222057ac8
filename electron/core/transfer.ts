// Export one inspection with everything it refers to, and import such a file on another laptop:
// validate the whole file first, then write it in one transaction, or write nothing.
import { z } from 'zod';
import { InspectionTransfer, TRANSFER_FORMAT, TRANSFER_VERSION } from '../../shared/transfer';
import { describeIssues, formatIssuePath } from '../../shared/issues';
import { CoreError } from './errors';
import type { Records } from './repos/records';
import type { Unit } from '../../shared/records';
import { foldKey } from '../../shared/vi/text';

export function exportInspection(r: Records, id: string): { fileName: string; json: string } {
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
  };
  const unitName = inspection.unitId ? units.get(inspection.unitId)?.name ?? '' : '';
  const slug = foldKey(unitName).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'kiem-tra';
  return { fileName: `kiem-tra-${slug}-${inspection.dateFrom ?? campaign.year}.json`, json: JSON.stringify(doc, null, 2) };
}

/** Where JSON.parse stopped, as "(dòng 3, cột 14)", from V8's English message; empty if unknown. */
function jsonErrorPlace(json: string, e: Error): string {
  if (!json.trim()) return ' (tệp rỗng)';
  const m = /position (\d+)/.exec(e.message);
  if (!m) {
    if (/end of JSON input/.test(e.message)) return ' (tệp bị cắt ngang, thiếu phần cuối)';
    const token = /Unexpected token '(.+?)'/.exec(e.message);
    return token ? ` (gặp ký tự không mong đợi "${token[1]}")` : '';
  }
  const before = json.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return ` (lỗi ở dòng ${line}, cột ${before.length - before.lastIndexOf('\n')})`;
}

export function parseTransfer(json: string): InspectionTransfer {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new CoreError('IMPORT_INVALID', `Tệp không phải JSON hợp lệ${jsonErrorPlace(json, e as Error)}. Không có gì được nhập.`);
  }
  // Format and version first: a file of another kind or from a newer BienBan gets that one reason,
  // not a list of follow-on errors about fields its version may lay out differently.
  const head = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as { format?: unknown; version?: unknown };
  if (head.format !== TRANSFER_FORMAT) refuse([`${formatIssuePath(['format'])}: Không phải tệp kiểm tra của BienBan`]);
  if (head.version !== TRANSFER_VERSION) {
    const v = head.version;
    refuse([
      typeof v === 'number' && Number.isInteger(v) && v > TRANSFER_VERSION
        ? `${formatIssuePath(['version'])}: tệp có phiên bản ${v}, mới hơn phiên bản ${TRANSFER_VERSION} mà BienBan này đọc được. ` +
          'Hãy cập nhật BienBan rồi nhập lại.'
        : `${formatIssuePath(['version'])}: không được hỗ trợ (chỉ đọc được phiên bản ${TRANSFER_VERSION})`,
    ]);
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

export function importInspection(r: Records, json: string): { inspectionId: string; replaced: boolean } {
  const t = parseTransfer(json);
  const replaced = !!r.t.inspections.get(t.inspection.id, true);
  r.db.transaction(() => {
    // Levels are matched by name so two laptops with their own default levels do not duplicate them.
    const localLevels = r.listUnitLevels();
    const levelMap = new Map<string, string>();
    const newLevels = [...localLevels];
    for (const l of t.unitLevels) {
      const same = localLevels.find((x) => x.id === l.id || foldKey(x.name) === foldKey(l.name));
      if (same) levelMap.set(l.id, same.id);
      else { newLevels.push({ ...l, position: newLevels.length }); levelMap.set(l.id, l.id); }
    }
    if (newLevels.length !== localLevels.length) r.saveUnitLevels(newLevels);
    // Parents first so foreign keys hold. Upserts also bring a record back from the bin.
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
  })();
  return { inspectionId: t.inspection.id, replaced };
}

export const transferJsonSchema = () => z.toJSONSchema(InspectionTransfer, { io: 'input', unrepresentable: 'any' });

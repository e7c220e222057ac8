// The follow-up list as a Word document: the secretary prints it for the team leader or pastes it
// into the campaign's summary report. A working list, not an official document, so no NĐ 30 header;
// the same Times New Roman and ruled table as the documents, on a landscape A4 page.
import path from 'node:path';
import { AlignmentType, Document, Packer, PageOrientation, Paragraph } from 'docx';
import { citation } from '../../../shared/documents/model';
import type { SavedFile } from '../../../shared/documents/types';
import {
  deadlineLabel, FILTER_LABELS, flagOf, STATUS_LABELS, summarize, URGENCY_LABELS,
  type FollowUpExport, type FollowUpRow,
} from '../../../shared/followup';
import { isoToDisplay } from '../../../shared/vi/dates';
import { formatCount } from '../../../shared/vi/numbers';
import { CoreError } from '../errors';
import type { Platform } from '../platform';
import { listFollowUp } from '../repos/followup';
import { selectTracker } from '../repos/tracker';
import type { Records } from '../repos/records';
import { FONT, gridTable, run, SINGLE } from './blocks';

/** A4 landscape, 20 mm margins all round, in twips. */
const PAGE = { width: 16838, height: 11906, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export interface FollowUpListInput {
  /** "Kiểm tra công tác cải cách hành chính năm 2022 (Kế hoạch số 1703/KH-UBND …)", or "Tất cả các đợt kiểm tra". */
  scope: string;
  /** What the list holds: "Chưa hoàn thành", "Quá hạn"… */
  view: string;
  today: string;
  /** The "sắp đến hạn" days in force (Settings.dueSoonDays): which deadlines are flagged as near. */
  dueSoonDays: number;
  /** The rows to print, in order; `all` is the whole scope, for the counts. */
  rows: readonly FollowUpRow[];
  all: readonly FollowUpRow[];
}

const centred = (text: string, s: { bold?: boolean; italic?: boolean; size?: number }, before = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0, ...SINGLE }, children: [run(text, s)] });

export async function followUpListDocx(p: FollowUpListInput): Promise<Uint8Array> {
  const s = summarize(p.all, p.today, p.dueSoonDays);
  const deadline = (r: FollowUpRow) => {
    const flag = flagOf(r, p.today, p.dueSoonDays);
    return [deadlineLabel(r) || '—', ...(flag ? [`(${URGENCY_LABELS[flag].toLowerCase()})`] : [])].join('\n');
  };
  const table = gridTable({
    kind: 'table',
    columns: ['STT', 'Đơn vị được kiểm tra', 'Nội dung kiến nghị', 'Thời hạn', 'Trạng thái', 'Kết quả khắc phục'],
    widths: [5, 17, 36, 12, 11, 19],
    center: [0, 1, 3, 4],
    left: [5],
    rows: p.rows.map((r, k) => [
      String(k + 1), `${r.unitName || '...'}\n(kiến nghị số ${r.number}, năm ${r.year})`, r.recommendation.content.trim(),
      deadline(r), STATUS_LABELS[r.recommendation.status], r.recommendation.statusNote.trim(),
    ]),
  }, TEXT_WIDTH);
  const doc = new Document({
    creator: 'BienBan',
    title: 'Danh sách theo dõi kiến nghị',
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [{
      properties: {
        page: {
          // docx takes the portrait size and swaps it for a landscape page.
          size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
        },
      },
      children: [
        centred('DANH SÁCH THEO DÕI THỰC HIỆN KIẾN NGHỊ SAU KIỂM TRA', { bold: true, size: 14 }),
        centred(p.scope, { italic: true, size: 13 }, 60),
        centred(
          `Tính đến ngày ${isoToDisplay(p.today)}: ${formatCount(s.total)} kiến nghị; ${formatCount(s.done)} đã hoàn thành, ` +
            `${formatCount(s.inProgress)} đang thực hiện, ${formatCount(s.open)} chưa thực hiện; ${formatCount(s.overdue)} quá hạn. ` +
            `Danh sách: ${p.view.toLowerCase()} (${formatCount(p.rows.length)}).`,
          { size: 13 }, 120,
        ),
        new Paragraph({ spacing: { before: 0, after: 120, ...SINGLE }, children: [] }),
        table,
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** One view of the list (a campaign or all, a filter, counted from `today`) as .docx, and the name to offer. */
export async function buildFollowUpList(r: Records, req: FollowUpExport): Promise<{ bytes: Uint8Array; suggestedName: string }> {
  const campaign = req.campaignId ? r.getCampaign(req.campaignId) : null;
  if (campaign === undefined) throw new CoreError('NOT_FOUND', 'Không tìm thấy đợt kiểm tra (có thể đã bị xóa).');
  // The lines and their order are the tracker's (the same filters, search and order as on screen);
  // the whole text of each comes from the list.
  const byId = new Map(listFollowUp(r, req.campaignId).map((x) => [x.recommendation.id, x]));
  const dueSoonDays = r.settings.dueSoonDays(req.dueSoonDays);
  const pick = (view: FollowUpExport['filter']) => selectTracker(r.db, {
    today: req.today, dueSoonDays, sort: req.sort ?? 'urgency',
    filters: { ...req.filters, ...(req.campaignId ? { campaignId: req.campaignId } : {}), view },
  }).shown.flatMap((s) => byId.get(s.line.row.recommendationId) ?? []);
  const plan = campaign ? citation('Kế hoạch', campaign.plan) : '';
  const bytes = await followUpListDocx({
    scope: campaign ? `${campaign.title}${plan ? ` (${plan})` : ''}` : 'Tất cả các đợt kiểm tra',
    view: FILTER_LABELS[req.filter],
    today: req.today,
    dueSoonDays,
    rows: pick(req.filter),
    all: pick('all'),
  });
  const suggestedName = `${req.today} Theo dõi kiến nghị ${campaign ? campaign.year : 'các đợt'} (${FILTER_LABELS[req.filter].toLowerCase()}).docx`;
  return { bytes, suggestedName };
}

/** `followUp.saveList`: the list saved as .docx where she chooses. */
export async function saveFollowUpList(r: Records, platform: Platform, req: FollowUpExport): Promise<SavedFile> {
  const { bytes, suggestedName } = await buildFollowUpList(r, req);
  const chosen = await platform.saveFile({ suggestedName, bytes });
  return { path: chosen, fileName: chosen ? path.basename(chosen) : suggestedName };
}

// The follow-up list as a Word document: a landscape A4 page, Times New Roman, one ruled row per
// recommendation of the chosen view, most urgent first, with the counts of the day.
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { dispatchAsync } from '../../electron/core/dispatch';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { demoCoreWithFiles } from '../helpers';

function setup() {
  const { core } = demoCoreWithFiles();
  const id = DEMO_IDS.inspectionMuongCha2022;
  const insp = core.handlers['inspections.get']({ id });
  const [a, b, c] = insp.recommendations;
  core.handlers['inspections.save']({
    ...insp, recommendations: [{ ...a, remedyDeadline: '2022-12-31' }, { ...b, remedyDeadline: '2023-03-31' }, c],
  });
  core.handlers['followUp.setStatus']({ inspectionId: id, recommendationId: c.id, status: 'done', statusNote: 'Đã ban hành Bộ tiêu chí & hướng dẫn <chấm điểm>.' });
  return { core, campaignId: insp.campaignId };
}

const texts = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
const rowsOf = (xml: string) => xml.split('<w:tr>').slice(1).map((tr) => texts(tr).join(' | '));

it('saves the unfinished recommendations of a campaign, overdue first, on a landscape page in Times New Roman', async () => {
  const { core, campaignId } = setup();
  const saved = await core.handlers['followUp.saveList']({ campaignId, today: '2023-01-10', filter: 'unfinished' });
  expect(saved.fileName).toBe('2023-01-10 Theo dõi kiến nghị 2022 (chưa hoàn thành).docx');
  const files = unzipSync(new Uint8Array(fs.readFileSync(saved.path!)));
  const xml = strFromU8(files['word/document.xml']);
  const styles = strFromU8(files['word/styles.xml']);

  expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Times New Roman"/);
  for (const f of xml.matchAll(/<w:rFonts ([^>]*)\/>/g)) expect(f[1]).toMatch(/w:ascii="Times New Roman"/);

  const all = texts(xml).join('\n');
  expect(all).toContain('DANH SÁCH THEO DÕI THỰC HIỆN KIẾN NGHỊ SAU KIỂM TRA');
  expect(all).toContain('(Kế hoạch số 1703/KH-UBND ngày 09/6/2022 của UBND tỉnh Điện Biên)');
  expect(all).toMatch(/Tính đến ngày 10\/01\/2023: \d+ kiến nghị; 1 đã hoàn thành, 0 đang thực hiện, \d+ chưa thực hiện; 1 quá hạn\. Danh sách: chưa hoàn thành \(\d+\)\./);
  expect(all).toBe(all.normalize('NFC'));

  const expected = core.handlers['followUp.list']({ campaignId }).filter((r) => r.recommendation.status !== 'done');
  const rows = rowsOf(xml);
  expect(rows[0]).toBe('STT | Đơn vị được kiểm tra | Nội dung kiến nghị | Thời hạn | Trạng thái | Kết quả khắc phục');
  expect(rows).toHaveLength(expected.length + 1);
  expect(rows[1]).toMatch(/^1 \| UBND huyện Mường Chà \| \(kiến nghị số 1, năm 2022\) \| Xây dựng kế hoạch khắc phục .* \| 31\/12\/2022 \| \(quá hạn\) \| Chưa thực hiện \| $/); // no result yet: an empty last cell
  expect(rows.some((r) => r.includes('Bộ tiêu chí'))).toBe(false);
});

it('prints the done ones with their result, escaped, and refuses an unknown campaign in Vietnamese', async () => {
  const { core, campaignId } = setup();
  const saved = await core.handlers['followUp.saveList']({ campaignId, today: '2023-01-10', filter: 'done' });
  const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(saved.path!)))['word/document.xml']);
  const rows = rowsOf(xml);
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain('Đã hoàn thành | Đã ban hành Bộ tiêu chí &amp; hướng dẫn &lt;chấm điểm&gt;.');

  const everything = await core.handlers['followUp.saveList']({ today: '2023-01-10', filter: 'all' });
  expect(everything.fileName).toBe('2023-01-10 Theo dõi kiến nghị các đợt (tất cả).docx');
  const allRows = rowsOf(strFromU8(unzipSync(new Uint8Array(fs.readFileSync(everything.path!)))['word/document.xml']));
  expect(allRows).toHaveLength(core.handlers['followUp.list']({}).length + 1);

  const bad = await dispatchAsync(core.handlers, 'followUp.saveList', { campaignId: '00000000-0000-4000-8000-000000000000', today: '2023-01-10', filter: 'all' });
  expect(bad).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy đợt kiểm tra (có thể đã bị xóa).' } });
  const badDate = await dispatchAsync(core.handlers, 'followUp.saveList', { today: '2023-02-30', filter: 'all' });
  expect(badDate.ok).toBe(false);
});

it('prints the list on screen: the tracker\'s search, unit filter, view and order', async () => {
  const { core } = setup();
  const insp = core.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  // All campaigns, searched without diacritics, the due-soon view and the overdue one.
  const saved = await core.handlers['followUp.saveList']({ today: '2023-01-10', filter: 'all', filters: { search: 'muong cha', unitId: insp.unitId! }, sort: 'due' });
  const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(saved.path!)))['word/document.xml']);
  const rows = rowsOf(xml).slice(1);
  expect(rows).toHaveLength(3);
  expect(rows.every((r) => r.includes('Mường Chà'))).toBe(true);
  expect(rows[0]).toContain('31/12/2022');
  expect(rows[1]).toContain('31/03/2023');
  const overdue = await core.handlers['followUp.saveList']({ today: '2023-01-10', filter: 'overdue', filters: { unitId: insp.unitId! } });
  expect(overdue.fileName).toBe('2023-01-10 Theo dõi kiến nghị các đợt (quá hạn).docx');
  const oxml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(overdue.path!)))['word/document.xml']);
  expect(rowsOf(oxml).slice(1)).toHaveLength(1);
});

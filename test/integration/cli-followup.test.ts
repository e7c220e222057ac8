// `follow-up`: what is still to be remedied, counted from a given day, as text and as JSON.
// In process (runCli), since cli.test.ts already proves the child-process wiring.
import fs from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { runCli } from '../../electron/core/cli/run';
import { DEMO_IDS } from '../../electron/core/demo/ids';
import { tempCore, tempDir } from '../helpers';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s), env: {}, cwd: process.cwd() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function world(): string {
  const c = tempCore();
  dirs.push(c.dir);
  c.handlers['demo.load']({});
  const insp = c.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  const [a, b, d] = insp.recommendations;
  c.handlers['inspections.save']({
    ...insp,
    recommendations: [{ ...a, remedyDeadline: '2022-12-31' }, { ...b, remedyDeadline: '2023-01-15' }, { ...d, remedyDeadline: '2022-11-30' }],
  });
  c.handlers['followUp.setStatus']({ inspectionId: insp.id, recommendationId: d.id, status: 'done', statusNote: 'Đã ban hành Bộ tiêu chí.' });
  c.close();
  return c.dir;
}

it('lists what is left, overdue first, with the counts of the day given', async () => {
  const d = world();
  const r = await run(['follow-up', '--date', '10/01/2023', '--data-dir', d]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^Đến ngày 10\/01\/2023: \d+ kiến nghị; 1 đã hoàn thành, 0 đang thực hiện, \d+ chưa thực hiện; 1 quá hạn, 1 sắp đến hạn, 0 chờ đánh giá, 0 chưa được chấp nhận, \d+ không có ngày hạn\./);
  const entries = r.out.split('\n\n').slice(1);
  expect(entries[0]).toMatch(/^2022 · UBND huyện Mường Chà · kiến nghị số 1 · Chưa thực hiện · hạn 31\/12\/2022 \[QUÁ HẠN\]\n  Xây dựng kế hoạch/);
  expect(entries[1]).toContain('kiến nghị số 2 · Chưa thực hiện · hạn 15/01/2023 [SẮP ĐẾN HẠN]');
  expect(r.out).not.toContain('Đã ban hành Bộ tiêu chí');

  // A month later nothing new is done: both dated ones are overdue; --all adds the finished one.
  const later = await run(['follow-up', '--date', '2023-02-10', '--all', '--data-dir', d]);
  expect(later.out).toContain('2 quá hạn, 0 sắp đến hạn');
  expect(later.out).toContain('kiến nghị số 3 · Đã hoàn thành · hạn 30/11/2022 [ĐÃ HOÀN THÀNH]\n  Ban hành tiêu chí');
  expect(later.out).toContain('  Kết quả: Đã ban hành Bộ tiêu chí.');
});

it('gives JSON with the urgency of each, for scripts', async () => {
  const d = world();
  const r = await run(['follow-up', '--date', '10/01/2023', '--json', '--data-dir', d]);
  const rows = JSON.parse(r.out) as { inspectionId: string; number: number; urgency: string; recommendation: { status: string } }[];
  expect(rows.slice(0, 2).map((x) => [x.number, x.urgency])).toEqual([[1, 'overdue'], [2, 'due_soon']]);
  expect(rows.every((x) => x.recommendation.status !== 'done')).toBe(true);
});

it('understands a deadline wording as its last day, and gives the new statuses in JSON', async () => {
  const c = tempCore();
  dirs.push(c.dir);
  c.handlers['demo.load']({});
  const insp = c.handlers['inspections.get']({ id: DEMO_IDS.inspectionMuongCha2022 });
  c.handlers['inspections.save']({
    ...insp,
    recommendations: insp.recommendations.map((r, k) => ({ ...r, remedyDeadline: null, remedyDeadlineNote: ['trong quý IV/2022', 'khắc phục ngay', 'trong tháng 1/2023'][k] ?? '' })),
  });
  c.close();
  const r = await run(['follow-up', '--date', '10/01/2023', '--data-dir', c.dir]);
  expect(r.out).toContain('kiến nghị số 1 · Chưa thực hiện · hạn 31/12/2022 (trong quý IV/2022) [QUÁ HẠN]');
  expect(r.out).toContain('kiến nghị số 2 · Chưa thực hiện · hạn khắc phục ngay (không có ngày hạn)\n');
  expect(r.out).toContain('kiến nghị số 3 · Chưa thực hiện · hạn 31/01/2023 (trong tháng 1/2023)\n');
  const json = JSON.parse((await run(['follow-up', '--date', '10/01/2023', '--json', '--data-dir', c.dir])).out) as { inspectionId: string; number: number; status: string; dueDate: string | null }[];
  const mine = json.filter((x) => x.inspectionId === insp.id).map((x) => [x.number, x.status, x.dueDate]);
  expect(mine).toEqual([[1, 'overdue', '2022-12-31'], [3, 'not_due', '2023-01-31'], [2, 'no_due_date', null]]);
});

it('refuses a date that does not exist, or a data folder without data, in Vietnamese', async () => {
  const bad = await run(['follow-up', '--date', '31/02/2023', '--data-dir', world()]);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('Ngày tính hạn "31/02/2023" không hợp lệ');
  const empty = tempDir();
  dirs.push(empty);
  const none = await run(['follow-up', '--data-dir', empty]);
  expect(none.code).toBe(1);
  expect(none.err).toContain('Chưa có dữ liệu trong thư mục');
  expect(fs.readdirSync(empty)).toEqual([]);
});

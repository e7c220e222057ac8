// The commands themselves. Each goes through the same handlers and input checks as the app
// (dispatch), so the command line and the UI accept and refuse exactly the same things.
import { MAX_IMPORT_BYTES } from '../../../shared/transfer';
import fs from 'node:fs';
import path from 'node:path';
import type { OpInput, OpName, OpOutput } from '../../../shared/api';
import { Id } from '../../../shared/records';
import { formatDateRange } from '../../../shared/vi/dates';
import { createCore, DB_FILE, type Core } from '../core';
import { dispatch } from '../dispatch';
import { writeFileAtomic } from '../files/atomic-write';
import { hasOwnRecords } from '../demo/load';
import { generateProvince } from '../demo/province';
import { checkDatabase } from './check';
import { UsageError } from './args';

/** A failure while running a command (exit code 1); the message is for the user. */
export class CommandFailure extends Error {}

export interface Context {
  dataDir: string;
  /** Folder that relative file names are resolved against. */
  cwd: string;
  out(line: string): void;
}


export function call<N extends OpName>(core: Core, name: N, input: OpInput<N>): OpOutput<N> {
  const res = dispatch(core.handlers, name, input);
  if (!res.ok) throw new CommandFailure(res.error.message);
  return res.value as OpOutput<N>;
}

export function withCore<T>(ctx: Context, mustExist: boolean, fn: (core: Core) => T): T {
  const dbPath = path.join(ctx.dataDir, DB_FILE);
  if (mustExist && !fs.existsSync(dbPath)) {
    throw new CommandFailure(`Chưa có dữ liệu trong thư mục ${ctx.dataDir} (không thấy tệp ${DB_FILE}). Hãy kiểm tra --data-dir.`);
  }
  const core = createCore({ dataDir: ctx.dataDir });
  try {
    return fn(core);
  } finally {
    core.close();
  }
}

export function demo(ctx: Context, years?: string): void {
  if (years === undefined) {
    const r = withCore(ctx, false, (core) => call(core, 'demo.load', {}));
    ctx.out(`Đã nạp dữ liệu mẫu vào ${ctx.dataDir}: ${r.campaigns} đợt kiểm tra, ${r.inspections} cuộc kiểm tra, ${r.units} đơn vị.`);
    return;
  }
  if (!/^\d{1,2}$/.test(years) || Number(years) < 1 || Number(years) > 30) throw new UsageError('--years cần một số năm từ 1 đến 30, ví dụ --years 10.');
  const r = withCore(ctx, false, (core) => {
    // The same rule as demo.load: generated records never mix with real ones.
    if (hasOwnRecords(core.records)) throw new CommandFailure(`Thư mục dữ liệu ${ctx.dataDir} đã có hồ sơ; chỉ tạo dữ liệu mẫu trong một thư mục dữ liệu trống.`);
    return generateProvince(core, { years: Number(years), seed: 1 });
  });
  ctx.out(`Đã tạo dữ liệu mẫu ${years} năm vào ${ctx.dataDir}: ${r.campaigns} đợt kiểm tra, ${r.inspections} cuộc kiểm tra, ${r.units} đơn vị, ${r.findings} kết quả kiểm tra, ${r.recommendations} kiến nghị.`);
}

export function list(ctx: Context, json: boolean): void {
  const rows = withCore(ctx, true, (core) => call(core, 'inspections.list', {}));
  if (json) {
    ctx.out(JSON.stringify(rows, null, 2));
    return;
  }
  if (!rows.length) {
    ctx.out('Chưa có cuộc kiểm tra nào.');
    return;
  }
  const table = [
    ['Mã cuộc kiểm tra', 'Năm', 'Đoàn', 'Đơn vị được kiểm tra', 'Thời gian'],
    ...rows.map((r) => [
      r.id, String(r.year), r.teamNumber === null ? '—' : `số ${r.teamNumber}`, r.unitName || '(chưa chọn)',
      formatDateRange(r.dateFrom, r.dateTo) || '—',
    ]),
  ];
  const widths = table[0].map((_, k) => Math.max(...table.map((row) => row[k].length)));
  for (const row of table) ctx.out(row.map((cell, k) => (k === row.length - 1 ? cell : cell.padEnd(widths[k]))).join('  '));
  ctx.out(`Tổng cộng: ${rows.length} cuộc kiểm tra.`);
}

export function requireId(value: string | undefined): string {
  if (!value) throw new UsageError('Thiếu mã cuộc kiểm tra. Dùng lệnh list để xem các mã.');
  if (!Id.safeParse(value).success) throw new UsageError(`Mã cuộc kiểm tra không đúng dạng: "${value}". Dùng lệnh list để xem các mã.`);
  return value;
}

export function exportInspection(ctx: Context, idArg: string | undefined, out: string | undefined, force: boolean): void {
  const id = requireId(idArg);
  const file = withCore(ctx, true, (core) => call(core, 'transfer.export', { id }));
  const target = path.resolve(ctx.cwd, out ?? file.fileName);
  if (fs.existsSync(target) && !force) {
    throw new CommandFailure(`Tệp ${target} đã có. Chọn tên khác bằng --out, hoặc thêm --force để ghi đè.`);
  }
  try {
    writeFileAtomic(target, file.json);
  } catch (e) {
    throw new CommandFailure(`Không ghi được tệp ${target}: ${fsReason(e)}`);
  }
  ctx.out(`Đã xuất cuộc kiểm tra ${id} ra tệp ${target}`);
  if (file.note) ctx.out(file.note);
}

export function importInspection(ctx: Context, fileArg: string | undefined): void {
  if (!fileArg) throw new UsageError('Thiếu tên tệp cần nhập, ví dụ: import kiem-tra.json');
  const source = path.resolve(ctx.cwd, fileArg);
  let bytes: Buffer;
  try {
    const stat = fs.statSync(source);
    if (stat.isDirectory()) throw new CommandFailure(`${source} là một thư mục, không phải tệp.`);
    if (stat.size > MAX_IMPORT_BYTES) throw new CommandFailure(`Tệp ${source} quá lớn (tối đa 50 MB). Không có gì được nhập.`);
    // The bytes as they are: the core reads the encoding (UTF-8 with or without BOM, UTF-16).
    bytes = fs.readFileSync(source);
  } catch (e) {
    if (e instanceof CommandFailure) throw e;
    throw new CommandFailure(`Không đọc được tệp ${source}: ${fsReason(e)}`);
  }
  const r = withCore(ctx, false, (core) => call(core, 'transfer.import', { base64: bytes.toString('base64') }));
  ctx.out(`Đã nhập cuộc kiểm tra ${r.inspectionId} từ tệp ${source}${r.replaced ? ' (thay cho bản đã có trên máy này)' : ''}.`);
  if (r.note) ctx.out(r.note);
}

/** Returns whether the data file is in good order. */
export function check(ctx: Context): boolean {
  let report;
  try {
    report = checkDatabase(path.join(ctx.dataDir, DB_FILE));
  } catch (e) {
    throw new CommandFailure((e as Error).message);
  }
  ctx.out(`Tệp dữ liệu: ${report.dbPath}`);
  for (const item of report.items) ctx.out(`${item.ok ? '[đạt]' : '[LỖI]'} ${item.label}: ${item.detail}`);
  ctx.out(report.ok ? 'Kết quả: dữ liệu tốt.' : 'Kết quả: có vấn đề, xem các dòng [LỖI] ở trên.');
  return report.ok;
}

export function fsReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT': return 'không tìm thấy tệp hoặc thư mục';
    case 'EACCES':
    case 'EPERM': return 'không có quyền truy cập';
    case 'EISDIR': return 'đây là một thư mục';
    case 'ENOSPC': return 'ổ đĩa đã đầy';
    default: return (e as Error).message;
  }
}

// `backup [--out F] [--force]` and `restore F`: the same backups and checked restore as the screen
// "Sao lưu và khôi phục". restore also works when the data file is too damaged to open, which is
// exactly when it is needed: the damaged file is kept in the backups folder, never deleted.
import fs from 'node:fs';
import path from 'node:path';
import { createCore, DB_FILE } from '../core';
import { CoreError } from '../errors';
import { MIGRATIONS } from '../db/migrations';
import { restoreClosedDatabase } from '../backup/restore';
import { backupsDir } from '../backup/service';
import { copyMissingScans, packBackup, refsInFile } from '../backup/attachments';
import { ATTACHMENT_DIR } from '../files/attachments';
import { UsageError } from './args';
import { CommandFailure, fsReason, type Context } from './commands';

export async function backup(ctx: Context, out: string | undefined, force: boolean): Promise<void> {
  const dbPath = path.join(ctx.dataDir, DB_FILE);
  if (!fs.existsSync(dbPath)) {
    throw new CommandFailure(`Chưa có dữ liệu trong thư mục ${ctx.dataDir} (không thấy tệp ${DB_FILE}). Hãy kiểm tra --data-dir.`);
  }
  const target = out === undefined ? undefined : path.resolve(ctx.cwd, out);
  if (target && fs.existsSync(target) && !force) {
    throw new CommandFailure(`Tệp ${target} đã có. Chọn tên khác bằng --out, hoặc thêm --force để ghi đè.`);
  }
  const core = createCore({ dataDir: ctx.dataDir });
  let file: string;
  try {
    const info = await core.backups.now();
    file = path.join(core.backups.dir, info.name);
  } finally {
    core.close();
  }
  ctx.out(`Đã sao lưu dữ liệu vào ${file}`);
  if (!target) return;
  // The scans go too: inside the file when it is a .zip (as "Sao lưu ra…" makes), else in an
  // `attachments` folder beside it, the same layout as the backups folder (backup/attachments.ts).
  const zip = target.toLowerCase().endsWith('.zip');
  const scansDir = path.join(path.dirname(file), ATTACHMENT_DIR);
  const temp = `${target}.${process.pid}.tmp`;
  let missing: string[] = [];
  try {
    const refs = refsInFile(file);
    if (zip) {
      const packed = packBackup(file, scansDir, refs);
      missing = packed.problems.map((p) => p.fileName);
      fs.writeFileSync(temp, packed.bytes);
    } else {
      fs.copyFileSync(file, temp);
      missing = copyMissingScans(refs, scansDir, path.join(path.dirname(target), ATTACHMENT_DIR)).problems.map((p) => p.fileName);
    }
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new CommandFailure(`Đã sao lưu vào ${file} nhưng không chép được ra ${target}: ${fsReason(e)}`);
  }
  ctx.out(zip
    ? `Đã chép bản sao lưu (kèm các bản chụp) ra ${target}`
    : `Đã chép bản sao lưu ra ${target} (các bản chụp trong thư mục ${path.join(path.dirname(target), ATTACHMENT_DIR)})`);
  for (const name of missing) ctx.out(`Bản chụp "${name}" không còn nguyên vẹn trong thư mục dữ liệu nên không được chép.`);
}

export async function restore(ctx: Context, fileArg: string | undefined): Promise<void> {
  if (!fileArg) throw new UsageError('Thiếu tệp sao lưu cần khôi phục, ví dụ: restore D:\\bienban-2026-11-30_2318.sqlite');
  const source = path.resolve(ctx.cwd, fileArg);
  if (!fs.existsSync(source) || fs.statSync(source).isDirectory()) throw new CommandFailure(`Không tìm thấy tệp ${source}.`);
  let core;
  try {
    core = createCore({ dataDir: ctx.dataDir });
  } catch (e) {
    if (!(e instanceof CoreError && e.code === 'DB_CORRUPT')) throw e;
    restoreDamaged(ctx, source);
    return;
  }
  try {
    const r = await core.backups.restoreFile(source);
    ctx.out(`Đã khôi phục dữ liệu từ ${source}. Dữ liệu trước khi khôi phục được giữ lại: ${path.join(core.backups.dir, r.keptAs)}`);
    for (const p of r.scanProblems) ctx.out(p);
  } finally {
    core.close();
  }
}

function restoreDamaged(ctx: Context, source: string): void {
  const kept = restoreClosedDatabase(path.join(ctx.dataDir, DB_FILE), source, {
    backupsDir: backupsDir(ctx.dataDir), at: new Date(), supported: MIGRATIONS.length,
    onScanProblems: (problems) => problems.forEach((p) => ctx.out(p)),
  });
  createCore({ dataDir: ctx.dataDir }).close(); // opens (and migrates an older schema) to prove the result
  ctx.out(`Đã khôi phục dữ liệu từ ${source}. Tệp hỏng được giữ lại: ${kept}`);
}

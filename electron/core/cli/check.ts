// `check`: looks at the data file without changing it (opened read-only, no migration): SQLite
// version, schema version against what this build supports, integrity (always the full
// integrity_check, whatever the app's start-up would run) and foreign keys, and whether BienBan was
// last closed cleanly (for whoever supports her: an unclean close explains a slower next start).
// A read-only connection to a WAL database may leave empty -wal/-shm files beside it; they are
// harmless and SQLite (or the app's next clean close) removes them. They are never deleted here,
// because the app may have the same file open at this moment.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { shutdownWasClean } from '../db/clean-shutdown';
import { MIN_SQLITE, versionAtLeast } from '../db/database';
import { MIGRATIONS } from '../db/migrations';

export interface CheckItem { ok: boolean; label: string; detail: string }
export interface CheckReport { dbPath: string; ok: boolean; items: CheckItem[] }

export class CheckFailure extends Error {}

export function checkDatabase(dbPath: string): CheckReport {
  if (!fs.existsSync(dbPath)) throw new CheckFailure(`Không tìm thấy tệp dữ liệu ${dbPath}. Hãy kiểm tra --data-dir.`);
  // Read before opening: this connection may leave an empty -wal beside the file (harmless either way).
  const clean = shutdownWasClean(dbPath);
  let db: Database.Database;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new CheckFailure(`Không mở được tệp dữ liệu ${dbPath}: ${(e as Error).message}`);
  }
  const items: CheckItem[] = [];
  try {
    const sqlite = (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
    items.push({
      ok: versionAtLeast(sqlite, MIN_SQLITE),
      label: 'Phiên bản SQLite',
      detail: `${sqlite} (cần ít nhất ${MIN_SQLITE})`,
    });
    const version = db.pragma('user_version', { simple: true }) as number;
    const supported = MIGRATIONS.length;
    items.push({
      ok: version >= 1 && version <= supported,
      label: 'Phiên bản lược đồ dữ liệu',
      detail:
        version > supported
          ? `${version}, mới hơn bản này hỗ trợ (${supported}): hãy cài phiên bản BienBan mới nhất`
          : version === 0
            ? 'chưa có lược đồ: đây không phải tệp dữ liệu BienBan, hoặc tệp chưa được khởi tạo'
            : version < supported
              ? `${version}, bản này hỗ trợ ${supported}: sẽ được nâng cấp (có sao lưu trước) khi mở bằng BienBan`
              : `${version} (bản này hỗ trợ ${supported})`,
    });
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const intact = integrity.length === 1 && integrity[0] === 'ok';
    items.push({
      ok: intact,
      label: 'Tính toàn vẹn (integrity_check)',
      detail: intact ? 'ok' : integrity.flatMap((m) => m.split('\n')).slice(0, 5).join('; '),
    });
    const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    items.push({
      ok: fk.length === 0,
      label: 'Tham chiếu giữa các bảng (foreign_key_check)',
      detail: fk.length === 0 ? 'ok' : `${fk.length} dòng trỏ tới mục không tồn tại (ví dụ bảng ${fk[0].table} → ${fk[0].parent})`,
    });
  } catch (e) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
      items.push({ ok: false, label: 'Tính toàn vẹn', detail: `tệp bị hỏng hoặc không phải cơ sở dữ liệu SQLite (${(e as Error).message})` });
    } else {
      throw new CheckFailure(`Không kiểm tra được tệp dữ liệu ${dbPath}: ${(e as Error).message}`);
    }
  } finally {
    db.close();
  }
  // Not a fault: said so the reader knows what the app's next start will check.
  items.push({
    ok: true,
    label: 'Lần đóng BienBan gần nhất',
    detail: clean
      ? 'bình thường (lần mở sau chỉ kiểm tra nhanh)'
      : 'không thấy dấu đóng bình thường (BienBan đang mở, lần trước bị tắt đột ngột, hoặc tệp đã được thay): lần mở sau sẽ kiểm tra toàn bộ tệp',
  });
  return { dbPath, ok: items.every((i) => i.ok), items };
}

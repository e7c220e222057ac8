// Where templates come from: the built-in ones in templatesDir, overridden by the user's checked
// copies in <dataDir>/templates (<type>.docx, with <type>.json beside it: original name, import time,
// sha256 and the checker's report). A template is checked before it is stored and again every time
// it is used (results cached by sha256), so a bad one never reaches the filler: using it fails with
// a message saying what is wrong and how to go back to the built-in one, never silently.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  BUILTIN_TEMPLATE_FILES, TEMPLATE_COPY_NAMES, TEMPLATE_LABELS, TEMPLATE_TYPES, type TemplateType,
} from '../../../shared/documents/template-rules';
import type { SavedFile, TemplateInfo, TemplateReport } from '../../../shared/documents/types';
import { CoreError } from '../errors';
import { writeFileAtomic } from '../files/atomic-write';
import type { Platform } from '../platform';
import { checkTemplate } from './check';

export interface ActiveTemplate { bytes: Uint8Array; name: string; sha256: string; source: 'builtin' | 'user' }

export interface TemplateStore {
  list(): TemplateInfo[];
  active(type: TemplateType): Promise<ActiveTemplate>;
  check(type: TemplateType, fileName: string, bytes: Uint8Array): Promise<TemplateReport>;
  import(type: TemplateType, fileName: string, bytes: Uint8Array): Promise<TemplateReport>;
  reset(type: TemplateType): void;
  saveCopy(type: TemplateType): Promise<SavedFile>;
}

export interface TemplateStoreOptions { dataDir: string; templatesDir: string; platform: Platform; clock: () => Date }

/** What is kept beside a user's template. */
export interface TemplateSidecar { originalName: string; importedAt: string; sha256: string; size: number; report: TemplateReport }

/** The button of the templates screen that removes the user's copy, quoted in messages. */
export const RESET_ACTION = 'Dùng lại mẫu gốc';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const lower = (type: TemplateType) => TEMPLATE_LABELS[type].toLocaleLowerCase('vi');
const CACHE_SIZE = 32;

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOSPC') return 'ổ đĩa đã đầy';
  if (code === 'EACCES' || code === 'EPERM') return 'không có quyền ghi hoặc tệp đang được mở ở chương trình khác';
  if (code === 'EBUSY') return 'tệp đang được mở ở chương trình khác';
  return code || (e as Error).message;
}

export function createTemplateStore(opts: TemplateStoreOptions): TemplateStore {
  const userDir = path.join(opts.dataDir, 'templates');
  const builtinPath = (type: TemplateType) => path.join(opts.templatesDir, BUILTIN_TEMPLATE_FILES[type]);
  const userPath = (type: TemplateType) => path.join(userDir, `${type}.docx`);
  const sidecarPath = (type: TemplateType) => path.join(userDir, `${type}.json`);

  // Reports by type and content; a file with a wrong extension is refused before anything is read, so it is never cached.
  const reports = new Map<string, TemplateReport>();
  const cachedCheck = async (type: TemplateType, fileName: string, bytes: Uint8Array, sha = sha256(bytes)): Promise<TemplateReport> => {
    const cacheable = /\.docx$/i.test(fileName.trim());
    const key = `${type}:${sha}`;
    let report = cacheable ? reports.get(key) : undefined;
    if (!report) {
      report = await checkTemplate(type, fileName, bytes);
      if (cacheable) {
        reports.set(key, report);
        if (reports.size > CACHE_SIZE) reports.delete(reports.keys().next().value!);
      }
    }
    return structuredClone(report);
  };

  // Hashes of files on disk, by path, size and modification time (list() is called on every render).
  const hashes = new Map<string, { stamp: string; sha: string }>();
  const fileSha = (file: string): string | null => {
    try {
      const st = fs.statSync(file);
      const stamp = `${st.size}:${st.mtimeMs}`;
      const known = hashes.get(file);
      if (known?.stamp === stamp) return known.sha;
      const sha = sha256(fs.readFileSync(file));
      hashes.set(file, { stamp, sha });
      return sha;
    } catch {
      return null;
    }
  };

  const readSidecar = (type: TemplateType): TemplateSidecar | null => {
    try {
      const s = JSON.parse(fs.readFileSync(sidecarPath(type), 'utf8')) as TemplateSidecar;
      return typeof s.originalName === 'string' && typeof s.importedAt === 'string' && typeof s.sha256 === 'string' ? s : null;
    } catch {
      return null;
    }
  };

  /** The user's copy's name and import time, from a sidecar that matches the file (else a plain name). */
  const userMeta = (type: TemplateType, sha: string): { name: string; importedAt: string | null } => {
    const s = readSidecar(type);
    return s && s.sha256 === sha ? { name: s.originalName, importedAt: s.importedAt } : { name: `${type}.docx`, importedAt: null };
  };

  const readFile = (file: string, what: string): Uint8Array => {
    try {
      return new Uint8Array(fs.readFileSync(file));
    } catch (e) {
      throw new CoreError('TEMPLATE_READ_FAILED', `Không đọc được ${what} (${file}): ${fsReason(e)}.`);
    }
  };

  const problemsList = (r: TemplateReport) => r.problems.map((p) => `- ${p}`).join('\n');

  const missingBuiltin = (type: TemplateType) =>
    new CoreError(
      'TEMPLATE_MISSING',
      `Không tìm thấy mẫu ${lower(type)} gốc của BienBan (tệp ${BUILTIN_TEMPLATE_FILES[type]} trong thư mục ${opts.templatesDir}). Hãy cài lại BienBan, hoặc nhập mẫu ${lower(type)} của mình.`,
    );

  const builtin = async (type: TemplateType): Promise<ActiveTemplate> => {
    const file = builtinPath(type);
    if (!fs.existsSync(file)) throw missingBuiltin(type);
    const bytes = readFile(file, `mẫu ${lower(type)} gốc`);
    const sha = sha256(bytes);
    const report = await cachedCheck(type, BUILTIN_TEMPLATE_FILES[type], bytes, sha);
    if (!report.ok) {
      throw new CoreError(
        'TEMPLATE_INVALID',
        `Mẫu ${lower(type)} gốc của BienBan (${BUILTIN_TEMPLATE_FILES[type]}) không dùng được:\n${problemsList(report)}\nHãy cài lại BienBan, hoặc nhập mẫu ${lower(type)} của mình.`,
      );
    }
    return { bytes, name: BUILTIN_TEMPLATE_FILES[type], sha256: sha, source: 'builtin' };
  };

  return {
    list() {
      return TEMPLATE_TYPES.map((type): TemplateInfo => {
        const userSha = fileSha(userPath(type));
        if (userSha) return { type, source: 'user', sha256: userSha, ...userMeta(type, userSha) };
        return { type, source: 'builtin', name: BUILTIN_TEMPLATE_FILES[type], sha256: fileSha(builtinPath(type)) ?? '', importedAt: null };
      });
    },

    async active(type) {
      const file = userPath(type);
      if (!fs.existsSync(file)) return builtin(type);
      const bytes = readFile(file, `mẫu ${lower(type)} đã nhập`);
      const sha = sha256(bytes);
      const { name } = userMeta(type, sha);
      // Checked again on every use: the rules may have changed since it was imported, or the file on disk.
      const report = await cachedCheck(type, `${type}.docx`, bytes, sha);
      if (!report.ok) {
        throw new CoreError(
          'TEMPLATE_INVALID',
          `Mẫu ${lower(type)} đã nhập (“${name}”) không còn dùng được:\n${problemsList(report)}\nHãy sửa mẫu trong Word rồi nhập lại, hoặc bấm “${RESET_ACTION}” trong mục Mẫu văn bản để quay về mẫu ${lower(type)} gốc của BienBan.`,
        );
      }
      return { bytes, name, sha256: sha, source: 'user' };
    },

    check: (type, fileName, bytes) => cachedCheck(type, fileName, bytes),

    async import(type, fileName, bytes) {
      const sha = sha256(bytes);
      const report = await cachedCheck(type, fileName, bytes, sha);
      if (!report.ok) return report;
      const sidecar: TemplateSidecar = {
        originalName: path.basename(fileName.replace(/\\/g, '/')),
        importedAt: opts.clock().toISOString(),
        sha256: sha,
        size: bytes.length,
        report,
      };
      try {
        fs.mkdirSync(userDir, { recursive: true });
        writeFileAtomic(userPath(type), bytes);
        writeFileAtomic(sidecarPath(type), JSON.stringify(sidecar, null, 2));
      } catch (e) {
        throw new CoreError('TEMPLATE_SAVE_FAILED', `Không lưu được mẫu ${lower(type)} vào ${userDir}: ${fsReason(e)}.`);
      }
      return report;
    },

    reset(type) {
      try {
        fs.rmSync(userPath(type), { force: true });
        fs.rmSync(sidecarPath(type), { force: true });
      } catch (e) {
        throw new CoreError('TEMPLATE_RESET_FAILED', `Không xóa được mẫu ${lower(type)} đã nhập (${userPath(type)}): ${fsReason(e)}.`);
      }
    },

    async saveCopy(type) {
      // The user's copy even when it no longer passes the checker: she saves it to repair it in Word.
      const user = fs.existsSync(userPath(type));
      const file = user ? userPath(type) : builtinPath(type);
      if (!user && !fs.existsSync(file)) throw missingBuiltin(type);
      const bytes = readFile(file, `mẫu ${lower(type)} ${user ? 'đã nhập' : 'gốc'}`);
      const suggestedName = TEMPLATE_COPY_NAMES[type];
      const saved = await opts.platform.saveFile({ suggestedName, bytes });
      return { path: saved, fileName: saved ? path.basename(saved) : suggestedName };
    },
  };
}

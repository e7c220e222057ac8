// The application core: everything the UI can ask for, with no Electron import, so the same code
// serves the Electron main process, the browser test harness and the command line.
import path from 'node:path';
import { defaultUnitLevels } from '../../shared/defaults';
import type { OpInput, OpIsAsync, OpName, OpOutput, SystemInfo } from '../../shared/api';
import { openDatabase, type Db } from './db/database';
import { CoreError } from './errors';
import { listBin, moveToBin, restoreFromBin } from './repos/bin';
import { listFollowUp, setRecommendationStatus } from './repos/followup';
import { Records } from './repos/records';
import { exportInspection, importInspection } from './transfer';
import { loadDemo } from './demo/load';
import { createDocumentService } from './documents/service';
import { saveFollowUpList } from './documents/followup-list';
import type { Platform } from './platform';
import { createTemplateStore } from './templates/store';
import { cleanStaleTemps } from './files/atomic-write';
import { createSavedFiles } from './files/saved-files';

export interface CoreOptions {
  dataDir: string;
  clock?: () => Date;
  nativeBinding?: string;
  appVersion?: string;
  /** The built-in Word templates (resources/templates when installed, the repo's templates/ otherwise). */
  templatesDir?: string;
  /** Save dialogs, opening files: Electron's in the app, recorded downloads in the harness. */
  platform?: Platform;
}

/** The repo's templates/ folder (npm scripts run from the repo root); the app passes its own. */
export const repoTemplatesDir = (): string => path.resolve('templates');

/** Where no platform is given (the command line), anything that needs a dialog says so. */
const NO_PLATFORM: Platform = {
  saveFile: async () => { throw new CoreError('NO_PLATFORM', 'Không có hộp thoại lưu tệp ở chế độ này; dùng --out.'); },
  openPath: async () => { throw new CoreError('NO_PLATFORM', 'Không mở được tệp ở chế độ này.'); },
  showItemInFolder: () => { throw new CoreError('NO_PLATFORM', 'Không mở được thư mục ở chế độ này.'); },
};

export type Handlers = {
  [N in OpName]: (input: OpInput<N>) => OpIsAsync<N> extends true ? Promise<OpOutput<N>> : OpOutput<N>;
};

export interface Core {
  handlers: Handlers;
  records: Records;
  db: Db;
  dbPath: string;
  documents: ReturnType<typeof createDocumentService>;
  templates: ReturnType<typeof createTemplateStore>;
  close(): void;
}

export const DB_FILE = 'bienban.sqlite';

export function createCore(opts: CoreOptions): Core {
  const clock = opts.clock ?? (() => new Date());
  const dbPath = path.join(opts.dataDir, DB_FILE);
  const db = openDatabase(dbPath, { nativeBinding: opts.nativeBinding, now: clock });
  const r = new Records(db, clock);
  if (r.listUnitLevels().length === 0) r.saveUnitLevels(defaultUnitLevels());

  const need = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new CoreError('NOT_FOUND', `Không tìm thấy ${what}`);
    return v;
  };
  const getSettings = () => r.settings.getIssuer();
  const platform = opts.platform ?? NO_PLATFORM;
  const templates = createTemplateStore({ dataDir: opts.dataDir, templatesDir: opts.templatesDir ?? repoTemplatesDir(), platform, clock });
  const documents = createDocumentService({ records: r, settings: getSettings, platform, templates });
  const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
  const saved = createSavedFiles();
  // Leftovers of writes cut off by a crash in the folders the core itself writes to.
  for (const dir of [opts.dataDir, path.join(opts.dataDir, 'templates')]) cleanStaleTemps(dir, clock());

  const handlers: Handlers = {
    'settings.get': getSettings,
    'settings.save': (s) => r.settings.saveIssuer(s),
    'unitLevels.list': () => r.listUnitLevels(),
    'unitLevels.save': ({ levels }) => r.saveUnitLevels(levels),
    'units.list': () => r.listUnits(),
    // Direct callers (the CLI, tests) skip the schema's default for a unit recorded before e-mail existed.
    'units.save': (u) => r.saveUnit({ ...u, email: u.email ?? '' }),
    'campaigns.list': () => r.listCampaigns(),
    'campaigns.get': ({ id }) => need(r.getCampaign(id), 'đợt kiểm tra'),
    'campaigns.save': (c) => r.saveCampaign(c),
    'teams.list': ({ campaignId }) => r.listTeams(campaignId),
    'teams.save': (t) => r.saveTeam(t),
    'inspections.list': ({ campaignId }) => r.listInspections(campaignId),
    'inspections.get': ({ id }) => need(r.getInspection(id), 'cuộc kiểm tra'),
    'inspections.save': (i) => r.saveInspection(i),
    'followUp.list': ({ campaignId }) => listFollowUp(r, campaignId),
    'followUp.setStatus': (change) => setRecommendationStatus(r, change),
    'followUp.saveList': async (req) => saved.ref(await saveFollowUpList(r, platform, req)),
    'bin.list': () => listBin(r),
    'bin.delete': ({ kind, id }) => (moveToBin(r, kind, id), null),
    'bin.restore': ({ kind, id }) => (restoreFromBin(r, kind, id), null),
    'rows.restore': ({ parentKind, parentId, ids }) => (r.restoreRows(parentKind, parentId, ids), null),
    'transfer.export': ({ id }) => exportInspection(r, id),
    'transfer.import': ({ base64 }) => importInspection(r, bytes(base64)),
    'demo.load': () => loadDemo(r),
    'system.info': (): SystemInfo => ({
      dataDir: opts.dataDir,
      dbPath,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      sqliteVersion: (db.prepare('select sqlite_version() as v').get() as { v: string }).v,
      appVersion: opts.appVersion ?? '0.0.0',
    }),
    'documents.list': ({ inspectionId }) => documents.list(inspectionId),
    'documents.nextNumber': ({ inspectionId, type, issuedDate }) => documents.nextNumber(inspectionId, type, issuedDate),
    'documents.saveDraft': async ({ inspectionId, type }) => saved.ref(await documents.saveDraft(inspectionId, type)),
    'documents.issue': ({ inspectionId, type, issuedDate }) => documents.issue(inspectionId, type, issuedDate),
    'documents.saveIssued': async ({ id }) => saved.ref(await documents.saveIssued(id)),
    'documents.saveEmail': async ({ id }) => saved.ref(await documents.saveEmail(id)),
    'documents.open': ({ id }) => documents.open(saved.path(id)),
    'documents.showInFolder': ({ id }) => documents.showInFolder(saved.path(id)),
    'templates.list': () => templates.list(),
    'templates.check': ({ type, fileName, base64 }) => templates.check(type, fileName, bytes(base64)),
    'templates.import': ({ type, fileName, base64 }) => templates.import(type, fileName, bytes(base64)),
    'templates.reset': ({ type }) => (templates.reset(type), null),
    'templates.saveCopy': async ({ type }) => saved.ref(await templates.saveCopy(type)),
  };
  return { handlers, records: r, db, dbPath, documents, templates, close: () => db.close() };
}

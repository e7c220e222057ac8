// The application core: everything the UI can ask for, with no Electron import, so the same code
// serves the Electron main process, the browser test harness and the command line.
import path from 'node:path';
import { defaultUnitLevels } from '../../shared/defaults';
import { OP_NAMES, type OpInput, type OpIsAsync, type OpName, type OpOutput, type SystemInfo } from '../../shared/api';
import { createBackupService, type BackupService } from './backup/service';
import { ATTACHMENT_DIR, createAttachmentStore, type AttachmentStore } from './files/attachments';
import { removeSignedCopy } from './documents/signed-copy';
import { openDatabase, type Db } from './db/database';
import { MIGRATIONS } from './db/migrations';
import { createLogger, type Logger } from './log';
import { CoreError } from './errors';
import { listBin, moveToBin, restoreFromBin } from './repos/bin';
import { queryTracker, recommendationText } from './repos/tracker';
import { countOverdue, extendDeadline, followUpHistory, listFollowUp, setRecommendationStatus } from './repos/followup';
import { countInspections } from './repos/inspection-counts';
import { campaignChartData } from './charts/data';
import { saveXlsx } from './xlsx/workbook';
import { localToday } from '../../shared/vi/dates';
import { Records } from './repos/records';
import { Remediation } from './repos/remediation';
import { carryForward, previousRecommendations } from './repos/carry';
import { getDashboard } from './repos/dashboard';
import { exportInspection, importInspection } from './transfer';
import { loadDemo } from './demo/load';
import { searchRecords } from './search/query';
import { suggestPhrases } from './search/phrases';
import { createDocumentService } from './documents/service';
import { buildFollowUpList, saveFollowUpList } from './documents/followup-list';
import { createPaper, type Paper } from './documents/paper';
import { createCampaignDocService } from './campaign-docs/service';
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
  /** The LibreOffice program for PDFs (null: none); by default looked up on PATH when needed. */
  soffice?: () => string | null;
  /** The error log; by default <dataDir>/logs/bienban.log. */
  log?: Logger;
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
  campaignDocs: ReturnType<typeof createCampaignDocService>;
  templates: ReturnType<typeof createTemplateStore>;
  /** Scans kept with the records (signed copies, units' reports): files/attachments.ts. */
  attachments: AttachmentStore;
  /** Preview, print and PDF of the documents. */
  paper: Paper;
  /** Backups of the data file; `backups.scheduler.start()` turns on the automatic ones (the app, the harness). */
  backups: BackupService;
  /** The error log dispatch writes internal failures to. */
  log: Logger;
  close(): void;
}

export const DB_FILE = 'bienban.sqlite';

type BackupOp = Extract<OpName, `backup.${string}`>;
type Opened = Omit<Core, 'backups' | 'log' | 'close' | 'dbPath'>;

/**
 * The core is rebuilt on its database whenever the file is replaced (a restore): `handlers` and the
 * getters below always reach the connection that is open now, so callers keep their one Core.
 */
export function createCore(opts: CoreOptions): Core {
  const clock = opts.clock ?? (() => new Date());
  const dbPath = path.join(opts.dataDir, DB_FILE);
  const log = opts.log ?? createLogger(opts.dataDir, { clock });
  let opened: Opened | null = null;
  /** The connection last closed, so `core.db.open` can be asked after close(). */
  let lastDb: Db | null = null;
  const current = (): Opened => {
    if (!opened) throw new CoreError('DB_CLOSED', 'Dữ liệu đang được khôi phục hoặc đã đóng; hãy thử lại sau giây lát.');
    return opened;
  };
  const backups = createBackupService({
    dataDir: opts.dataDir, dbPath, clock, nativeBinding: opts.nativeBinding, platform: opts.platform ?? NO_PLATFORM, log,
    supportedSchema: MIGRATIONS.length,
    db: () => current().db,
    close: () => { closeDb(); },
    open: () => { opened = openParts(opts, clock, dbPath, backupHandlers); },
  });
  const backupHandlers: Pick<Handlers, BackupOp> = {
    'backup.list': () => backups.list(),
    'backup.now': () => backups.now(),
    'backup.saveTo': () => backups.saveTo(),
    'backup.chooseFile': () => backups.chooseFile(),
    'backup.restore': (req) => backups.restore(req),
    'backup.openFolder': () => backups.openFolder(),
  };
  function closeDb() {
    if (!opened) return;
    lastDb = opened.db;
    opened.db.close();
    opened = null;
  }
  opened = openParts(opts, clock, dbPath, backupHandlers);
  const handlers = Object.fromEntries(
    OP_NAMES.map((name) => [name, (input: unknown) => (current().handlers[name] as (i: unknown) => unknown)(input)]),
  ) as Handlers;
  return {
    handlers,
    get records() { return current().records; },
    get db() { return opened?.db ?? lastDb ?? current().db; },
    get documents() { return current().documents; },
    get campaignDocs() { return current().campaignDocs; },
    get templates() { return current().templates; },
    get attachments() { return current().attachments; },
    get paper() { return current().paper; },
    dbPath,
    backups,
    log,
    close: () => {
      backups.scheduler.stop();
      closeDb();
    },
  };
}

/** Everything built on one open connection: rebuilt from scratch when the file is replaced. */
function openParts(opts: CoreOptions, clock: () => Date, dbPath: string, backupHandlers: Pick<Handlers, BackupOp>): Opened {
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
  const attachments = createAttachmentStore({ db: () => db, dataDir: opts.dataDir, clock });
  const documents = createDocumentService({ records: r, platform, templates, attachments });
  const paper = createPaper({ records: r, documents, platform, soffice: opts.soffice });
  const campaignDocs = createCampaignDocService({ records: r, platform, templates });
  const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
  const saved = createSavedFiles();
  // Leftovers of writes cut off by a crash in the folders the core itself writes to.
  const remediation = new Remediation(r, attachments);
  for (const dir of [opts.dataDir, path.join(opts.dataDir, 'templates'), path.join(opts.dataDir, ATTACHMENT_DIR)]) cleanStaleTemps(dir, clock());

  const handlers: Handlers = {
    'settings.get': getSettings,
    'settings.save': (s) => r.settings.saveIssuer(s),
    'settings.getFollowUp': () => r.settings.getFollowUp(),
    'settings.saveFollowUp': (s) => r.settings.saveFollowUp(s),
    'unitLevels.list': () => r.listUnitLevels(),
    'unitLevels.save': ({ levels }) => r.saveUnitLevels(levels),
    'units.list': () => r.listUnits(),
    // Direct callers (the CLI, tests) skip the schema's default for a unit recorded before e-mail existed.
    'units.save': (u) => r.saveUnit({ ...u, email: u.email ?? '' }),
    'campaigns.list': () => r.listCampaigns(),
    'campaigns.get': ({ id }) => need(r.getCampaign(id), 'đợt kiểm tra'),
    'campaigns.save': (c) => r.saveCampaign(c),
    'campaigns.usage': ({ id }) => { need(r.t.campaigns.get(id), 'đợt kiểm tra'); return r.campaignUsage(id); },
    'campaigns.chartData': ({ id, today }) => campaignChartData(r, id, today),
    'teams.list': ({ campaignId }) => r.listTeams(campaignId),
    'teams.save': (t) => r.saveTeam(t),
    'inspections.list': ({ campaignId }) => r.listInspections(campaignId),
    'inspections.counts': () => countInspections(db),
    'inspections.get': ({ id }) => need(r.getInspection(id), 'cuộc kiểm tra'),
    'inspections.save': (i) => r.saveInspection(i),
    'followUp.list': ({ campaignId }) => listFollowUp(r, campaignId),
    'followUp.setStatus': (change) => setRecommendationStatus(r, change),
    'followUp.overdueCount': ({ today }) => countOverdue(r, today, r.settings.dueSoonDays()),
    'followUp.saveList': async (req) => saved.ref(await saveFollowUpList(r, platform, req)),
    'xlsx.save': async ({ campaignId, today }) =>
      saved.ref(await saveXlsx(r, platform, { campaignId, today: today ?? localToday(clock()) }, clock())),
    'followUp.preview': async (req) => {
      const list = await buildFollowUpList(r, req);
      return { base64: Buffer.from(list.bytes).toString('base64'), fileName: list.suggestedName };
    },
    'followUp.print': async ({ copies, ...req }) => {
      const list = await buildFollowUpList(r, req);
      return paper.printBytes(list.bytes, list.suggestedName, copies);
    },
    'followUp.extend': (req) => extendDeadline(r, req),
    'followUp.history': ({ recommendationId }) => followUpHistory(r, recommendationId),
    'followUp.query': (q) => queryTracker(db, { ...q, dueSoonDays: r.settings.dueSoonDays(q.dueSoonDays) }),
    'followUp.detail': ({ recommendationId }) => ({ content: recommendationText(db, recommendationId)?.content ?? '', history: followUpHistory(r, recommendationId) }),
    'search.query': (q) => searchRecords(db, q),
    'search.phrases': (q) => suggestPhrases(db, q),
    'bin.list': () => listBin(r),
    'bin.delete': ({ kind, id }) => (moveToBin(r, kind, id), null),
    'bin.restore': ({ kind, id }) => (restoreFromBin(r, kind, id), null),
    'rows.restore': ({ parentKind, parentId, ids }) => (r.restoreRows(parentKind, parentId, ids), null),
    'transfer.export': ({ id }) => exportInspection(r, attachments, id),
    'transfer.import': ({ base64 }) => importInspection(r, attachments, bytes(base64)),
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
    'documents.issue': ({ inspectionId, type, issuedDate, acceptWarnings }) => documents.issue(inspectionId, type, issuedDate, acceptWarnings),
    'documents.saveIssued': async ({ id }) => saved.ref(await documents.saveIssued(id)),
    'documents.saveEmail': async ({ id, attach }) => saved.ref(await documents.saveEmail(id, attach)),
    'documents.open': ({ id }) => documents.open(saved.path(id)),
    'documents.showInFolder': ({ id }) => documents.showInFolder(saved.path(id)),
    'documents.attachSigned': ({ documentId, fileName, base64, signedDate }) =>
      documents.attachSigned(documentId, { fileName, bytes: bytes(base64), signedDate }),
    'documents.setDispatch': ({ documentId, ...req }) => documents.setDispatch(documentId, req),
    'documents.openSigned': ({ id }) => documents.openSigned(id),
    'documents.removeSigned': ({ id }) => (removeSignedCopy(attachments, id), null),
    'documents.preview': (req) => paper.preview(req),
    'documents.print': ({ doc, copies }) => paper.print(doc, copies),
    'documents.printPreview': (req) => paper.printPreview(req),
    // The saved PDF gets its token for documents.open / showInFolder, like every saved file.
    'documents.savePdf': async (req) => {
      const pdf = await paper.savePdf(req);
      return { ...pdf, file: pdf.file && saved.ref(pdf.file) };
    },
    'documents.savePreviewPdf': async (req) => {
      const pdf = await paper.savePreviewPdf(req);
      return { ...pdf, file: pdf.file && saved.ref(pdf.file) };
    },
    'campaignDocs.list': ({ campaignId }) => campaignDocs.list(campaignId),
    'campaignDocs.overdueUnits': ({ campaignId, today }) => campaignDocs.overdueUnits(campaignId, today),
    'campaignDocs.nextNumber': (req) => campaignDocs.nextNumber(req),
    'campaignDocs.saveDraft': async (req) => saved.ref(await campaignDocs.saveDraft(req)),
    'campaignDocs.issue': (req) => campaignDocs.issue(req),
    'campaignDocs.saveIssued': async ({ id }) => saved.ref(await campaignDocs.saveIssued(id)),
    'templates.list': () => templates.list(),
    'templates.check': ({ type, fileName, base64 }) => templates.check(type, fileName, bytes(base64)),
    'templates.import': ({ type, fileName, base64 }) => templates.import(type, fileName, bytes(base64)),
    'templates.reset': ({ type }) => (templates.reset(type), null),
    'templates.saveCopy': async ({ type }) => saved.ref(await templates.saveCopy(type)),
    ...backupHandlers,
    'remediation.list': ({ inspectionId }) => remediation.list(inspectionId),
    'remediation.save': (rep) => remediation.save(rep),
    'remediation.assess': (req) => remediation.assess(req),
    'remediation.attach': (req) => remediation.attach(req, bytes(req.base64)),
    'remediation.openAttachment': async ({ id }) => (await platform.openPath(remediation.attachmentPath(id)), null),
    'remediation.detach': ({ id }) => (remediation.detach(id), null),
    'remediation.delete': ({ id }) => (moveToBin(r, 'remediationReport', id), null),
    'inspections.previousRecommendations': ({ inspectionId }) => previousRecommendations(r, inspectionId),
    'followUp.carry': (req) => carryForward(r, req),
    // "Sắp đến hạn" counts with the days she set on the tracker (the settings row), as the tracker does.
    'dashboard.get': ({ today }) => getDashboard(r, today, r.settings.dueSoonDays()),
  };
  return { handlers, records: r, db, documents, campaignDocs, templates, attachments, paper };
}

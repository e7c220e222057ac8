// The names of every operation across the process boundary, and the builder of window.api, kept
// free of zod so the sandboxed preload bundle stays a few kilobytes. shared/api.ts holds the schemas
// and is checked against this list by the type system.
import type { Api, OpName } from './api';

export const OP_NAMES = [
  'settings.get',
  'settings.save',
  'unitLevels.list',
  'unitLevels.save',
  'units.list',
  'units.save',
  'campaigns.list',
  'campaigns.get',
  'campaigns.save',
  'campaigns.usage',
  'campaigns.chartData',
  'teams.list',
  'teams.save',
  'inspections.list',
  'inspections.counts',
  'inspections.get',
  'inspections.save',
  'followUp.list',
  'followUp.setStatus',
  'followUp.overdueCount',
  'followUp.saveList',
  'xlsx.save',
  'followUp.preview',
  'followUp.print',
  'followUp.extend',
  'followUp.history',
  'followUp.query',
  'followUp.detail',
  'search.query',
  'search.phrases',
  'bin.list',
  'bin.delete',
  'bin.restore',
  'rows.restore',
  'transfer.export',
  'transfer.import',
  'demo.load',
  'system.info',
  'documents.list',
  'documents.nextNumber',
  'documents.saveDraft',
  'documents.issue',
  'documents.saveIssued',
  'documents.saveEmail',
  'documents.open',
  'documents.showInFolder',
  // The signed copy on file (electron/core/documents/signed-copy.ts).
  'documents.attachSigned',
  'documents.setDispatch',
  'documents.openSigned',
  'documents.preview',
  'documents.print',
  'documents.printPreview',
  'documents.savePdf',
  'documents.savePreviewPdf',
  'campaignDocs.list',
  'campaignDocs.overdueUnits',
  'campaignDocs.nextNumber',
  'campaignDocs.saveDraft',
  'campaignDocs.issue',
  'campaignDocs.saveIssued',
  'templates.list',
  'templates.check',
  'templates.import',
  'templates.reset',
  'templates.saveCopy',
  'backup.list',
  'backup.now',
  'backup.saveTo',
  'backup.restore',
  'backup.openFolder',
  // A unit's remediation reports and the team's assessment; next year's inspection (repos/remediation.ts, repos/carry.ts).
  'remediation.list',
  'remediation.save',
  'remediation.assess',
  'remediation.attach',
  'remediation.openAttachment',
  'remediation.detach',
  'remediation.delete',
  'inspections.previousRecommendations',
  'followUp.carry',
  'dashboard.get',
] as const;

/** Builds the nested window.api object (api.inspections.save(...)) from the flat contract names. */
export function buildApi(invoke: (name: OpName, input: unknown) => Promise<unknown>): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of OP_NAMES) {
    const [group, method] = name.split('.');
    (api[group] ??= {})[method] = (input: unknown) => invoke(name, input ?? {});
  }
  return api as unknown as Api;
}

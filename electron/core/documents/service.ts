// Documents of an inspection: drafts, issuing with the register's next number, frozen files.
// (Being written: see the documents work in progress.)
import type { IssuerSettings } from '../../../shared/records';
import type { DocType } from '../../../shared/documents/fields';
import type { DocumentRecord, SavedFile } from '../../../shared/documents/types';
import { CoreError } from '../errors';
import type { Platform } from '../platform';
import type { Records } from '../repos/records';
import type { TemplateStore } from '../templates/store';

export interface DocumentService {
  list(inspectionId: string): DocumentRecord[];
  nextNumber(inspectionId: string, type: DocType): { numberText: string };
  saveDraft(inspectionId: string, type: DocType): Promise<SavedFile>;
  issue(inspectionId: string, type: DocType, issuedDate: string): Promise<DocumentRecord>;
  saveIssued(id: string): Promise<SavedFile>;
  open(path: string): Promise<null>;
  showInFolder(path: string): null;
}

export interface DocumentServiceDeps {
  records: Records;
  settings: () => IssuerSettings | null;
  platform: Platform;
  templates: TemplateStore;
}

export function createDocumentService(_deps: DocumentServiceDeps): DocumentService {
  const notReady = (): never => {
    throw new CoreError('NOT_READY', 'Chức năng lập văn bản chưa sẵn sàng');
  };
  return { list: () => [], nextNumber: notReady, saveDraft: notReady, issue: notReady, saveIssued: notReady, open: notReady, showInFolder: notReady };
}

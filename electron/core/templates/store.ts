// Where templates come from: the built-in ones in templatesDir, overridden by the user's checked
// copies in <dataDir>/templates. (Being written: see the templates work in progress.)
import type { DocType } from '../../../shared/documents/fields';
import type { SavedFile, TemplateInfo, TemplateReport } from '../../../shared/documents/types';
import { CoreError } from '../errors';
import type { Platform } from '../platform';

export interface ActiveTemplate { bytes: Uint8Array; name: string; sha256: string; source: 'builtin' | 'user' }

export interface TemplateStore {
  list(): TemplateInfo[];
  active(type: DocType): Promise<ActiveTemplate>;
  check(type: DocType, fileName: string, bytes: Uint8Array): Promise<TemplateReport>;
  import(type: DocType, fileName: string, bytes: Uint8Array): Promise<TemplateReport>;
  reset(type: DocType): void;
  saveCopy(type: DocType): Promise<SavedFile>;
}

export interface TemplateStoreOptions { dataDir: string; templatesDir: string; platform: Platform; clock: () => Date }

export function createTemplateStore(_opts: TemplateStoreOptions): TemplateStore {
  const notReady = (): never => {
    throw new CoreError('NOT_READY', 'Chức năng mẫu văn bản chưa sẵn sàng');
  };
  return { list: notReady, active: notReady, check: notReady, import: notReady, reset: notReady, saveCopy: notReady };
}

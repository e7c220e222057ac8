// `search TỪ KHÓA [--json]`: search every record as the app's Ctrl+F does (folded: "muong cha" finds
// "Mường Chà"), best matches first; each line says what was found, where, and the id to use with
// export, generate or issue.
import { SEARCH_KIND_LABELS } from '../../../shared/search';
import { UsageError } from './args';
import { call, withCore, type Context } from './commands';

export function search(ctx: Context, words: string[], json: boolean): void {
  const text = words.join(' ').trim();
  if (!text) throw new UsageError('Lệnh search cần từ khóa cần tìm, ví dụ: search "muong cha".');
  const hits = withCore(ctx, true, (core) => call(core, 'search.query', { text: text.slice(0, 500), limit: 50 }));
  if (json) {
    ctx.out(JSON.stringify(hits, null, 2));
    return;
  }
  if (!hits.length) {
    ctx.out(`Không tìm thấy "${text}".`);
    return;
  }
  for (const h of hits) {
    ctx.out(`${SEARCH_KIND_LABELS[h.kind]}${h.title ? ` · ${h.title}` : ''} · ${h.inspectionId ?? h.parentId ?? h.id}`);
    ctx.out(`  ${h.snippet}`);
  }
}

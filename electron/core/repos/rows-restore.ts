// Undo of removed rows (minimal handler for rows.restore; the lead keeps one implementation at merge):
// a child row that left its record with a save comes back, only when it belongs to that record.
import type { Records } from './records';

const CHILD_TABLES = {
  inspection: ['attendees', 'sub_units', 'findings', 'figures', 'recommendations', 'unit_proposals'],
  campaign: ['areas', 'indicators'],
  team: ['team_members'],
  unit: ['unit_representatives'],
} as const;
const PARENT_COLUMN = { inspection: 'inspection_id', campaign: 'campaign_id', team: 'team_id', unit: 'unit_id' } as const;

export function restoreRows(r: Records, parentKind: keyof typeof CHILD_TABLES, parentId: string, ids: string[]): void {
  const now = r.now();
  r.db.transaction(() => {
    for (const table of CHILD_TABLES[parentKind]) {
      const stmt = r.db.prepare(`UPDATE ${table} SET deleted_at = NULL, updated_at = ? WHERE id = ? AND ${PARENT_COLUMN[parentKind]} = ? AND deleted_at IS NOT NULL`);
      for (const id of ids) stmt.run(now, id, parentId);
    }
  })();
}

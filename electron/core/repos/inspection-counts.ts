// How many inspections each campaign holds, in one grouped query: what a list opened on the newest
// campaign needs to offer the other years (and their sizes) without loading ten years of rows.
import type { CampaignCount } from '../../../shared/api';
import type { Db } from '../db/database';

/** Every live campaign, newest year first, with its live inspections counted (0 for none yet). */
export function countInspections(db: Db): CampaignCount[] {
  return db.prepare(`
    SELECT c.id AS campaignId, c.year, c.title, count(i.id) AS inspections
    FROM campaigns c LEFT JOIN inspections i ON i.campaign_id = c.id AND i.deleted_at IS NULL
    WHERE c.deleted_at IS NULL
    GROUP BY c.id
    ORDER BY c.year DESC, c.created_at DESC`).all() as CampaignCount[];
}

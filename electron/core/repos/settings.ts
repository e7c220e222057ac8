// The default issuing side (tỉnh, cơ quan ban hành, ký hiệu…) a new campaign starts from: one JSON
// row in the settings table, read and written only here (the core's settings ops, the demo loader, a
// version-1 transfer file). The documents read the campaign's own (campaign.issuer).
import { IssuerSettings, type IssuerSettingsInput } from '../../../shared/records';
import { hasIssuer } from '../../../shared/documents/issuing';
import { cleanDeep } from '../../../shared/vi/text';
import type { Db } from '../db/database';

const ISSUER = 'issuer';

export class Settings {
  constructor(private readonly db: Db, private readonly now: () => string) {}

  getIssuer(): IssuerSettings | null {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ? AND deleted_at IS NULL').get(ISSUER) as { value: string } | undefined;
    return row ? IssuerSettings.parse(JSON.parse(row.value)) : null;
  }

  saveIssuer(s: IssuerSettingsInput): IssuerSettings {
    const clean = cleanDeep(IssuerSettings.parse(s));
    const now = this.now();
    this.db
      .prepare(
        `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, deleted_at = NULL`,
      )
      .run(ISSUER, JSON.stringify(clean), now, now);
    return clean;
  }

  /** True when the secretary has typed anything on the issuing side (an all-empty row counts as empty). */
  hasIssuer(): boolean {
    const s = this.getIssuer();
    return !!s && hasIssuer(s);
  }
}

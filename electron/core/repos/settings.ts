// The settings table's JSON rows, read and written only here. `issuer`: the default issuing side
// (tỉnh, cơ quan ban hành, ký hiệu…) a new campaign starts from (the core's settings ops, the demo
// loader, a version-1 transfer file); the documents read the campaign's own (campaign.issuer).
// `followUp`: the tracker's and the dashboard's "sắp đến hạn" days (shared/follow-up/settings.ts).
import { IssuerSettings, type IssuerSettingsInput } from '../../../shared/records';
import { DEFAULT_FOLLOW_UP_SETTINGS, FollowUpSettings } from '../../../shared/follow-up/settings';
import { hasIssuer } from '../../../shared/documents/issuing';
import { cleanDeep } from '../../../shared/vi/text';
import type { Db } from '../db/database';

const ISSUER = 'issuer';
const FOLLOW_UP = 'followUp';

export class Settings {
  constructor(private readonly db: Db, private readonly now: () => string) {}

  private read(key: string): unknown {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ? AND deleted_at IS NULL').get(key) as { value: string } | undefined;
    return row ? JSON.parse(row.value) : undefined;
  }

  private write(key: string, value: unknown): void {
    const now = this.now();
    this.db
      .prepare(
        `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, deleted_at = NULL`,
      )
      .run(key, JSON.stringify(value), now, now);
  }

  getIssuer(): IssuerSettings | null {
    const value = this.read(ISSUER);
    return value === undefined ? null : IssuerSettings.parse(value);
  }

  saveIssuer(s: IssuerSettingsInput): IssuerSettings {
    const clean = cleanDeep(IssuerSettings.parse(s));
    this.write(ISSUER, clean);
    return clean;
  }

  /** The default (a week) until she sets it; the row is only ever written through saveFollowUp. */
  getFollowUp(): FollowUpSettings {
    const value = this.read(FOLLOW_UP);
    return value === undefined ? DEFAULT_FOLLOW_UP_SETTINGS : FollowUpSettings.parse(value);
  }

  /**
   * The "sắp đến hạn" days in force: the caller's when it asks with its own (the tracker's field being
   * changed), else the stored setting. Every count, list, export and command line asks here, so the
   * tracker, the dashboard, the printed list, the Excel file and `follow-up` never disagree.
   */
  dueSoonDays(asked?: number | null): number {
    return asked ?? this.getFollowUp().dueSoonDays;
  }

  saveFollowUp(s: FollowUpSettings): FollowUpSettings {
    const clean = FollowUpSettings.parse(s);
    this.write(FOLLOW_UP, clean);
    return clean;
  }

  /** True when the secretary has typed anything on the issuing side (an all-empty row counts as empty). */
  hasIssuer(): boolean {
    const s = this.getIssuer();
    return !!s && hasIssuer(s);
  }
}

// The follow-up settings kept with the data (one JSON row of the settings table, repos/settings.ts):
// how many days ahead a deadline counts as "sắp đến hạn". The tracker and the dashboard both read it,
// so the dashboard's "Đến hạn trong N ngày tới" and the tracker's "Sắp đến hạn" count the same lines.
import { z } from 'zod';
import { DUE_SOON_DAYS } from './status';

export const DUE_SOON_MIN = 0;
export const DUE_SOON_MAX = 365;
/** What the tracker's "Sắp đến hạn (ngày)" field says under a number out of range (the label names the field). */
export const DUE_SOON_RANGE_MESSAGE = `Nhập số nguyên từ ${DUE_SOON_MIN} đến ${DUE_SOON_MAX}`;

export const DueSoonDays = z.number().int().min(DUE_SOON_MIN).max(DUE_SOON_MAX);

export const FollowUpSettings = z.object({ dueSoonDays: DueSoonDays }).strict();
export type FollowUpSettings = z.infer<typeof FollowUpSettings>;

/** Until she changes it: a week. */
export const DEFAULT_FOLLOW_UP_SETTINGS: FollowUpSettings = { dueSoonDays: DUE_SOON_DAYS };

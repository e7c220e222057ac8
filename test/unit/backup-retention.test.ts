import { describe, expect, it } from 'vitest';
import { backupsToDelete } from '../../electron/core/backup/retention';
import { backupStem, parseBackupName } from '../../electron/core/backup/names';

const NOW = new Date(2026, 10, 30, 12, 0);
const daysAgo = (d: number, h = 0) => new Date(NOW.getTime() - (d * 24 + h) * 3_600_000);
const named = (d: number, h = 0) => ({ name: `${backupStem(daysAgo(d, h))}.sqlite`, time: daysAgo(d, h) });

describe('backup retention', () => {
  it('keeps every backup of the last 7 days', () => {
    const list = [0, 0.5, 1, 2, 3, 4, 5, 6, 6.9].flatMap((d) => [named(Math.floor(d), (d % 1) * 24), named(Math.floor(d), (d % 1) * 24 + 2)]);
    expect(backupsToDelete(list, NOW)).toEqual([]);
  });

  it('then one per week (the newest of that week) for 8 weeks, and nothing older', () => {
    // Daily backups for 100 days.
    const list = Array.from({ length: 100 }, (_, d) => named(d));
    const deleted = new Set(backupsToDelete(list, NOW));
    const kept = list.filter((b) => !deleted.has(b.name)).map((b) => Math.round((NOW.getTime() - b.time.getTime()) / 86_400_000));
    // Days 0–6 all, then the newest of days 7–13, 14–20, … 56–62: 7, 14, …, 56.
    expect(kept).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 14, 21, 28, 35, 42, 49, 56]);
  });

  it('always keeps the newest 3, however old', () => {
    const list = [named(200), named(300), named(400), named(500)];
    expect(backupsToDelete(list, NOW)).toEqual([named(500).name]);
  });

  it('never deletes a backup dated in the future (a clock set wrong)', () => {
    const list = [...Array.from({ length: 5 }, (_, k) => named(100 + k)), { name: 'bienban-2027-05-01_0800.sqlite', time: new Date(2027, 4, 1, 8, 0) }];
    const deleted = backupsToDelete(list, NOW);
    expect(deleted).not.toContain('bienban-2027-05-01_0800.sqlite');
    expect(deleted).toHaveLength(3); // the future one plus the two newest old ones are the newest 3
  });

  it('orders backups of the same minute by their sequence number', () => {
    const t = daysAgo(300);
    const list = [1, 2, 3, 4].map((seq) => ({ name: `b${seq}`, time: t, seq }));
    expect(backupsToDelete(list, NOW)).toEqual(['b1']);
  });
});

describe('backup names', () => {
  it('reads the local minute, the sequence and the pre-restore tag back from a name', () => {
    expect(parseBackupName('bienban-2026-11-30_2318.sqlite')).toEqual({ time: new Date(2026, 10, 30, 23, 18), preRestore: false, seq: 1 });
    expect(parseBackupName('bienban-2026-11-30_2318-3-truoc-khoi-phuc.sqlite')).toEqual({ time: new Date(2026, 10, 30, 23, 18), preRestore: true, seq: 3 });
    expect(parseBackupName('bienban-2026-02-30_2318.sqlite')).toBeNull();
    expect(parseBackupName('bienban.sqlite')).toBeNull();
    expect(parseBackupName('../bienban-2026-11-30_2318.sqlite')).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createBackupScheduler } from '../../electron/core/backup/scheduler';

function fake(over: { fail?: boolean } = {}) {
  const t = { now: 0, changes: 0, paused: false, fail: over.fail ?? false };
  const backup = vi.fn(async () => { if (t.fail) throw new Error('disk full'); });
  const onError = vi.fn();
  const s = createBackupScheduler({
    clock: () => new Date(t.now), changes: () => t.changes, backup, onError, paused: () => t.paused, delayMs: 30 * 60_000,
  });
  const at = (minutes: number) => { t.now = minutes * 60_000; return s.tick(); };
  return { t, s, backup, onError, at };
}

describe('the backup schedule', () => {
  it('a failed automatic backup is reported and tried again after another delay, not every minute', async () => {
    const { t, s, backup, onError, at } = fake({ fail: true });
    await s.start();
    s.stop();
    expect(onError).toHaveBeenCalledTimes(1);
    await at(1);
    await at(29);
    expect(backup).toHaveBeenCalledTimes(1);
    await at(30);
    expect(backup).toHaveBeenCalledTimes(2);
    t.fail = false;
    await at(60);
    expect(backup).toHaveBeenCalledTimes(3);
    expect(onError).toHaveBeenCalledTimes(2);
    await at(120); // nothing changed since the good one
    expect(backup).toHaveBeenCalledTimes(3);
  });

  it('looks at nothing while paused (a restore is replacing the file), and a manual backup restarts the count', async () => {
    const { t, s, backup, at } = fake();
    await s.start();
    s.stop();
    t.changes = 5;
    await at(1);
    t.paused = true;
    await at(40);
    expect(backup).toHaveBeenCalledTimes(1);
    t.paused = false;
    s.markBackedUp(); // e.g. "Sao lưu ngay" at minute 40
    await at(70);
    expect(backup).toHaveBeenCalledTimes(1);
    t.changes = 6;
    await at(71);
    await at(101);
    expect(backup).toHaveBeenCalledTimes(2);
  });
});

// When automatic backups happen: one when the app starts, then one 30 minutes after the first change
// since the previous backup (so at most one every half hour while she types, none while the laptop
// sits idle). A change is seen through SQLite's total_changes() of the core's connection. The clock
// is injected and tick() is public so tests step through time without waiting.
export interface SchedulerOptions {
  clock: () => Date;
  /** Rows changed by the core's connection so far (SELECT total_changes()). */
  changes: () => number;
  /** Takes one backup (and prunes); rejects if it could not. */
  backup: () => Promise<unknown>;
  /** Reports a failed automatic backup (there is no one to show it to). */
  onError: (e: unknown) => void;
  /** While true (a restore is replacing the file) the timer looks at nothing. */
  paused?: () => boolean;
  delayMs?: number;
  checkEveryMs?: number;
}

export const BACKUP_DELAY_MS = 30 * 60 * 1000;

export interface BackupScheduler {
  /** Takes the startup backup and starts the timer. */
  start(): Promise<void>;
  stop(): void;
  /** One look at the clock and the change counter; resolves when any backup it started is done. */
  tick(): Promise<void>;
  /** A backup was just taken (by hand, or the connection was reopened): count changes from here. */
  markBackedUp(): void;
}

export function createBackupScheduler(o: SchedulerOptions): BackupScheduler {
  const delay = o.delayMs ?? BACKUP_DELAY_MS;
  let seen = -1;
  let dirtySince: number | null = null;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  const run = (): Promise<void> => {
    if (running) return running;
    const before = o.changes();
    running = o.backup().then(
      () => {
        seen = before;
        dirtySince = o.changes() === before ? null : o.clock().getTime();
      },
      (e) => {
        o.onError(e);
        dirtySince = o.clock().getTime(); // try again after another delay, not every minute
      },
    ).finally(() => { running = null; });
    return running;
  };

  return {
    async start() {
      await run();
      if (!timer) {
        timer = setInterval(() => void this.tick(), o.checkEveryMs ?? 60_000);
        timer.unref?.();
      }
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
    async tick() {
      if (running) return running;
      if (o.paused?.()) return;
      const now = o.clock().getTime();
      const changes = o.changes();
      if (changes !== seen && dirtySince === null) dirtySince = now;
      if (dirtySince !== null && now - dirtySince >= delay) await run();
    },
    markBackedUp() {
      seen = o.changes();
      dirtySince = null;
    },
  };
}

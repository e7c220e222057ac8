// How a backup's moment is written for her: "30/11/2026 23:18" (local time, as in its file name).
const pad = (n: number) => String(n).padStart(2, '0');

export function formatBackupTime(d: Date): string {
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

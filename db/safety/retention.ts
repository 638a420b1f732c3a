/**
 * Which backups to keep: the 10 newest, plus the newest one of each of
 * the last 7 days (UTC), so a week-old state survives a busy day of
 * opening and closing the model.
 */

export interface BackupEntry {
  /** File name inside the backups folder. */
  name: string;
  /** When the backup was taken (ms since epoch). */
  takenAt: number;
}

export const KEEP_LATEST = 10;
export const KEEP_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day number of a time. */
function dayOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** Splits backups into those to keep and those to delete. Pure: `now` is given. */
export function planRetention(
  entries: readonly BackupEntry[],
  now: number,
  keepLatest = KEEP_LATEST,
  keepDays = KEEP_DAYS,
): { keep: BackupEntry[]; remove: BackupEntry[] } {
  const newestFirst = [...entries].sort((a, b) => b.takenAt - a.takenAt || (a.name < b.name ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, keepLatest));
  const today = dayOf(now);
  const daysSeen = new Set<number>();
  for (const entry of newestFirst) {
    const day = dayOf(entry.takenAt);
    if (today - day >= keepDays || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(entry);
  }
  return {
    keep: newestFirst.filter((e) => keep.has(e)),
    remove: newestFirst.filter((e) => !keep.has(e)),
  };
}

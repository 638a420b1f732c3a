import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEEP_DAYS, KEEP_LATEST, planRetention } from '../../../db/safety/retention';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-11-27T12:00:00.000Z');

const at = (time: number, i = 0) => ({ name: `b${time}-${i}`, takenAt: time });

describe('backup retention', () => {
  it('keeps everything while there are ten backups or fewer', () => {
    const entries = Array.from({ length: 10 }, (_, i) => at(NOW - i * 30 * DAY));
    expect(planRetention(entries, NOW).remove).toEqual([]);
  });

  it('keeps the ten newest of a busy day and drops the rest', () => {
    const entries = Array.from({ length: 25 }, (_, i) => at(NOW - i * 60_000));
    const { keep, remove } = planRetention(entries, NOW);
    expect(keep.map((e) => e.takenAt)).toEqual(entries.slice(0, 10).map((e) => e.takenAt));
    expect(remove).toHaveLength(15);
  });

  it('keeps the newest backup of each of the last seven days besides the ten newest', () => {
    const busyToday = Array.from({ length: 12 }, (_, i) => at(NOW - i * 60_000));
    const olderDays = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((d) => [at(NOW - d * DAY), at(NOW - d * DAY - HOUR)]);
    const { keep } = planRetention([...olderDays, ...busyToday], NOW);
    const kept = new Set(keep.map((e) => e.takenAt));
    for (const d of [1, 2, 3, 4, 5, 6]) expect(kept.has(NOW - d * DAY)).toBe(true);
    for (const d of [1, 2, 3, 4, 5, 6]) expect(kept.has(NOW - d * DAY - HOUR)).toBe(false);
    expect(kept.has(NOW - 7 * DAY)).toBe(false);
    expect(keep).toHaveLength(10 + 6);
  });

  it('never keeps more than the ten newest plus one a day, and always keeps the newest', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * DAY }), { maxLength: 80 }), (ages) => {
        const entries = ages.map((age, i) => at(NOW - age, i));
        const { keep, remove } = planRetention(entries, NOW);
        expect(keep.length + remove.length).toBe(entries.length);
        expect(keep.length).toBeLessThanOrEqual(KEEP_LATEST + KEEP_DAYS);
        if (entries.length > 0) expect(keep[0]?.takenAt).toBe(Math.max(...entries.map((e) => e.takenAt)));
        const days = new Set(
          entries.filter((e) => NOW - e.takenAt < 6 * DAY).map((e) => Math.floor(e.takenAt / DAY)),
        );
        for (const day of days) expect(keep.some((e) => Math.floor(e.takenAt / DAY) === day)).toBe(true);
      }),
    );
  });
});

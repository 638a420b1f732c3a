/**
 * A policy's last review cannot be in the future: the commands and the
 * document import refuse it (with a day of tolerance for a local date
 * ahead of UTC) and change nothing. The commands take `today`, so most
 * tests fix it; the last ones go through the handlers on the real clock.
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../app/contract';
import type { CharterDocument } from '../../app/document';
import { todayUtc } from '../../app/policy';
import { seedDocument } from '../../app/templates';
import { importModel } from '../../db/commands/model';
import { createPolicy, updatePolicy } from '../../db/commands/policies';
import type { Context } from '../../db/context';
import { exportDocument } from '../../db/document';
import { refusal } from '../support/refusal';
import { call, failure, importable, newModel, openContext } from './helpers';

const TODAY = '2026-11-27';
const TOMORROW = '2026-11-28';
const AFTER_TOMORROW = '2026-11-29';

/** Everything a refused command must leave as it was: the policies and the audit log. */
function state(ctx: Context) {
  return {
    policies: ctx.db.prepare('SELECT * FROM policies ORDER BY seq').all(),
    links: ctx.db.prepare('SELECT * FROM policy_assets ORDER BY seq').all(),
    events: ctx.db.prepare('SELECT * FROM audit_events ORDER BY id').all(),
    document: exportDocument(ctx.db),
  };
}

const lastReviewOf = (ctx: Context, id: string) =>
  (ctx.db.prepare('SELECT last_reviewed_on AS d FROM policies WHERE id = ?').get(id) as { d: string | null })
    .d;

/** The seed organization with the given last reviews on its first policies. */
function seedWithReviews(...dates: (string | null)[]): CharterDocument {
  const doc = seedDocument(TODAY);
  dates.forEach((date, i) => {
    (doc.policies[i] as CharterDocument['policies'][number]).lastReviewedOn = date;
  });
  return doc;
}

const importInput = (doc: CharterDocument, replace: boolean) =>
  parseInput('model.import', { document: importable(doc), replace });

describe('creating a policy', () => {
  const input = (lastReviewedOn: string) =>
    parseInput('policy.create', { code: 'POL-007', title: 'Access control', lastReviewedOn });

  it('refuses a last review after tomorrow, naming the policy, the date and today, and writes nothing', () => {
    const ctx = openContext();
    const before = state(ctx);
    const error = refusal(() => createPolicy(ctx, input('2027-03-01'), TODAY));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'The last review of POL-007 "Access control" (2027-03-01) is later than today (2026-11-27): a review date must not be in the future.',
    );
    expect(error.details).toMatchObject({ field: 'lastReviewedOn', date: '2027-03-01' });
    expect(state(ctx)).toEqual(before);
  });

  it('refuses the day after tomorrow', () => {
    const ctx = openContext();
    expect(refusal(() => createPolicy(ctx, input(AFTER_TOMORROW), TODAY)).message).toContain(
      `(${AFTER_TOMORROW}) is later than today (${TODAY})`,
    );
  });

  it('names a policy without a code by its title', () => {
    const ctx = openContext();
    const untitled = parseInput('policy.create', { title: 'Access control', lastReviewedOn: '2027-03-01' });
    expect(refusal(() => createPolicy(ctx, untitled, TODAY)).message).toMatch(
      /^The last review of "Access control" \(/,
    );
  });

  it('accepts today and tomorrow, for a user whose local date is already a day ahead of UTC', () => {
    const ctx = openContext();
    const first = createPolicy(ctx, input(TODAY), TODAY);
    const second = createPolicy(ctx, { ...input(TOMORROW), code: 'POL-008' }, TODAY);
    expect(lastReviewOf(ctx, first.id as string)).toBe(TODAY);
    expect(lastReviewOf(ctx, second.id as string)).toBe(TOMORROW);
  });
});

describe('updating a policy', () => {
  const update = (fields: Record<string, unknown>) =>
    parseInput('policy.update', { id: 'policy-isp', ...fields });

  it('refuses to move the last review past tomorrow, naming the policy and the field, and changes nothing', () => {
    const ctx = openContext();
    const before = state(ctx);
    const error = refusal(() => updatePolicy(ctx, update({ lastReviewedOn: '2027-03-01' }), TODAY));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'The last review of ISP-001 "Information Security Policy" (2027-03-01) is later than today (2026-11-27): a review date must not be in the future.',
    );
    expect(state(ctx)).toEqual(before);
  });

  it('refuses it with the other fields of the same update, and none of them is saved', () => {
    const ctx = openContext();
    const before = state(ctx);
    const error = refusal(() =>
      updatePolicy(
        ctx,
        update({ title: 'Renamed', status: 'retired', lastReviewedOn: AFTER_TOMORROW }),
        TODAY,
      ),
    );
    expect(error.message).toContain('ISP-001 "Renamed"');
    expect(state(ctx)).toEqual(before);
  });

  it('accepts tomorrow and clearing the date', () => {
    const ctx = openContext();
    updatePolicy(ctx, update({ lastReviewedOn: TOMORROW }), TODAY);
    expect(lastReviewOf(ctx, 'policy-isp')).toBe(TOMORROW);
    updatePolicy(ctx, update({ lastReviewedOn: null }), TODAY);
    expect(lastReviewOf(ctx, 'policy-isp')).toBeNull();
  });

  it('leaves alone a future date stored before this check, so the other fields can still be edited', () => {
    const ctx = openContext();
    ctx.db.prepare("UPDATE policies SET last_reviewed_on = '2030-01-01' WHERE id = 'policy-isp'").run();
    updatePolicy(ctx, update({ title: 'Renamed' }), TODAY);
    expect(lastReviewOf(ctx, 'policy-isp')).toBe('2030-01-01');
    expect(() => updatePolicy(ctx, update({ lastReviewedOn: '2030-01-01' }), TODAY)).toThrow(
      /later than today/,
    );
    updatePolicy(ctx, update({ lastReviewedOn: TODAY }), TODAY);
    expect(lastReviewOf(ctx, 'policy-isp')).toBe(TODAY);
  });
});

describe('importing a document', () => {
  for (const replace of [true, false]) {
    const how = replace ? 'replacing the model' : 'beside the model';
    const fromEmpty = replace ? 'seed' : 'empty';

    it(`refuses a future last review ${how}, naming the policy and its place, and changes nothing`, () => {
      const ctx = openContext(fromEmpty);
      const before = state(ctx);
      const doc = seedWithReviews('2026-01-15', '2027-03-01');
      const error = refusal(() => importModel(ctx, importInput(doc, replace), TODAY));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe(
        'The imported document: policies[1].lastReviewedOn puts the last review of ISP-002 "Secure Software Development Standard" on 2027-03-01, later than today (2026-11-27): a review date must not be in the future.',
      );
      expect(error.details).toEqual({ path: 'policies[1].lastReviewedOn' });
      expect(state(ctx)).toEqual(before);
    });
  }

  it('counts the other policies with a future last review', () => {
    const ctx = openContext();
    const doc = seedWithReviews(AFTER_TOMORROW, TODAY, '2030-01-01', '2031-06-30');
    const error = refusal(() => importModel(ctx, importInput(doc, true), TODAY));
    expect(error.message).toMatch(
      /^The imported document: policies\[0\]\.lastReviewedOn puts the last review of ISP-001 /,
    );
    expect(error.message).toMatch(/\(2 more policies have a future last review too\)\.$/);
  });

  it('imports last reviews up to tomorrow', () => {
    const ctx = openContext();
    importModel(ctx, importInput(seedWithReviews(TOMORROW, TODAY, null), true), TODAY);
    expect(lastReviewOf(ctx, 'policy-isp')).toBe(TOMORROW);
    expect(lastReviewOf(ctx, 'policy-sdlc')).toBe(TODAY);
    expect(lastReviewOf(ctx, 'policy-network')).toBeNull();
  });
});

describe('the hosts, on the real clock', () => {
  /** `days` after today, UTC. */
  const inDays = (days: number) => {
    const [y, m, d] = todayUtc().split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  };

  it('refuse a policy reviewed next month through policy.create and policy.update', () => {
    const m = newModel('seed');
    const events = call(m, 'history.list', {}).length;
    const created = failure(m, 'policy.create', { title: 'Access control', lastReviewedOn: inDays(30) });
    expect(created.code).toBe('invalid_input');
    expect(created.message).toContain(`"Access control" (${inDays(30)}) is later than today`);
    const updated = failure(m, 'policy.update', { id: 'policy-isp', lastReviewedOn: inDays(30) });
    expect(updated.message).toContain(
      `ISP-001 "Information Security Policy" (${inDays(30)}) is later than today`,
    );
    expect(call(m, 'history.list', {}).length).toBe(events);
    expect(call(m, 'policies.list', {}).find((p) => p.id === 'policy-isp')?.lastReviewedOn).not.toBe(
      inDays(30),
    );
  });

  it('refuse a document with a policy reviewed next month through model.import, and accept one reviewed today', () => {
    const m = newModel('empty');
    const doc = seedWithReviews(inDays(30));
    const error = failure(m, 'model.import', { document: importable(doc), replace: true });
    expect(error.message).toContain('policies[0].lastReviewedOn');
    expect(call(m, 'model.summary', {}).policies).toBe(0);
    call(m, 'model.import', { document: importable(seedWithReviews(todayUtc())), replace: true });
    expect(call(m, 'policies.list', {}).find((p) => p.id === 'policy-isp')?.lastReviewedOn).toBe(todayUtc());
  });
});

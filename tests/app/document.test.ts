import { describe, expect, it } from 'vitest';
import { checkReviewDates, emptyDocument, parseDocument, type CharterDocument } from '../../app/document';
import { parseJsonText } from '../../app/json';
import { seedDocument } from '../../app/templates';

const seed = () => seedDocument('2026-11-27');

function expectError(doc: unknown, pattern: RegExp) {
  expect(() => parseDocument(doc, 'org.json')).toThrow(pattern);
}

describe('the charter document format', () => {
  it('accepts the empty document', () => {
    expect(parseDocument(emptyDocument()).roles).toEqual([]);
  });

  it('refuses a document that is not a charter document', () => {
    expectError({ ...seed(), format: 'drawio' }, /org\.json: format must be "charter"/);
  });

  it('names the first item with a wrong type', () => {
    const doc = seed() as unknown as { roles: { title: unknown }[] };
    (doc.roles[2] as { title: unknown }).title = 42;
    expectError(doc, /roles\[2\]\.title/);
  });

  it('refuses a reporting cycle, naming the first line in it and the chain', () => {
    const doc: CharterDocument = seed();
    doc.reportingLines.push({ roleId: 'role-ceo', managerRoleId: 'role-secops', kind: 'solid' });
    expectError(doc, /reportingLines\[1\] makes a cycle of solid lines: role-ciso → role-ceo → role-secops → role-ciso/);
  });

  it('refuses an unknown role in an assignment, naming the item', () => {
    const doc = seed();
    doc.assignments.push({ subjectType: 'policy', subjectId: 'policy-isp', roleId: 'role-nobody', letter: 'A' });
    expectError(doc, new RegExp(`assignments\\[${doc.assignments.length - 1}\\]\\.roleId names the role "role-nobody"`));
  });

  it('refuses a bad RACI letter', () => {
    const doc = seed() as unknown as { assignments: { letter: string }[] };
    (doc.assignments[0] as { letter: string }).letter = 'X';
    expectError(doc, /assignments\[0\]\.letter/);
  });

  it('refuses a second solid line for one role', () => {
    const doc = seed();
    doc.reportingLines.push({ roleId: 'role-cio', managerRoleId: 'role-ciso', kind: 'solid' });
    expectError(doc, /second solid line/);
  });

  it('refuses a __proto__ key instead of letting it through', () => {
    const doc = parseJsonText(JSON.stringify(seed()).replace('"format"', '"__proto__":{"polluted":true},"format"'));
    expectError(doc, /unexpected field "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 10 MB string with the field and the limit', () => {
    const doc = seed();
    (doc.roles[0] as { description: string }).description = 'x'.repeat(10 * 1024 * 1024);
    expectError(doc, /roles\[0\]\.description must be at most 5000 characters/);
  });
});

describe('the last reviews in a document', () => {
  const today = '2026-11-27';
  const withReviews = (...dates: (string | null)[]): CharterDocument => {
    const doc = seed();
    dates.forEach((date, i) => {
      (doc.policies[i] as CharterDocument['policies'][number]).lastReviewedOn = date;
    });
    return doc;
  };

  it('passes when no policy was reviewed after tomorrow', () => {
    expect(() => checkReviewDates(withReviews('2026-11-28', '2026-11-27', null), today)).not.toThrow();
  });

  it('refuses a review after tomorrow, naming the policy, its place and the date', () => {
    expect(() => checkReviewDates(withReviews('2026-01-01', '2026-11-29'), today, 'org.json')).toThrow(
      'org.json: policies[1].lastReviewedOn puts the last review of ISP-002 "Secure Software Development Standard" on 2026-11-29, later than today (2026-11-27): a review date must not be in the future.',
    );
  });

  it('names the first such policy and counts the others', () => {
    expect(() => checkReviewDates(withReviews('2027-03-01', '2026-11-20', '2030-01-01'), today)).toThrow(
      /policies\[0\]\.lastReviewedOn .* \(1 more policy has a future last review too\)\.$/,
    );
    expect(() => checkReviewDates(withReviews('2027-03-01', '2028-01-01', '2030-01-01'), today)).toThrow(
      /\(2 more policies have a future last review too\)\.$/,
    );
  });

  it('is not part of the clock-free checks of parseDocument', () => {
    expect(parseDocument(withReviews('2099-01-01')).policies[0]?.lastReviewedOn).toBe('2099-01-01');
  });
});

import { describe, expect, it } from 'vitest';
import { emptyDocument, parseDocument, type CharterDocument } from '../../app/document';
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

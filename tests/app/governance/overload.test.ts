import { describe, expect, it } from 'vitest';
import { cleanModel, findingsOf, setLetter } from './fixture';
import type { CharterDocument } from '../../../app/document';

const RULE = 'overload.accountable';

/** Adds `n` responsibility areas owned by the role. */
function addAreas(doc: CharterDocument, roleId: string, n: number): void {
  for (let i = 0; i < n; i++) {
    doc.responsibilityAreas.push({ id: `area-extra-${i}`, name: `Extra duty ${i}`, description: '' });
    setLetter(doc, 'responsibility', `area-extra-${i}`, roleId, 'A');
  }
}

describe('overload.accountable', () => {
  it('reports a role Accountable for more than 15 items by default', () => {
    const doc = cleanModel();
    addAreas(doc, 'role-ciso', 14); // with the policy and the area: 16
    expect(findingsOf(doc, RULE)).toMatchObject([
      {
        severity: 'warning',
        subjectType: 'role',
        subjectId: 'role-ciso',
        message:
          'The role "Chief Information Security Officer" (CISO) is Accountable for 16 items; the limit is 15.',
        roleIds: ['role-ciso'],
      },
    ]);
  });

  it('stays quiet at exactly the limit', () => {
    const doc = cleanModel();
    addAreas(doc, 'role-ciso', 13);
    expect(findingsOf(doc, RULE)).toEqual([]);
  });

  it('uses the limit the settings give', () => {
    const found = findingsOf(cleanModel(), RULE, { rules: { [RULE]: { params: { max: 1 } } } });
    expect(found.map((f) => f.message)).toEqual([
      'The role "Chief Information Security Officer" (CISO) is Accountable for 2 items; the limit is 1.',
    ]);
  });

  it('does not count retired policies', () => {
    const doc = cleanModel();
    doc.policies[0]!.status = 'retired';
    expect(findingsOf(doc, RULE, { rules: { [RULE]: { params: { max: 1 } } } })).toEqual([]);
  });
});

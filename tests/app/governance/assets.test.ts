import { describe, expect, it } from 'vitest';
import { cleanModel, findingsOf } from './fixture';

describe('assets.critical-ungoverned', () => {
  it('reports a critical asset that no policy governs', () => {
    const doc = cleanModel();
    doc.policies[0]!.assetIds = [];
    expect(findingsOf(doc, 'assets.critical-ungoverned')).toEqual([
      {
        ruleId: 'assets.critical-ungoverned',
        severity: 'error',
        subjectType: 'asset',
        subjectId: 'asset-db',
        subjectName: 'Customer database',
        message: 'The critical asset "Customer database" is not governed by any policy.',
        hint: 'Add it to the assets of a policy in force that covers it, or write one.',
        roleIds: ['role-cio'],
      },
    ]);
  });

  it('does not count a retired policy as governing', () => {
    const doc = cleanModel();
    doc.policies[0]!.status = 'retired';
    expect(findingsOf(doc, 'assets.critical-ungoverned')).toHaveLength(1);
  });

  it('stays quiet when a policy governs the critical asset', () => {
    expect(findingsOf(cleanModel(), 'assets.critical-ungoverned')).toEqual([]);
  });

  it('stays quiet about an ungoverned asset that is not critical', () => {
    const doc = cleanModel();
    doc.policies[0]!.assetIds = [];
    doc.assets[0]!.criticality = 'high';
    expect(findingsOf(doc, 'assets.critical-ungoverned')).toEqual([]);
  });
});

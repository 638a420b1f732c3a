import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../app/templates';
import type { AssetView, PolicyView } from '../../app/views';
import { searchEntries, searchFor } from '../../renderer/search/search';
import { fakeChart } from './fake-bridge';

function seedEntries() {
  const doc = seedDocument('2026-01-01');
  return searchEntries({
    chart: fakeChart(doc),
    policies: doc.policies.map((p) => ({ ...p, nextReviewDue: null, overdue: false }) as PolicyView),
    assets: doc.assets.map((a) => ({ ...a, policyIds: [] }) as AssetView),
    assignments: doc.assignments,
  });
}

describe('the search palette', () => {
  it('finds roles, people, policies and assets, each pointing at a role to focus', () => {
    const entries = seedEntries();
    expect(searchFor(entries, 'ciso')[0]).toMatchObject({ kind: 'role', roleId: 'role-ciso' });
    expect(searchFor(entries, 'okafor')[0]).toMatchObject({ kind: 'person', roleId: 'role-ciso' });
    // A policy or an asset focuses its Accountable role.
    expect(searchFor(entries, 'customer database')[0]).toMatchObject({ kind: 'asset', roleId: 'role-cio' });
    expect(searchFor(entries, 'ISP-001')[0]).toMatchObject({ kind: 'policy', roleId: 'role-ciso' });
  });

  it('needs every word, in any order, and ranks a match at the start first', () => {
    const entries = seedEntries();
    expect(searchFor(entries, 'officer security').map((e) => e.id)).toEqual(['role-ciso']);
    const chief = searchFor(entries, 'chief');
    expect(chief.slice(0, 3).every((e) => e.text.startsWith('chief'))).toBe(true);
    expect(searchFor(entries, 'no such thing')).toEqual([]);
  });

  it('lists roles when nothing is typed yet', () => {
    const found = searchFor(seedEntries(), '  ');
    expect(found.length).toBe(7);
    expect(found.every((e) => e.kind === 'role')).toBe(true);
  });
});

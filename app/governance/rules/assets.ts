/**
 * Critical assets: every critical asset is governed by a policy in force.
 */
import { z } from 'zod';
import { defineRule } from '../types';
import type { Draft } from '../types';

export const criticalUngoverned = defineRule({
  id: 'assets.critical-ungoverned',
  title: 'Critical asset without a policy',
  description:
    'An asset of criticality "critical" is not governed by any policy in force (retired policies do not count).',
  defaultSeverity: 'error',
  params: z.strictObject({}),
  defaultParams: {},
  check(index) {
    const out: Draft[] = [];
    for (const asset of index.doc.assets) {
      if (asset.criticality !== 'critical') continue;
      if (index.policiesGoverning(asset.id).some((p) => p.status !== 'retired')) continue;
      const owners = [...index.accountableOf('asset', asset.id)];
      const found: Draft = {
        subjectType: 'asset',
        subjectId: asset.id,
        subjectName: asset.name,
        message: `The critical asset "${asset.name}" is not governed by any policy.`,
        hint: 'Add it to the assets of a policy in force that covers it, or write one.',
      };
      out.push(owners.length > 0 ? { ...found, roleIds: owners } : found);
    }
    return out;
  },
});

export const assetRules = [criticalUngoverned];

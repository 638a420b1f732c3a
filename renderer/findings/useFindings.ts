/**
 * The model's findings and rules, fetched again whenever model.info's
 * revision moves (after each command, and when the shell's poll sees a
 * change made elsewhere), and published to the chart's badges.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Call } from '../../app/contract';
import type { Finding, RuleInfo } from '../../app/views';
import { BadgeStore } from './badges';
import { countBySeverity, findingsByRole, type SeverityCounts } from './model';

export interface FindingsState {
  /** Null until the first answer. */
  findings: Finding[] | null;
  rules: RuleInfo[];
  counts: SeverityCounts | null;
  /** Per-role counts for the chart's badges; one store for the life of the page. */
  badges: BadgeStore;
}

export function useFindings(
  call: Call,
  revision: number | null,
  onError: (e: unknown) => void,
): FindingsState {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [rules, setRules] = useState<RuleInfo[]>([]);
  const badges = useMemo(() => new BadgeStore(), []);

  useEffect(() => {
    if (revision === null) return;
    let current = true;
    Promise.all([call('governance.check', {}), call('governance.rules', {})]).then(
      ([found, catalog]) => {
        if (!current) return;
        setFindings(found);
        setRules(catalog);
      },
      (e: unknown) => {
        if (current) onError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [call, revision, onError]);

  useEffect(() => {
    if (findings !== null) badges.set(findingsByRole(findings, badges.all()));
  }, [badges, findings]);

  const counts = useMemo(() => (findings === null ? null : countBySeverity(findings)), [findings]);
  return { findings, rules, counts, badges };
}

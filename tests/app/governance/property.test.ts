import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CharterDocument } from '../../../app/document';
import { parseDocument } from '../../../app/document';
import {
  RULES,
  RULE_FAILED_ID,
  compareFindings,
  evaluate,
  lineSubjectId,
  mergeSettings,
  parseGovernanceSettings,
} from '../../../app/governance';
import type { Finding } from '../../../app/governance';
import { evaluateIndex } from '../../../app/governance/evaluate';
import { buildIndex } from '../../../app/governance/model-index';
import { documents, isoDate, settings } from './arbitraries';
import { scanningIndex } from './scanning-index';

/** Every finding points at something the model has. */
function pointsAtTheModel(doc: CharterDocument, f: Finding): boolean {
  const has = (list: { id: string }[]) => list.some((item) => item.id === f.subjectId);
  switch (f.subjectType) {
    case 'role':
      return has(doc.roles);
    case 'person':
      return has(doc.people);
    case 'policy':
      return has(doc.policies);
    case 'asset':
      return has(doc.assets);
    case 'responsibility':
      return has(doc.responsibilityAreas);
    case 'line':
      return doc.reportingLines.some((l) => lineSubjectId(l) === f.subjectId);
    case 'model':
      return true;
  }
}

describe('evaluate on random valid models', () => {
  it('never throws, and every finding is sorted, enabled and about something in the model', () => {
    fc.assert(
      fc.property(documents, settings, isoDate, (raw, rawSettings, today) => {
        const doc = parseDocument(raw);
        const stored = parseGovernanceSettings(rawSettings);
        const findings = evaluate(doc, stored, today);
        const resolved = mergeSettings(stored);
        expect(findings.filter((f) => f.ruleId === RULE_FAILED_ID)).toEqual([]);
        expect([...findings].sort(compareFindings)).toEqual(findings);
        const roleIds = new Set(doc.roles.map((r) => r.id));
        for (const f of findings) {
          const setting = resolved.rules[f.ruleId];
          expect(setting?.enabled).toBe(true);
          expect(f.severity).toBe(setting?.severity);
          expect(pointsAtTheModel(doc, f)).toBe(true);
          for (const id of f.roleIds ?? []) expect(roleIds.has(id)).toBe(true);
          expect(f.message.length).toBeGreaterThan(0);
          expect(f.hint.length).toBeGreaterThan(0);
        }
        expect(evaluate(doc, stored, today)).toEqual(findings);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the random models', () => {
  it('are varied enough that every rule fires on some of them', () => {
    const fired = new Set<string>();
    for (const [raw, rawSettings, today] of fc.sample(fc.tuple(documents, settings, isoDate), {
      numRuns: 400,
      seed: 5,
    }))
      for (const f of evaluate(parseDocument(raw), rawSettings, today)) fired.add(f.ruleId);
    expect([...fired].sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});

describe('the index', () => {
  it('gives the same findings as scanning the lists for every question', () => {
    fc.assert(
      fc.property(documents, settings, isoDate, (raw, stored, today) => {
        const doc = parseDocument(raw);
        expect(evaluateIndex(buildIndex(doc, today), stored)).toEqual(
          evaluateIndex(scanningIndex(doc, today), stored),
        );
      }),
      { numRuns: 200 },
    );
  });
});

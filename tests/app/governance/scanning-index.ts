/**
 * The obvious, slow way to answer the rules' questions: scan the
 * document's lists every time. It is the oracle the real index is tested
 * against, and the alternative the benchmark compares it with.
 */
import type { CharterDocument } from '../../../app/document';
import type { ModelIndex } from '../../../app/governance/model-index';
import { shortNameKey } from '../../../app/governance/model-index';
import { raciSubjects } from '../../../app/governance/subjects';

/** The same questions as buildIndex answers, each by a scan of the document. */
export function scanningIndex(doc: CharterDocument, today: string): ModelIndex {
  return {
    doc,
    today,
    subjects: raciSubjects(doc),
    role: (id) => doc.roles.find((r) => r.id === id),
    assignmentsOf: (type, id) => doc.assignments.filter((a) => a.subjectType === type && a.subjectId === id),
    accountableOf: (type, id) =>
      doc.assignments
        .filter((a) => a.subjectType === type && a.subjectId === id && a.letter === 'A')
        .map((a) => a.roleId),
    holdersOfRole: (id) => doc.holders.filter((h) => h.roleId === id),
    rolesOfPerson: (id) => doc.holders.filter((h) => h.personId === id),
    solidManager: (id) =>
      doc.reportingLines.find((l) => l.kind === 'solid' && l.roleId === id)?.managerRoleId,
    policiesGoverning: (id) => doc.policies.filter((p) => p.assetIds.includes(id)),
    rolesByShortName: (key) => doc.roles.filter((r) => shortNameKey(r.shortName) === key),
  };
}

/**
 * CISO independence, the debate of the seed article: a CISO who reports to
 * the CIO audits the systems of their own manager.
 */
import { z } from 'zod';
import { shortNameKey } from '../model-index';
import { joinNames, roleLabel, roleQuoted } from '../subjects';
import { defineRule } from '../types';
import type { Draft } from '../types';
import { shortNameParam } from './segregation';

export const cisoReportsToCio = defineRule({
  id: 'independence.ciso-reports-to-cio',
  title: 'CISO reports to the CIO',
  description:
    "The CISO's solid line runs to the CIO, directly or through roles in between. Roles are found by short name (case-insensitive).",
  defaultSeverity: 'warning',
  params: z.strictObject({
    cisoShortName: shortNameParam.describe('Short name of the security role'),
    cioShortName: shortNameParam.describe('Short name of the information technology role'),
  }),
  defaultParams: { cisoShortName: 'CISO', cioShortName: 'CIO' },
  check(index, { cisoShortName, cioShortName }) {
    const cioKey = shortNameKey(cioShortName);
    const out: Draft[] = [];
    for (const ciso of index.rolesByShortName(shortNameKey(cisoShortName))) {
      const via: string[] = [];
      const seen = new Set([ciso.id]);
      for (let m = index.solidManager(ciso.id); m !== undefined && !seen.has(m); m = index.solidManager(m)) {
        seen.add(m);
        const manager = index.role(m);
        if (manager === undefined || shortNameKey(manager.shortName) !== cioKey) {
          via.push(m);
          continue;
        }
        const through =
          via.length === 0
            ? 'by a solid line'
            : `through ${joinNames(via.map((id) => roleLabel(index.role(id), id)))}, by solid lines`;
        out.push({
          subjectType: 'role',
          subjectId: ciso.id,
          subjectName: ciso.title,
          message: `The role ${roleQuoted(ciso, ciso.id)} reports to ${roleQuoted(manager, m)} ${through}.`,
          hint: "Give the CISO a solid line to the CEO or another role outside the CIO's organization (a dotted line to the CIO can stay), or switch this check off if the structure is intended.",
          roleIds: [ciso.id, ...via, m],
        });
        break;
      }
    }
    return out;
  },
});

export const independenceRules = [cisoReportsToCio];

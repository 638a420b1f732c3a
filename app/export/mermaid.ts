/**
 * The org chart as a Mermaid flowchart (`flowchart TD`). Node ids are
 * derived from role ids but reduced to `[A-Za-z0-9_]`; labels are quoted and
 * every character Mermaid or its HTML labels could interpret is written as
 * a Mermaid entity code (`#60;`), so user text stays text.
 */
import type { CharterDocument } from '../document';
import { cleanText } from './escape';

const SPECIAL = /["#&<>`]/g;

/** Text for inside a quoted Mermaid label. */
export function mermaidLabel(text: string): string {
  return cleanText(text).replace(SPECIAL, (c) => `#${c.charCodeAt(0)};`);
}

/** Mermaid node ids for role ids: `r_` + the id with other characters as `_`, numbered when two collide. */
function nodeIds(roleIds: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const id of roleIds) {
    const base = `r_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}_${n}`;
    used.add(candidate);
    ids.set(id, candidate);
  }
  return ids;
}

/** The document's roles and reporting lines as a Mermaid flowchart; dotted lines are `-.->`. */
export function renderMermaid(doc: CharterDocument): string {
  const ids = nodeIds(doc.roles.map((r) => r.id));
  const holders = new Map<string, string[]>();
  const names = new Map(doc.people.map((p) => [p.id, p.name]));
  for (const h of doc.holders) {
    const name = (names.get(h.personId) ?? h.personId) + (h.acting ? ' (acting)' : '');
    holders.set(h.roleId, [...(holders.get(h.roleId) ?? []), name]);
  }
  const lines = [`%% ${cleanText(doc.name)}`, 'flowchart TD'];
  const vacant: string[] = [];
  for (const role of doc.roles) {
    const id = ids.get(role.id) as string;
    const who = holders.get(role.id);
    if (!who) vacant.push(id);
    const second = [role.shortName, who ? who.join(', ') : 'Vacant'].filter((s) => s !== '').join(' · ');
    lines.push(`  ${id}["${mermaidLabel(role.title)}<br/>${mermaidLabel(second)}"]`);
  }
  for (const line of doc.reportingLines) {
    const from = ids.get(line.managerRoleId);
    const to = ids.get(line.roleId);
    if (from === undefined || to === undefined) continue;
    lines.push(`  ${from} ${line.kind === 'solid' ? '-->' : '-.->'} ${to}`);
  }
  if (vacant.length > 0) {
    lines.push('  classDef vacant fill:#fef2f2,stroke:#b91c1c,stroke-dasharray:4 3');
    lines.push(`  class ${vacant.join(',')} vacant`);
  }
  return `${lines.join('\n')}\n`;
}

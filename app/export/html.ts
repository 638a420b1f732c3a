/**
 * The ownership register as one printable, self-contained HTML page: who is
 * Accountable and Responsible for each policy, asset and responsibility
 * area, review dates with the overdue ones marked, and the findings. Inline
 * CSS only, no scripts, and a Content-Security-Policy that forbids loading
 * anything; every piece of user text is escaped.
 */
import type { CharterDocument } from '../document';
import { escapeXml } from './escape';
import type { FindingLike } from './registers';
import { indexRaci, reviewState } from './registers';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; color: #111827; margin: 2em; }
h1 { font-size: 18pt; margin: 0 0 0.2em; } h2 { font-size: 14pt; margin: 1.6em 0 0.4em; page-break-after: avoid; }
.meta { color: #4b5563; margin: 0 0 1em; }
table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
th, td { border: 1px solid #d1d5db; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; } tr { page-break-inside: avoid; }
.overdue { color: #b91c1c; font-weight: bold; } .none { color: #b91c1c; font-style: italic; }
.severity-error, .severity-high, .severity-critical { color: #b91c1c; font-weight: bold; }
.severity-warning, .severity-medium { color: #b45309; font-weight: bold; }
@media print { body { margin: 0; } }
`;

const e = escapeXml;
const owners = (titles: string[]) =>
  titles.length > 0 ? e(titles.join(', ')) : '<span class="none">None</span>';

function table(header: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p class="none">None.</p>';
  const head = `<tr>${header.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr>`;
  // Row cells are already HTML (escaped text plus our own markup).
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Each role with its holders and what it is Accountable and Responsible for. */
function rolesOwning(doc: CharterDocument): string[][] {
  const names = new Map<string, string>();
  for (const p of doc.policies) names.set(`policy\u0000${p.id}`, p.code ? `${p.code} ${p.title}` : p.title);
  for (const a of doc.assets) names.set(`asset\u0000${a.id}`, a.name);
  for (const a of doc.responsibilityAreas) names.set(`responsibility\u0000${a.id}`, a.name);
  const people = new Map(doc.people.map((p) => [p.id, p.name]));
  const held = new Map<string, string[]>();
  for (const h of doc.holders) {
    const name = (people.get(h.personId) ?? h.personId) + (h.acting ? ' (acting)' : '');
    held.set(h.roleId, [...(held.get(h.roleId) ?? []), name]);
  }
  const owns = new Map<string, { A: string[]; R: string[] }>();
  for (const a of doc.assignments) {
    if (a.letter !== 'A' && a.letter !== 'R') continue;
    const entry = owns.get(a.roleId) ?? { A: [], R: [] };
    entry[a.letter].push(names.get(`${a.subjectType}\u0000${a.subjectId}`) ?? a.subjectId);
    owns.set(a.roleId, entry);
  }
  const list = (items: string[] | undefined) => (items && items.length > 0 ? e(items.join('; ')) : '');
  return doc.roles.map((r) => [
    e(r.shortName ? `${r.title} (${r.shortName})` : r.title),
    held.has(r.id) ? e((held.get(r.id) as string[]).join(', ')) : '<span class="none">Vacant</span>',
    list(owns.get(r.id)?.A),
    list(owns.get(r.id)?.R),
  ]);
}

export interface HtmlOptions {
  /** `YYYY-MM-DD`; decides which reviews are overdue. */
  today: string;
  /** Governance findings to list; the section says when there are none. */
  findings?: readonly FindingLike[];
}

/** The document's ownership register as a complete HTML page. */
export function renderOwnershipHtml(doc: CharterDocument, options: HtmlOptions): string {
  const raci = indexRaci(doc);
  const policies = doc.policies.map((p) => {
    const review = reviewState(p, options.today);
    const due = review.due === '' ? '<span class="none">Not scheduled</span>' : e(review.due);
    return [
      e(p.code),
      e(p.title),
      e(p.status.replace('_', ' ')),
      owners(raci.who('policy', p.id, 'A')),
      owners(raci.who('policy', p.id, 'R')),
      e(p.lastReviewedOn ?? ''),
      review.overdue ? `<span class="overdue">${due} (overdue)</span>` : due,
    ];
  });
  const assets = doc.assets.map((a) => [
    e(a.name),
    e(a.type),
    e(a.criticality),
    e(a.classification),
    owners(raci.who('asset', a.id, 'A')),
    owners(raci.who('asset', a.id, 'R')),
  ]);
  const areas = doc.responsibilityAreas.map((a) => [
    e(a.name),
    owners(raci.who('responsibility', a.id, 'A')),
    owners(raci.who('responsibility', a.id, 'R')),
  ]);
  const byRole = rolesOwning(doc);
  const findings = options.findings ?? [];
  const findingRows = findings.map((f) => [
    `<span class="severity-${e(f.severity.toLowerCase().replace(/[^a-z]/g, ''))}">${e(f.severity)}</span>`,
    e(`${f.subjectType}: ${f.subjectName}`),
    e(f.message),
    e(f.hint ?? ''),
    e(f.ruleId),
  ]);
  const overdue = doc.policies.filter((p) => reviewState(p, options.today).overdue).length;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${e(`Ownership register — ${doc.name}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(doc.name)}</h1>
<p class="meta">Ownership register as of ${e(options.today)}: ${doc.policies.length} policies (${overdue} overdue for review), ${doc.assets.length} assets, ${doc.responsibilityAreas.length} responsibility areas.</p>
<h2>Policies</h2>
${table(['Code', 'Title', 'Status', 'Accountable', 'Responsible', 'Last reviewed', 'Next review due'], policies)}
<h2>Assets</h2>
${table(['Asset', 'Type', 'Criticality', 'Classification', 'Accountable (owner)', 'Responsible'], assets)}
<h2>Responsibility areas</h2>
${table(['Area', 'Accountable', 'Responsible'], areas)}
<h2>By role</h2>
${table(['Role', 'Held by', 'Accountable for', 'Responsible for'], byRole)}
<h2>Findings</h2>
${findings.length === 0 ? '<p>No findings.</p>' : table(['Severity', 'Subject', 'Finding', 'What to do', 'Rule'], findingRows)}
</body>
</html>
`;
}

/**
 * A deterministic generator of realistic Charter documents for benchmarks
 * and scale tests: a solid-line tree with branching 3 to 8 and long titles,
 * people holding most roles (some vacant, some acting), dotted lines,
 * policies and assets (about roles / 5 each), responsibility areas and RACI
 * assignments. The same options always give the same document.
 */
import type { CharterDocument } from '../../app/document';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from '../../app/document';
import { LIMITS } from '../../app/limits';
import type {
  Asset,
  Assignment,
  Classification,
  Criticality,
  Holder,
  Person,
  Policy,
  PolicyStatus,
  RaciLetter,
  ReportingLine,
  ResponsibilityArea,
  Role,
  SubjectType,
} from '../../app/model';

export interface GenerateOptions {
  /** Number of roles (at least 1). */
  roles: number;
  /** PRNG seed; the same seed gives the same document. Default 1. */
  seed?: number;
  /** Number of RACI assignments. Default: 10 per role, at most the document limit of 200,000. */
  assignments?: number;
}

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RANKS = [
  'Chief Executive Officer',
  'Executive Vice President',
  'Senior Vice President',
  'Vice President',
  'Senior Director',
  'Director',
  'Senior Manager',
  'Manager',
  'Team Lead',
  'Principal Specialist',
  'Senior Specialist',
];

const SHORT_RANKS = ['CEO', 'EVP', 'SVP', 'VP', 'SrDir', 'Dir', 'SrMgr', 'Mgr', 'Lead', 'PrinSpec', 'SrSpec'];

const FUNCTIONS = [
  'Information Technology',
  'Information Security',
  'Finance',
  'Human Resources',
  'Legal and Compliance',
  'Operations',
  'Sales',
  'Marketing',
  'Research and Development',
  'Customer Success',
  'Procurement',
  'Risk Management',
];

const AREAS = [
  'Global Infrastructure Operations and Reliability Engineering',
  'Enterprise Application Development and Integration Services',
  'Identity, Access Management and Privileged Account Security',
  'Security Operations Centre and Incident Response',
  'Data Platform, Analytics and Business Intelligence',
  'Network Engineering, Connectivity and Edge Services',
  'Governance, Risk, Compliance and Internal Controls',
  'Cloud Platform Engineering and Site Reliability',
  'Financial Planning, Analysis and Corporate Reporting',
  'Talent Acquisition, Learning and Organisational Development',
  'Customer Onboarding, Support and Service Delivery',
  'Procurement, Vendor Management and Third-Party Risk',
  'Product Management and Digital Experience Design',
  'Database Administration and Storage Services',
  'Security Awareness, Training and Policy Management',
];

const REGIONS = [
  'EMEA',
  'North America',
  'Latin America',
  'APAC',
  'DACH',
  'Nordics',
  'UK and Ireland',
  'Global',
];

const FIRST = [
  'Alex',
  'Priya',
  'Daniel',
  'Sara',
  'Wei',
  'Fatima',
  'Jonas',
  'Maria',
  'Kenji',
  'Amara',
  'Luca',
  'Olga',
  'Mateo',
  'Aisha',
  'Noah',
  'Ingrid',
  'Ravi',
  'Chloe',
  'Tomasz',
  'Yuki',
];
const LAST = [
  'Morgan',
  'Raman',
  'Okafor',
  'Lindqvist',
  'Chen',
  'Haddad',
  'Schneider',
  'Garcia',
  'Tanaka',
  'Mensah',
  'Rossi',
  'Petrova',
  'Silva',
  'Rahman',
  'Dubois',
  'Larsen',
  'Iyer',
  'Martin',
  'Kowalski',
  'Sato',
];

const POLICY_TOPICS = [
  'Access Control',
  'Acceptable Use',
  'Encryption and Key Management',
  'Secure Software Development',
  'Vulnerability Management',
  'Backup and Recovery',
  'Incident Response',
  'Third-Party Security',
  'Data Classification and Handling',
  'Logging and Monitoring',
  'Change Management',
  'Business Continuity',
];
const ASSET_KINDS = ['software', 'application', 'network', 'server', 'database', 'cloud service'];
const ASSET_NAMES: Record<string, string[]> = {
  software: ['ERP suite', 'Payroll system', 'CRM platform', 'Document management system'],
  application: ['Customer portal', 'Partner extranet', 'Mobile banking app', 'Internal wiki'],
  network: ['Corporate WAN', 'Data-centre fabric', 'Branch VPN', 'Guest Wi-Fi'],
  server: ['Production web farm', 'Batch compute cluster', 'Domain controllers', 'Mail relays'],
  database: ['Customer database', 'Ledger database', 'Analytics warehouse', 'HR records store'],
  'cloud service': ['Object storage', 'Managed Kubernetes', 'Serverless functions', 'Identity provider'],
};
const STATUSES: PolicyStatus[] = ['approved', 'approved', 'approved', 'in_review', 'draft', 'retired'];
const CRITICALITIES: Criticality[] = ['low', 'medium', 'high', 'critical'];
const CLASSIFICATIONS: Classification[] = ['public', 'internal', 'confidential', 'restricted'];

const pad = (n: number) => String(n).padStart(6, '0');

/** Generated review dates fall before this day (2026-06-30, UTC). */
const REVIEWED_BY = Date.UTC(2026, 5, 30);
const DAY = 86_400_000;

/**
 * Generates a document that passes `parseDocument`. Roles are numbered in
 * breadth-first order (`role-000000` is the single root), so managers come
 * before their reports.
 */
export function generateDocument({ roles: count, seed = 1, assignments }: GenerateOptions): CharterDocument {
  const random = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const total = Math.max(1, Math.floor(count));

  // The tree: breadth-first, each manager takes 3 to 8 reports.
  const managerOf: number[] = [-1];
  const depth: number[] = [0];
  const fn: string[] = ['Executive'];
  for (let manager = 0; managerOf.length < total; manager++) {
    const reports = int(3, 8);
    for (let k = 0; k < reports && managerOf.length < total; k++) {
      managerOf.push(manager);
      depth.push((depth[manager] as number) + 1);
      fn.push(depth[manager] === 0 ? pick(FUNCTIONS) : (fn[manager] as string));
    }
  }

  const roles: Role[] = [];
  const reportingLines: ReportingLine[] = [];
  for (let i = 0; i < total; i++) {
    const d = depth[i] as number;
    const rank = RANKS[Math.min(d, RANKS.length - 1)] as string;
    const area = pick(AREAS);
    const region = pick(REGIONS);
    const title =
      d === 0 ? rank : region === 'Global' ? `${rank}, Global ${area}` : `${rank}, ${area} (${region})`;
    roles.push({
      id: `role-${pad(i)}`,
      title,
      shortName: `${SHORT_RANKS[Math.min(d, SHORT_RANKS.length - 1)] as string}-${i}`,
      function: fn[i] as string,
      description: d === 0 ? 'Leads the organization.' : `Leads ${area.toLowerCase()} for ${region}.`,
    });
    const m = managerOf[i] as number;
    if (m >= 0)
      reportingLines.push({ roleId: `role-${pad(i)}`, managerRoleId: `role-${pad(m)}`, kind: 'solid' });
  }

  // Dotted lines: about one role in twenty has a functional second manager.
  const dottedKeys = new Set<string>();
  for (let k = 0; k < Math.floor(total / 20); k++) {
    const from = int(1, total - 1);
    const to = int(0, total - 1);
    const key = `${from}:${to}`;
    if (from === to || to === managerOf[from] || dottedKeys.has(key)) continue;
    dottedKeys.add(key);
    reportingLines.push({ roleId: `role-${pad(from)}`, managerRoleId: `role-${pad(to)}`, kind: 'dotted' });
  }

  // People: ~92% of roles held, ~6% of holders acting, a few people hold two roles.
  const people: Person[] = [];
  const holders: Holder[] = [];
  for (let i = 0; i < total; i++) {
    if (random() < 0.08) continue;
    const acting = random() < 0.06;
    if (acting && people.length > 0 && random() < 0.5) {
      holders.push({
        roleId: `role-${pad(i)}`,
        personId: (people[int(0, people.length - 1)] as Person).id,
        acting,
      });
      continue;
    }
    const first = pick(FIRST);
    const last = pick(LAST);
    const id = `person-${pad(people.length)}`;
    people.push({
      id,
      name: `${first} ${last}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}.${people.length}@example.com`,
      externalId: `E${100000 + people.length}`,
    });
    holders.push({ roleId: `role-${pad(i)}`, personId: id, acting });
  }

  const responsibilityAreas: ResponsibilityArea[] = [];
  const areaCount = Math.max(5, Math.floor(total / 50));
  for (let i = 0; i < areaCount; i++) {
    const area = AREAS[i % AREAS.length] as string;
    responsibilityAreas.push({
      id: `area-${pad(i)}`,
      name:
        i < AREAS.length
          ? area
          : `${area} (${REGIONS[i % REGIONS.length] as string}, ${Math.floor(i / AREAS.length)})`,
      description: `Duties for ${area.toLowerCase()}.`,
    });
  }

  const assets: Asset[] = [];
  const assetCount = Math.max(1, Math.floor(total / 5));
  for (let i = 0; i < assetCount; i++) {
    const type = pick(ASSET_KINDS);
    assets.push({
      id: `asset-${pad(i)}`,
      name: `${pick(ASSET_NAMES[type] as string[])} ${pick(REGIONS)} #${i}`,
      type,
      criticality: pick(CRITICALITIES),
      classification: pick(CLASSIFICATIONS),
      description: `A ${type} used by ${pick(AREAS).toLowerCase()}.`,
    });
  }

  const policies: Policy[] = [];
  const policyCount = Math.max(1, Math.floor(total / 5));
  const seniors = Math.min(total, 60); // approvers come from the top of the tree
  for (let i = 0; i < policyCount; i++) {
    const topic = pick(POLICY_TOPICS);
    const status = pick(STATUSES);
    const governed = new Set<string>();
    for (let k = int(0, 4); k > 0; k--) governed.add(`asset-${pad(int(0, assetCount - 1))}`);
    const reviewed = random() < 0.9 && status !== 'draft';
    policies.push({
      id: `policy-${pad(i)}`,
      code: `${status === 'retired' ? 'OLD' : 'ISP'}-${pad(i)}`,
      title: `${topic} ${random() < 0.5 ? 'Policy' : 'Standard'} for ${pick(AREAS)} (${pick(REGIONS)})`,
      category: random() < 0.6 ? 'Information security' : 'Information technology',
      status,
      version: `${int(0, 5)}.${int(0, 9)}`,
      approverRoleId: random() < 0.95 ? `role-${pad(int(0, seniors - 1))}` : null,
      reviewIntervalMonths: random() < 0.9 ? pick([6, 12, 12, 12, 24]) : null,
      // Within three years before mid-2026: never in the future, which Charter refuses.
      lastReviewedOn: reviewed ? new Date(REVIEWED_BY - int(0, 3 * 365) * DAY).toISOString().slice(0, 10) : null,
      documentUrl: random() < 0.7 ? `https://intranet.example.com/policies/${pad(i)}` : '',
      assetIds: [...governed],
    });
  }

  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    name: `Generated organization (${total} roles, seed ${seed})`,
    roles,
    people,
    holders,
    reportingLines,
    responsibilityAreas,
    policies,
    assets,
    assignments: generateAssignments(
      random,
      total,
      policies,
      assets,
      responsibilityAreas,
      assignments ?? Math.min(total * 10, LIMITS.documentItems),
    ),
  };
}

/**
 * RACI assignments spread round-robin over every subject: the first for a
 * subject is usually its Accountable owner (about 3% of subjects have
 * none and 1% have two, so governance rules have something to find), the
 * next two Responsible, the rest Consulted or Informed. One letter per
 * (subject, role).
 */
function generateAssignments(
  random: () => number,
  roleCount: number,
  policies: readonly Policy[],
  assets: readonly Asset[],
  areas: readonly ResponsibilityArea[],
  wanted: number,
): Assignment[] {
  const subjects: { type: SubjectType; id: string }[] = [
    ...policies.map((p) => ({ type: 'policy' as const, id: p.id })),
    ...assets.map((a) => ({ type: 'asset' as const, id: a.id })),
    ...areas.map((a) => ({ type: 'responsibility' as const, id: a.id })),
  ];
  const count = Math.min(Math.max(0, Math.floor(wanted)), subjects.length * roleCount);
  const used = new Set<string>();
  const out: Assignment[] = [];
  const ownerless = new Set<number>();
  const doubleOwned = new Set<number>();
  subjects.forEach((_, s) => {
    const r = random();
    if (r < 0.03) ownerless.add(s);
    else if (r < 0.04) doubleOwned.add(s);
  });
  for (let k = 0; k < count; k++) {
    const s = k % subjects.length;
    const position = Math.floor(k / subjects.length);
    const subject = subjects[s] as { type: SubjectType; id: string };
    let letter: RaciLetter;
    if (position === 0) letter = ownerless.has(s) ? 'R' : 'A';
    else if (position === 1 && doubleOwned.has(s)) letter = 'A';
    else if (position < 3) letter = 'R';
    else letter = random() < 0.5 ? 'C' : 'I';
    let role = Math.floor(random() * roleCount);
    while (used.has(`${s}:${role}`)) role = (role + 1) % roleCount;
    used.add(`${s}:${role}`);
    out.push({ subjectType: subject.type, subjectId: subject.id, roleId: `role-${pad(role)}`, letter });
  }
  return out;
}

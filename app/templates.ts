/**
 * Templates for new models. `seed` is the organization of
 * shared/seed/ciso-vs-cio.txt: a CEO, a CIO (software development,
 * information systems management, information security) and a CISO
 * (security policy, protecting software, applications, network, servers
 * and databases from cyber threats, making sure employees and software
 * development follow the policy). Both the CIO and the CISO are named
 * Accountable for information security: the article's overlap, kept on
 * purpose so that the model shows it. The CEO approves the policies, so
 * that no policy owner approves their own policy.
 */
import type { CharterDocument } from './document';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, emptyDocument } from './document';
import type { Assignment, RaciLetter, SubjectType } from './model';

export const TEMPLATES = ['seed', 'empty'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

/** `YYYY-MM-DD` minus `months` months (day clamped to 28 to stay valid). */
function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
}

function raci(subjectType: SubjectType, subjectId: string, letters: Record<string, RaciLetter>): Assignment[] {
  return Object.entries(letters).map(([roleId, letter]) => ({ subjectType, subjectId, roleId, letter }));
}

/** The seed organization, with review dates relative to `today` (`YYYY-MM-DD`). */
export function seedDocument(today: string): CharterDocument {
  const ago = (months: number) => monthsBefore(today, months);
  const allAssets = ['asset-erp-suite', 'asset-customer-portal', 'asset-corporate-network', 'asset-server-fleet', 'asset-customer-db'];
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    name: 'Example organization (CISO vs CIO)',
    roles: [
      { id: 'role-ceo', title: 'Chief Executive Officer', shortName: 'CEO', function: 'Executive', description: 'Leads the organization. Works closely with the CIO to identify, analyze and resolve problems of technology, operations and strategy.' },
      { id: 'role-cio', title: 'Chief Information Officer', shortName: 'CIO', function: 'Information Technology', description: 'Responsible for software development, information systems management and information security; makes sure employees know how to use technology properly.' },
      { id: 'role-ciso', title: 'Chief Information Security Officer', shortName: 'CISO', function: 'Information Security', description: 'Heads the security team. Writes the information security policy, protects software, applications, network, servers and databases from cyber threats, and makes sure employees and software development follow the policy.' },
      { id: 'role-head-dev', title: 'Head of Software Development', shortName: 'HoSD', function: 'Information Technology', description: 'Runs software development within the framework of the security policies.' },
      { id: 'role-is-manager', title: 'Information Systems Manager', shortName: 'ISM', function: 'Information Technology', description: 'Manages the information systems: servers, network and databases.' },
      { id: 'role-secops', title: 'Security Operations Lead', shortName: 'SecOps', function: 'Information Security', description: 'Detects and responds to cyber threats against the technology assets.' },
      { id: 'role-awareness', title: 'Security Awareness Manager', shortName: 'SAM', function: 'Information Security', description: 'Makes sure employees know and follow the security policy.' },
    ],
    people: [
      { id: 'person-morgan', name: 'Alex Morgan', email: 'alex.morgan@example.com', externalId: 'E1001' },
      { id: 'person-raman', name: 'Priya Raman', email: 'priya.raman@example.com', externalId: 'E1002' },
      { id: 'person-okafor', name: 'Daniel Okafor', email: 'daniel.okafor@example.com', externalId: 'E1003' },
      { id: 'person-lindqvist', name: 'Sara Lindqvist', email: 'sara.lindqvist@example.com', externalId: 'E1004' },
      { id: 'person-chen', name: 'Wei Chen', email: 'wei.chen@example.com', externalId: 'E1005' },
    ],
    holders: [
      { roleId: 'role-ceo', personId: 'person-morgan', acting: false },
      { roleId: 'role-cio', personId: 'person-raman', acting: false },
      { roleId: 'role-ciso', personId: 'person-okafor', acting: false },
      { roleId: 'role-head-dev', personId: 'person-lindqvist', acting: false },
      { roleId: 'role-is-manager', personId: 'person-chen', acting: true },
    ],
    reportingLines: [
      { roleId: 'role-cio', managerRoleId: 'role-ceo', kind: 'solid' },
      { roleId: 'role-ciso', managerRoleId: 'role-ceo', kind: 'solid' },
      { roleId: 'role-head-dev', managerRoleId: 'role-cio', kind: 'solid' },
      { roleId: 'role-is-manager', managerRoleId: 'role-cio', kind: 'solid' },
      { roleId: 'role-secops', managerRoleId: 'role-ciso', kind: 'solid' },
      { roleId: 'role-awareness', managerRoleId: 'role-ciso', kind: 'solid' },
      // Software development must follow the CISO's security framework.
      { roleId: 'role-head-dev', managerRoleId: 'role-ciso', kind: 'dotted' },
    ],
    responsibilityAreas: [
      { id: 'area-security-policy', name: 'Information security policy', description: 'Writing and maintaining the organization\'s information security policy.' },
      { id: 'area-information-security', name: 'Information security', description: 'Keeping the organization safe from cyber threats so that no confidential information leaks to third parties. The article names both the CIO and the CISO.' },
      { id: 'area-software-development', name: 'Software development', description: 'Building software, within the framework of the security policies.' },
      { id: 'area-is-management', name: 'Information systems management', description: 'Running the computer systems, software, applications, network, servers and databases.' },
      { id: 'area-asset-protection', name: 'Protection of technology assets from cyber threats', description: 'Protecting software, applications, network, servers and databases.' },
      { id: 'area-security-awareness', name: 'Security awareness', description: 'Making sure employees follow the security policy and use technology properly.' },
      { id: 'area-technology-strategy', name: 'Technology, operations and strategy problems', description: 'Identifying, analyzing and resolving technology problems with the CEO.' },
    ],
    policies: [
      { id: 'policy-isp', code: 'ISP-001', title: 'Information Security Policy', category: 'Information security', status: 'approved', version: '3.1', approverRoleId: 'role-ceo', reviewIntervalMonths: 12, lastReviewedOn: ago(4), documentUrl: '', assetIds: allAssets },
      { id: 'policy-sdlc', code: 'ISP-002', title: 'Secure Software Development Standard', category: 'Information security', status: 'approved', version: '2.0', approverRoleId: 'role-ceo', reviewIntervalMonths: 12, lastReviewedOn: ago(7), documentUrl: '', assetIds: ['asset-erp-suite', 'asset-customer-portal'] },
      { id: 'policy-network', code: 'ISP-003', title: 'Network and Server Security Standard', category: 'Information security', status: 'approved', version: '1.4', approverRoleId: 'role-ceo', reviewIntervalMonths: 12, lastReviewedOn: ago(2), documentUrl: '', assetIds: ['asset-corporate-network', 'asset-server-fleet'] },
      { id: 'policy-data', code: 'ISP-004', title: 'Database Security and Data Protection Standard', category: 'Information security', status: 'in_review', version: '1.1', approverRoleId: 'role-ceo', reviewIntervalMonths: 12, lastReviewedOn: ago(10), documentUrl: '', assetIds: ['asset-customer-db'] },
      { id: 'policy-acceptable-use', code: 'IT-001', title: 'Acceptable Use of Technology Policy', category: 'Information technology', status: 'approved', version: '2.2', approverRoleId: 'role-ceo', reviewIntervalMonths: 24, lastReviewedOn: ago(9), documentUrl: '', assetIds: [] },
      { id: 'policy-is-management', code: 'IT-002', title: 'Information Systems Management Policy', category: 'Information technology', status: 'draft', version: '0.3', approverRoleId: null, reviewIntervalMonths: 12, lastReviewedOn: null, documentUrl: '', assetIds: ['asset-server-fleet', 'asset-customer-db'] },
    ],
    assets: [
      { id: 'asset-erp-suite', name: 'ERP software suite', type: 'software', criticality: 'high', classification: 'confidential', description: 'Finance, procurement and payroll software.' },
      { id: 'asset-customer-portal', name: 'Customer portal', type: 'application', criticality: 'critical', classification: 'confidential', description: 'The web application customers sign in to.' },
      { id: 'asset-corporate-network', name: 'Corporate network', type: 'network', criticality: 'critical', classification: 'internal', description: 'Offices, VPN and data-centre links.' },
      { id: 'asset-server-fleet', name: 'Production server fleet', type: 'server', criticality: 'high', classification: 'confidential', description: 'Servers that run the production applications.' },
      { id: 'asset-customer-db', name: 'Customer database', type: 'database', criticality: 'critical', classification: 'restricted', description: 'Customer records and contracts.' },
    ],
    assignments: [
      ...raci('responsibility', 'area-security-policy', { 'role-ciso': 'A', 'role-awareness': 'R', 'role-cio': 'C', 'role-ceo': 'I' }),
      // The overlap: the article makes both the CIO and the CISO answerable.
      ...raci('responsibility', 'area-information-security', { 'role-ciso': 'A', 'role-cio': 'A', 'role-secops': 'R', 'role-ceo': 'I' }),
      ...raci('responsibility', 'area-software-development', { 'role-cio': 'A', 'role-head-dev': 'R', 'role-ciso': 'C' }),
      ...raci('responsibility', 'area-is-management', { 'role-cio': 'A', 'role-is-manager': 'R', 'role-ciso': 'C' }),
      ...raci('responsibility', 'area-asset-protection', { 'role-ciso': 'A', 'role-secops': 'R', 'role-is-manager': 'C', 'role-cio': 'I' }),
      ...raci('responsibility', 'area-security-awareness', { 'role-ciso': 'A', 'role-awareness': 'R', 'role-cio': 'C' }),
      ...raci('responsibility', 'area-technology-strategy', { 'role-cio': 'A', 'role-ceo': 'C', 'role-ciso': 'C' }),
      ...raci('policy', 'policy-isp', { 'role-ciso': 'A', 'role-awareness': 'R', 'role-cio': 'C', 'role-ceo': 'I' }),
      ...raci('policy', 'policy-sdlc', { 'role-ciso': 'A', 'role-head-dev': 'R', 'role-cio': 'C' }),
      ...raci('policy', 'policy-network', { 'role-ciso': 'A', 'role-secops': 'R', 'role-is-manager': 'C' }),
      ...raci('policy', 'policy-data', { 'role-ciso': 'A', 'role-is-manager': 'R', 'role-cio': 'C' }),
      ...raci('policy', 'policy-acceptable-use', { 'role-cio': 'A', 'role-is-manager': 'R', 'role-ciso': 'C', 'role-ceo': 'I' }),
      ...raci('policy', 'policy-is-management', { 'role-cio': 'A', 'role-is-manager': 'R', 'role-ciso': 'C' }),
      ...raci('asset', 'asset-erp-suite', { 'role-cio': 'A', 'role-is-manager': 'R', 'role-ciso': 'C' }),
      ...raci('asset', 'asset-customer-portal', { 'role-cio': 'A', 'role-head-dev': 'R', 'role-ciso': 'C' }),
      ...raci('asset', 'asset-corporate-network', { 'role-cio': 'A', 'role-is-manager': 'R', 'role-secops': 'C', 'role-ciso': 'I' }),
      ...raci('asset', 'asset-server-fleet', { 'role-cio': 'A', 'role-is-manager': 'R', 'role-secops': 'C' }),
      ...raci('asset', 'asset-customer-db', { 'role-cio': 'A', 'role-is-manager': 'R', 'role-ciso': 'C' }),
    ],
    // Every governance rule at its defaults, as a new model's export says.
    governance: {},
  };
}

/** The document a new model starts from. */
export function templateDocument(template: TemplateName, today: string): CharterDocument {
  return template === 'seed' ? seedDocument(today) : emptyDocument();
}

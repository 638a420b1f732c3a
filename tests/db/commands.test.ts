import { describe, expect, it } from 'vitest';
import type { Name } from '../../app/contract';
import { NAMES, invoke, isCommand } from '../../app/contract';
import { emptyDocument } from '../../app/document';
import { openModel } from '../../db';
import { call, failure, newModel, tempPath, track } from './helpers';

describe('roles', () => {
  it('creates a role under a manager with a readable id', () => {
    const m = newModel('seed');
    const { id } = call(m, 'role.create', {
      title: 'Chief Financial Officer',
      shortName: 'CFO',
      managerRoleId: 'role-ceo',
    });
    expect(id).toBe('role-cfo');
    expect(call(m, 'role.detail', { id: 'role-cfo' }).manager?.id).toBe('role-ceo');
    expect(call(m, 'role.create', { title: 'Another CFO', shortName: 'CFO' }).id).toBe('role-cfo-2');
  });

  it('updates only the fields given', () => {
    const m = newModel('seed');
    call(m, 'role.update', { id: 'role-ciso', title: 'Chief Security Officer' });
    const role = call(m, 'role.detail', { id: 'role-ciso' }).role;
    expect(role.title).toBe('Chief Security Officer');
    expect(role.shortName).toBe('CISO');
  });

  it('moves a role and names both roles in the audit summary', () => {
    const m = newModel('seed');
    const { eventId } = call(m, 'role.move', { id: 'role-ciso', managerRoleId: 'role-cio' });
    const [event] = call(m, 'history.list', { limit: 1 });
    expect(event?.id).toBe(eventId);
    expect(event?.summary).toBe('Moved "CISO" under "CIO"');
    expect(event?.before).toEqual({ roleId: 'role-ciso', managerRoleId: 'role-ceo' });
    expect(event?.after).toEqual({ roleId: 'role-ciso', managerRoleId: 'role-cio' });
  });

  it('makes a role top-level when moved under no one', () => {
    const m = newModel('seed');
    call(m, 'role.move', { id: 'role-ciso', managerRoleId: null });
    expect(call(m, 'role.detail', { id: 'role-ciso' }).manager).toBeNull();
    expect(call(m, 'model.summary', {}).roots).toBe(2);
  });

  it('deletes a role: reports move up, its lines, holders and letters go, its policies lose their approver', () => {
    const m = newModel('seed');
    call(m, 'policy.update', { id: 'policy-sdlc', approverRoleId: 'role-ciso' });
    call(m, 'role.delete', { id: 'role-ciso' });
    expect(call(m, 'history.list', { limit: 1 })[0]?.summary).toBe(
      'Deleted the role "CISO"; its 2 direct reports moved up to "CEO"',
    );
    const doc = call(m, 'model.export', {});
    expect(doc.roles.some((r) => r.id === 'role-ciso')).toBe(false);
    expect(doc.reportingLines).toContainEqual({
      roleId: 'role-secops',
      managerRoleId: 'role-ceo',
      kind: 'solid',
    });
    expect(doc.reportingLines).toContainEqual({
      roleId: 'role-awareness',
      managerRoleId: 'role-ceo',
      kind: 'solid',
    });
    expect(doc.reportingLines.some((l) => l.roleId === 'role-ciso' || l.managerRoleId === 'role-ciso')).toBe(
      false,
    );
    expect(doc.holders.some((h) => h.roleId === 'role-ciso')).toBe(false);
    expect(doc.assignments.some((a) => a.roleId === 'role-ciso')).toBe(false);
    expect(doc.policies.find((p) => p.id === 'policy-sdlc')?.approverRoleId).toBeNull();
    expect(doc.people.some((p) => p.id === 'person-okafor')).toBe(true);
  });

  it('turns the reports of a deleted top-level role into top-level roles', () => {
    const m = newModel('seed');
    call(m, 'role.delete', { id: 'role-ceo' });
    expect(call(m, 'model.summary', {}).roots).toBe(2);
  });

  it('names the kind and the id of an unknown role', () => {
    const m = newModel('seed');
    const error = failure(m, 'role.move', { id: 'role-nobody', managerRoleId: 'role-ceo' });
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('There is no role with the id "role-nobody".');
  });
});

describe('reporting lines', () => {
  it('adds and removes a dotted line', () => {
    const m = newModel('seed');
    call(m, 'line.add', { roleId: 'role-ciso', managerRoleId: 'role-cio', kind: 'dotted' });
    expect(call(m, 'role.detail', { id: 'role-ciso' }).dottedManagers.map((r) => r.id)).toEqual(['role-cio']);
    call(m, 'line.remove', { roleId: 'role-ciso', managerRoleId: 'role-cio', kind: 'dotted' });
    expect(call(m, 'role.detail', { id: 'role-ciso' }).dottedManagers).toEqual([]);
  });

  it('refuses a duplicate dotted line', () => {
    const m = newModel('seed');
    const error = failure(m, 'line.add', {
      roleId: 'role-head-dev',
      managerRoleId: 'role-ciso',
      kind: 'dotted',
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('There is already a dotted line from "HoSD" to "CISO".');
  });

  it('refuses a line from a role to itself', () => {
    const m = newModel('seed');
    for (const kind of ['solid', 'dotted'] as const) {
      const error = failure(m, 'line.add', { roleId: 'role-cio', managerRoleId: 'role-cio', kind });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe('"CIO" cannot report to itself.');
    }
  });

  it('refuses a second solid line and says to move the role instead', () => {
    const m = newModel('seed');
    const error = failure(m, 'line.add', { roleId: 'role-ciso', managerRoleId: 'role-cio', kind: 'solid' });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('already reports to "CEO"');
    expect(error.message).toContain('move it instead');
  });

  it('says which line is missing when removing one that does not exist', () => {
    const m = newModel('seed');
    const error = failure(m, 'line.remove', {
      roleId: 'role-ciso',
      managerRoleId: 'role-cio',
      kind: 'solid',
    });
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('There is no solid line from "CISO" to "CIO".');
  });
});

describe('people and holders', () => {
  it('sets, changes and removes a holder', () => {
    const m = newModel('seed');
    const { id } = call(m, 'person.create', { name: 'Jo Bloggs' });
    expect(id).toBe('person-jo-bloggs');
    call(m, 'holder.set', { roleId: 'role-secops', personId: 'person-jo-bloggs' });
    call(m, 'holder.set', { roleId: 'role-secops', personId: 'person-jo-bloggs', acting: true });
    expect(call(m, 'role.detail', { id: 'role-secops' }).holders).toEqual([
      { personId: 'person-jo-bloggs', name: 'Jo Bloggs', acting: true },
    ]);
    call(m, 'holder.remove', { roleId: 'role-secops', personId: 'person-jo-bloggs' });
    expect(call(m, 'role.detail', { id: 'role-secops' }).holders).toEqual([]);
  });

  it('deletes a person together with the roles they held', () => {
    const m = newModel('seed');
    const vacantBefore = call(m, 'model.summary', {}).vacantRoles;
    call(m, 'person.delete', { id: 'person-okafor' });
    expect(call(m, 'people.list', {}).some((p) => p.id === 'person-okafor')).toBe(false);
    expect(call(m, 'model.summary', {}).vacantRoles).toBe(vacantBefore + 1);
  });
});

describe('policies and assets', () => {
  it('refuses to approve a policy without an approver', () => {
    const m = newModel('seed');
    const error = failure(m, 'policy.update', { id: 'policy-is-management', status: 'approved' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('without an approver');
    expect(failure(m, 'policy.create', { title: 'Backup Policy', status: 'approved' }).code).toBe(
      'invalid_input',
    );
    call(m, 'policy.update', { id: 'policy-is-management', status: 'approved', approverRoleId: 'role-cio' });
    expect(call(m, 'policies.list', {}).find((p) => p.id === 'policy-is-management')?.status).toBe(
      'approved',
    );
  });

  it('creates a policy with its assets and sets them again', () => {
    const m = newModel('seed');
    const { id } = call(m, 'policy.create', {
      code: 'ISP-010',
      title: 'Backup Policy',
      assetIds: ['asset-customer-db'],
    });
    expect(id).toBe('policy-isp-010');
    call(m, 'policy.setAssets', {
      id: 'policy-isp-010',
      assetIds: ['asset-server-fleet', 'asset-customer-db'],
    });
    expect(call(m, 'policies.list', {}).find((p) => p.id === id)?.assetIds).toEqual([
      'asset-customer-db',
      'asset-server-fleet',
    ]);
    expect(failure(m, 'policy.setAssets', { id, assetIds: ['asset-missing'] }).message).toBe(
      'There is no asset with the id "asset-missing".',
    );
  });

  it('reports the next review date and whether it is overdue', () => {
    const m = newModel('seed');
    call(m, 'policy.update', { id: 'policy-isp', lastReviewedOn: '2020-01-31', reviewIntervalMonths: 1 });
    const isp = call(m, 'policies.list', {}).find((p) => p.id === 'policy-isp');
    expect(isp?.nextReviewDue).toBe('2020-02-29');
    expect(isp?.overdue).toBe(true);
  });

  it('deletes an asset with its policy links and letters', () => {
    const m = newModel('seed');
    call(m, 'asset.delete', { id: 'asset-customer-db' });
    const doc = call(m, 'model.export', {});
    expect(doc.policies.some((p) => p.assetIds.includes('asset-customer-db'))).toBe(false);
    expect(doc.assignments.some((a) => a.subjectId === 'asset-customer-db')).toBe(false);
  });

  it('deletes a policy and a responsibility area with their letters', () => {
    const m = newModel('seed');
    call(m, 'policy.delete', { id: 'policy-isp' });
    call(m, 'area.delete', { id: 'area-information-security' });
    const doc = call(m, 'model.export', {});
    expect(
      doc.assignments.some(
        (a) => a.subjectId === 'policy-isp' || a.subjectId === 'area-information-security',
      ),
    ).toBe(false);
  });

  it('accepts a user-defined asset type', () => {
    const m = newModel('empty');
    const { id } = call(m, 'asset.create', { name: 'Badge readers', type: 'Physical Access' });
    expect(call(m, 'assets.list', {}).find((a) => a.id === id)?.type).toBe('physical access');
  });
});

describe('RACI letters', () => {
  it('sets, changes and clears a letter', () => {
    const m = newModel('seed');
    const key = { subjectType: 'asset', subjectId: 'asset-customer-db', roleId: 'role-secops' } as const;
    call(m, 'raci.set', { ...key, letter: 'C' });
    call(m, 'raci.set', { ...key, letter: 'I' });
    const find = () =>
      call(m, 'assignments.list', {}).filter((a) => a.subjectId === key.subjectId && a.roleId === key.roleId);
    expect(find()).toEqual([{ ...key, letter: 'I' }]);
    expect(call(m, 'history.list', { limit: 1 })[0]?.summary).toBe(
      'Made "SecOps" Informed for "Customer database"',
    );
    call(m, 'raci.set', { ...key, letter: null });
    expect(find()).toEqual([]);
  });

  it('refuses a letter for a subject that does not exist', () => {
    const m = newModel('seed');
    const error = failure(m, 'raci.set', {
      subjectType: 'policy',
      subjectId: 'asset-customer-db',
      roleId: 'role-ciso',
      letter: 'A',
    });
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('There is no policy with the id "asset-customer-db".');
  });
});

describe('every command', () => {
  it('writes exactly one audit event with the time, the actor and the command', () => {
    const m = newModel('seed');
    const before = call(m, 'model.info', {}).revision;
    const { eventId } = call(m, 'model.rename', { name: 'Acme Corp' });
    expect(eventId).toBe(before + 1);
    const [event] = call(m, 'history.list', { limit: 5 });
    expect(event).toMatchObject({
      id: eventId,
      actor: 'tester',
      command: 'model.rename',
      entityType: 'model',
      reverts: null,
    });
    expect(event?.summary).toBe('Renamed the model from "Example organization (CISO vs CIO)" to "Acme Corp"');
    expect(event?.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('changes nothing and logs nothing when it fails', () => {
    const m = newModel('seed');
    const doc = call(m, 'model.export', {});
    const info = call(m, 'model.info', {});
    expect(failure(m, 'role.create', { title: 'Orphan', managerRoleId: 'role-nobody' }).code).toBe(
      'not_found',
    );
    // policy.create inserts the policy, then fails on its third asset: the insert must be rolled back.
    expect(
      failure(m, 'policy.create', {
        title: 'Half',
        assetIds: ['asset-erp-suite', 'asset-customer-db', 'asset-missing'],
      }).code,
    ).toBe('not_found');
    expect(failure(m, 'role.move', { id: 'role-ceo', managerRoleId: 'role-secops' }).code).toBe('cycle');
    expect(call(m, 'model.export', {})).toEqual(doc);
    expect(call(m, 'model.info', {})).toEqual(info);
  });
});

describe('the handlers', () => {
  it('answer every query of the contract on a new model', () => {
    const m = newModel('seed');
    for (const name of NAMES.filter((n) => !isCommand(n))) {
      const inputs: Partial<Record<Name, unknown>> = {
        'role.detail': { id: 'role-ceo' },
        'role.rollup': { id: 'role-ceo' },
        'import.preview': {
          source: 'hr.csv',
          table: { headers: ['Employee ID', 'Name', 'Title'], rows: [['E1', 'Ana', 'CDO']], rowNumbers: [2], rowNoun: 'row' },
        },
      };
      const reply = invoke(m.handlers, name, inputs[name] ?? {});
      expect(reply.ok, name).toBe(true);
    }
  });

  it('log a command that changes nothing, but leave nothing to undo', () => {
    const m = newModel('seed');
    call(m, 'role.update', { id: 'role-cio', shortName: 'CIO' });
    expect(call(m, 'history.list', { limit: 1 })[0]?.summary).toBe('Updated the role "CIO" (no change)');
    expect(call(m, 'model.info', {}).undo).toBeNull();
  });
});

describe('two connections to one file', () => {
  it('see each other’s changes and share the undo history', () => {
    const file = tempPath();
    const first = newModel('seed', file);
    const second = track(openModel(file));
    call(first, 'role.move', { id: 'role-ciso', managerRoleId: 'role-cio' });
    expect(call(second, 'role.detail', { id: 'role-ciso' }).manager?.id).toBe('role-cio');
    call(second, 'history.undo', {});
    expect(call(first, 'role.detail', { id: 'role-ciso' }).manager?.id).toBe('role-ceo');
  });
});

describe('the audit log', () => {
  const steps: [Name, unknown][] = [
    ['model.rename', { name: 'Acme' }],
    ['role.create', { title: 'Chief Risk Officer', shortName: 'CRO', managerRoleId: 'role-ceo' }],
    ['role.update', { id: 'role-cro', description: 'Owns enterprise risk.' }],
    ['role.move', { id: 'role-cro', managerRoleId: 'role-cio' }],
    ['line.add', { roleId: 'role-cro', managerRoleId: 'role-ciso', kind: 'dotted' }],
    ['line.remove', { roleId: 'role-cro', managerRoleId: 'role-ciso', kind: 'dotted' }],
    ['person.create', { name: 'Jo Bloggs' }],
    ['person.update', { id: 'person-jo-bloggs', email: 'jo@example.com' }],
    ['holder.set', { roleId: 'role-cro', personId: 'person-jo-bloggs' }],
    ['holder.remove', { roleId: 'role-cro', personId: 'person-jo-bloggs' }],
    ['area.create', { name: 'Risk management' }],
    ['area.update', { id: 'area-risk-management', description: 'Enterprise risk.' }],
    ['asset.create', { name: 'Risk register', type: 'application' }],
    ['asset.update', { id: 'asset-risk-register', criticality: 'high' }],
    ['policy.create', { code: 'RM-001', title: 'Risk Policy' }],
    ['policy.update', { id: 'policy-rm-001', approverRoleId: 'role-ceo', status: 'approved' }],
    ['policy.setAssets', { id: 'policy-rm-001', assetIds: ['asset-risk-register'] }],
    [
      'raci.set',
      { subjectType: 'responsibility', subjectId: 'area-risk-management', roleId: 'role-cro', letter: 'A' },
    ],
    [
      'model.import',
      {
        document: { ...emptyDocument(), people: [{ id: 'person-x', name: 'X', email: '', externalId: '' }] },
      },
    ],
    ['governance.update', { rules: { 'overload.accountable': { params: { max: 3 } } } }],
    [
      'import.apply',
      {
        source: 'hr.csv',
        table: {
          headers: ['Employee ID', 'Name', 'Title', 'Manager ID'],
          rows: [['E9001', 'Ana Lima', 'Chief Data Officer', '']],
          rowNumbers: [2],
          rowNoun: 'row',
        },
      },
    ],
    ['asset.create', { name: 'Scratch server', type: 'server' }],
    ['registers.deleteMany', { kind: 'asset', ids: ['asset-scratch-server'] }],
    ['policy.delete', { id: 'policy-rm-001' }],
    ['asset.delete', { id: 'asset-risk-register' }],
    ['area.delete', { id: 'area-risk-management' }],
    ['person.delete', { id: 'person-jo-bloggs' }],
    ['role.delete', { id: 'role-cro' }],
    ['history.undo', {}],
    ['history.redo', {}],
  ];

  it('covers every command of the contract in this test', () => {
    expect(new Set(steps.map(([name]) => name))).toEqual(new Set(NAMES.filter(isCommand)));
  });

  it('gets exactly one event from every command, naming the command', () => {
    const m = newModel('seed');
    for (const [name, input] of steps) {
      const revision = call(m, 'model.info', {}).revision;
      const reply = invoke(m.handlers, name, input);
      expect(reply, name).toMatchObject({ ok: true, result: { eventId: revision + 1 } });
      const [event] = call(m, 'history.list', { limit: 1 });
      expect(event?.command).toBe(name);
      expect(event?.summary.length).toBeGreaterThan(0);
      expect(call(m, 'model.info', {}).revision).toBe(revision + 1);
    }
  });
});

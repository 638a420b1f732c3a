import { describe, expect, it } from 'vitest';
import { contract, invoke, isName, NAMES, parseInput, type Handlers } from '../../app/contract';
import { CharterError } from '../../app/errors';

describe('the API contract', () => {
  it('knows every operation by name and nothing else', () => {
    expect(isName('role.create')).toBe(true);
    expect(isName('constructor')).toBe(false);
    expect(isName('__proto__')).toBe(false);
    expect(NAMES.length).toBe(Object.keys(contract).length);
  });

  it('fills defaults and trims text', () => {
    expect(parseInput('role.create', { title: '  Chief Risk Officer ' })).toEqual({
      title: 'Chief Risk Officer',
      shortName: '',
      function: '',
      description: '',
      managerRoleId: null,
    });
  });

  it('refuses unknown fields and names them', () => {
    expect(() => parseInput('role.update', { id: 'r1', admin: true })).toThrow(/unexpected field "admin"/);
  });

  it('refuses an empty title and names the field', () => {
    expect(() => parseInput('role.create', { title: '   ' })).toThrow(/title must not be empty/);
  });

  it('refuses an id with characters outside the id alphabet', () => {
    expect(() => parseInput('role.detail', { id: '../../etc' })).toThrow(CharterError);
  });

  it('refuses a policy link that is not http(s)', () => {
    expect(() => parseInput('policy.update', { id: 'p1', documentUrl: 'javascript:alert(1)' })).toThrow(/documentUrl/);
  });

  it('wraps handler results and errors in a reply', () => {
    const handlers = {
      'model.summary': () => {
        throw new CharterError('not_found', 'No such model.');
      },
      'role.detail': (input: { id: string }) => ({ id: input.id }),
    } as unknown as Handlers;
    expect(invoke(handlers, 'role.detail', { id: 'r1' })).toEqual({ ok: true, result: { id: 'r1' } });
    expect(invoke(handlers, 'model.summary', {})).toEqual({ ok: false, error: { code: 'not_found', message: 'No such model.' } });
    expect(invoke(handlers, 'nope', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(invoke(handlers, 'role.detail', { id: 7 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

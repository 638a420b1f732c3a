import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createModel } from '../../db';
import { openStartupModel } from '../../main/electron/open-model';
import { parseState, readState, STATE_FILE, writeState } from '../../main/electron/state';
import { tempDir } from '../support/cli';

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

function userData(): string {
  const temp = tempDir('charter-userdata-');
  cleanup.push(temp.remove);
  return temp.dir;
}

describe('the state file', () => {
  it('round-trips the last model', () => {
    const dir = userData();
    writeState(path.join(dir, STATE_FILE), { lastModel: '/tmp/org.charter' });
    expect(readState(path.join(dir, STATE_FILE))).toEqual({ lastModel: '/tmp/org.charter' });
  });

  it('forgets a damaged or hostile state instead of failing', () => {
    expect(parseState('not json')).toEqual({ lastModel: null });
    expect(parseState('{"lastModel": 42}')).toEqual({ lastModel: null });
    expect(parseState('{"__proto__": {"lastModel": "/x"}}')).toEqual({ lastModel: null });
    expect(parseState('['.repeat(5000))).toEqual({ lastModel: null });
    expect(readState('/nonexistent/state.json')).toEqual({ lastModel: null });
  });
});

describe('the model opened at start-up', () => {
  it('is a new seed model in userData the first time, and the same one the next time', () => {
    const dir = userData();
    const first = openStartupModel(dir, { actor: 'test' }, () => {});
    const firstPath = first.path;
    const roles = first.handlers['model.summary']({}).roles;
    first.close();
    expect(firstPath).toBe(path.join(dir, 'Default.charter'));
    expect(roles).toBeGreaterThanOrEqual(3);
    expect(readState(path.join(dir, STATE_FILE)).lastModel).toBe(firstPath);
    const second = openStartupModel(dir, { actor: 'test' }, () => {});
    cleanup.push(() => second.close());
    expect(second.path).toBe(firstPath);
  });

  it('is the last model opened when it still exists', () => {
    const dir = userData();
    const other = path.join(dir, 'Other.charter');
    createModel(other, { template: 'empty', actor: 'test' }).close();
    writeState(path.join(dir, STATE_FILE), { lastModel: other });
    const handle = openStartupModel(dir, { actor: 'test' }, () => {});
    cleanup.push(() => handle.close());
    expect(handle.path).toBe(other);
  });

  it('falls back to the default model, with a warning, when the last one cannot be opened', () => {
    const dir = userData();
    const broken = path.join(dir, 'Broken.charter');
    writeFileSync(
      broken,
      'this is not a SQLite file, just text that is long enough to be read as a header...',
    );
    writeState(path.join(dir, STATE_FILE), { lastModel: broken });
    const warnings: string[] = [];
    const handle = openStartupModel(dir, { actor: 'test' }, (m) => warnings.push(m));
    cleanup.push(() => handle.close());
    expect(handle.path).toBe(path.join(dir, 'Default.charter'));
    expect(warnings[0]).toContain('Broken.charter');
    expect(existsSync(broken)).toBe(true);
  });
});

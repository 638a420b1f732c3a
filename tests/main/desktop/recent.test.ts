import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRecent,
  cleanRecent,
  MAX_RECENT,
  parseRecent,
  readRecent,
  removeRecent,
  writeRecent,
} from '../../../main/electron/recent';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charter-recent-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('recent documents', () => {
  it('puts the latest first and never lists a file twice', () => {
    let list: string[] = [];
    for (const f of ['/m/a.charter', '/m/b.charter', '/m/a.charter']) list = addRecent(list, f, 'linux');
    expect(list).toEqual(['/m/a.charter', '/m/b.charter']);
  });

  it('treats paths differing only in case as one file on Windows and macOS, not on Linux', () => {
    expect(addRecent(['/m/Acme.charter'], '/m/acme.charter', 'darwin')).toEqual(['/m/acme.charter']);
    expect(addRecent(['/m/Acme.charter'], '/m/acme.charter', 'linux')).toEqual([
      '/m/acme.charter',
      '/m/Acme.charter',
    ]);
  });

  it('keeps at most ten, most recent first, without duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'abcdefghijklmnop'.split('')), { maxLength: 60 }), (names) => {
        let list: string[] = [];
        for (const n of names) list = addRecent(list, `/m/${n}.charter`, 'linux');
        expect(list.length).toBeLessThanOrEqual(MAX_RECENT);
        expect(new Set(list).size).toBe(list.length);
        if (names.length > 0) expect(list[0]).toBe(`/m/${names[names.length - 1]}.charter`);
      }),
    );
  });

  it('drops files that no longer exist, and a file that failed to open', () => {
    const list = ['/m/a.charter', '/m/gone.charter', '/m/b.charter', '/m/a.charter'];
    expect(cleanRecent(list, (f) => !f.includes('gone'), 'linux')).toEqual(['/m/a.charter', '/m/b.charter']);
    expect(removeRecent(list, '/m/a.charter', 'linux')).toEqual(['/m/gone.charter', '/m/b.charter']);
  });

  it('survives a round trip through its file, and a damaged file gives an empty list', () => {
    const existing = path.join(dir, 'Acme.charter');
    fs.writeFileSync(existing, '');
    const file = path.join(dir, 'recent.json');
    writeRecent(file, [existing, path.join(dir, 'Missing.charter')]);
    expect(readRecent(file)).toEqual([existing]);
    fs.writeFileSync(file, '{"files": [1, "relative.charter"');
    expect(readRecent(file)).toEqual([]);
    expect(parseRecent('{"files": [1, "relative.charter", "/abs.charter"]}')).toEqual(['/abs.charter']);
    expect(readRecent(path.join(dir, 'none.json'))).toEqual([]);
  });
});

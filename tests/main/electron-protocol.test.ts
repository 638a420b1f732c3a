import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleAppRequest, resolveAppRequest } from '../../main/electron/protocol';
import { tempDir } from '../support/cli';

let temp: ReturnType<typeof tempDir>;
let renderer: string;

beforeAll(() => {
  temp = tempDir();
  renderer = path.join(temp.dir, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Charter</title>');
  writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(path.join(temp.dir, 'secret.txt'), 'SECRET');
});
afterAll(() => temp.remove());

describe('the app:// protocol', () => {
  it('serves index.html for the root with the CSP and nosniff', async () => {
    const res = await handleAppRequest(renderer, new Request('app://charter/'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Charter</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const res = await handleAppRequest(renderer, new Request('app://charter/assets/app.js'));
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://charter/..%2fsecret.txt',
    'app://charter/%2e%2e/secret.txt',
    'app://charter/assets/..%2F..%2Fsecret.txt',
    'app://other/index.html',
  ])('serves nothing outside the renderer for %s', async (url) => {
    const file = resolveAppRequest(renderer, url);
    if (file !== null) expect(file.startsWith(renderer + path.sep)).toBe(true);
    const res = await handleAppRequest(renderer, new Request(url));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('SECRET');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await handleAppRequest(
      renderer,
      new Request('app://charter/index.html', { method: 'POST', body: 'x' }),
    );
    expect(res.status).toBe(405);
  });
});

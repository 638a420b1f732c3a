import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelHandle } from '../../db';
import { createModel } from '../../db';
import { LIMITS } from '../../app/limits';
import type { RunningServer } from '../../main/server';
import { startServer } from '../../main/server';
import { tempDir } from '../support/cli';
import { rawRequest } from './http';

let temp: ReturnType<typeof tempDir>;
let model: ModelHandle;
let server: RunningServer;

beforeAll(async () => {
  temp = tempDir();
  // A stand-in for dist/renderer, with a secret beside it that must stay unreachable.
  const renderer = path.join(temp.dir, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Charter</title>');
  writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(path.join(renderer, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(temp.dir, 'secret.txt'), 'SECRET');
  model = createModel(path.join(temp.dir, 'org.charter'), { template: 'seed', actor: 'test' });
  server = await startServer({ handle: model, rendererDir: renderer });
});

afterAll(async () => {
  await server?.close();
  model?.close();
  temp?.remove();
});

const api = (name: string, body: string | Buffer = '{}', headers: Record<string, string> = {}) =>
  rawRequest({
    port: server.port,
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'Content-Type': 'application/json', 'X-Charter-Token': server.token, ...headers },
    body,
  });

describe('the loopback server', () => {
  it('listens on 127.0.0.1 and prints a URL that carries the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(24);
  });

  it('answers a valid call with the reply of the contract', async () => {
    const res = await api('model.summary');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const reply = JSON.parse(res.body);
    expect(reply.ok).toBe(true);
    expect(reply.result.roles).toBeGreaterThanOrEqual(3);
  });

  it('runs a command, and the next query sees its change (no answer is served from before it)', async () => {
    const before = JSON.parse((await api('model.summary')).body).result.roles;
    const chart = (await api('model.chart')).body;
    expect((await api('model.chart')).body).toBe(chart);
    expect(chart).not.toContain('Chief Technology Officer');
    const created = JSON.parse(
      (
        await api(
          'role.create',
          JSON.stringify({ title: 'Chief Technology Officer', managerRoleId: 'role-ceo' }),
        )
      ).body,
    );
    expect(created).toMatchObject({ ok: true, result: { eventId: expect.any(Number) } });
    expect(JSON.parse((await api('model.summary')).body).result.roles).toBe(before + 1);
    expect(
      JSON.parse((await api('model.chart')).body).result.roles.map((r: { title: string }) => r.title),
    ).toContain('Chief Technology Officer');
  });

  it('refuses an API request without the token', async () => {
    const res = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/api/model.summary',
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses an API request with a wrong token of the same length', async () => {
    const wrong = server.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const res = await api('model.summary', '{}', { 'X-Charter-Token': wrong });
    expect(res.status).toBe(401);
  });

  it('refuses a foreign Host header, even with the token', async () => {
    const res = await api('model.summary', '{}', { Host: `evil.example:${server.port}` });
    expect(res.status).toBe(403);
    const page = await rawRequest({ port: server.port, path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('accepts localhost as a Host', async () => {
    const res = await api('model.summary', '{}', { Host: `localhost:${server.port}` });
    expect(res.status).toBe(200);
  });

  it('refuses a 20 MB body with 413 and a JSON error', async () => {
    const body = Buffer.alloc(20 * 1024 * 1024, 0x20);
    const res = await api('model.import', body);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toContain(String(LIMITS.requestBytes));
  });

  it('refuses a 20 MB body without the token before reading it', async () => {
    const res = await api('model.import', Buffer.alloc(20 * 1024 * 1024, 0x20), {
      'X-Charter-Token': 'nope',
    });
    expect(res.status).toBe(401);
    expect(res.headers.connection).toBe('close');
  });

  it('refuses an oversized body sent without a Content-Length', async () => {
    const res = await api('model.import', Buffer.alloc(LIMITS.requestBytes + 1024, 0x20), {
      'Transfer-Encoding': 'chunked',
    });
    expect(res.status).toBe(413);
  });

  it('names an unknown operation in its error', async () => {
    const res = await api('model.explode');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body).error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('model.explode'),
    });
  });

  it('explains a body that is not JSON', async () => {
    const res = await api('model.summary', '{"a":');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/not valid JSON/);
  });

  it('rejects an input the contract does not allow, naming the field', async () => {
    const res = await api('role.detail', JSON.stringify({ id: 42 }));
    const reply = JSON.parse(res.body);
    expect(reply.ok).toBe(false);
    expect(reply.error.message).toContain('id');
  });

  it('only takes POST on the API', async () => {
    const res = await rawRequest({
      port: server.port,
      path: '/api/model.summary',
      headers: { 'X-Charter-Token': server.token },
    });
    expect(res.status).toBe(405);
  });

  it('serves the renderer without the token, with a strict CSP and the right types', async () => {
    const page = await rawRequest({ port: server.port, path: `/?token=${server.token}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const script = await rawRequest({ port: server.port, path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const style = await rawRequest({ port: server.port, path: '/assets/app.css' });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
  ])('refuses the path traversal %s', async (traversal) => {
    const res = await rawRequest({ port: server.port, path: traversal });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('SECRET');
  });

  it('answers 404 for a file that does not exist', async () => {
    const res = await rawRequest({ port: server.port, path: '/nothing.js' });
    expect(res.status).toBe(404);
  });
});

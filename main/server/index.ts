/**
 * The loopback web server (`charter serve`, and `npm start` without
 * Electron): the built renderer as static files, and the contract as
 * `POST /api/<name>` with a JSON body, answered with a {@link Reply}; the
 * host calls of app/host-contract.ts (export.file, import.readFile) the same way.
 * Bound to 127.0.0.1 only; every /api request needs the per-run token in
 * `X-Charter-Token`; every request needs a loopback Host header.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers, Reply } from '../../app/contract';
import { invoke, isName } from '../../app/contract';
import type { HostHandlers } from '../../app/host-contract';
import { invokeHost, isHostName } from '../../app/host-contract';
import type { ErrorCode } from '../../app/errors';
import { toErrorPayload } from '../../app/errors';
import { parseJsonText } from '../../app/json';
import { warmModel } from '../../db/index';
import { createHostHandlers } from '../host-calls';
import { SECURITY_HEADERS } from '../security';
import { contentTypeFor, resolveStaticPath } from '../static-files';
import { bodyLimitFor, readBody } from './body';
import { isAllowedHost, newToken, tokenMatches } from './guards';

export interface ServerOptions {
  /** The open model whose handlers answer /api calls. */
  handle: { readonly handlers: Handlers };
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const LOOPBACK = '127.0.0.1';
export const TOKEN_HEADER = 'x-charter-token';
/** Sent with refusals whose body is never read: Node then closes the socket instead of draining it. */
const CLOSE = { Connection: 'close' };

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': String(Buffer.byteLength(body)),
    ...extra,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * The JSON of results the host answers again unchanged (db/revision.ts
 * hands back the same object while the model has not changed), so a
 * 10,000-role chart is not serialized again for every page that asks.
 */
const resultJson = new WeakMap<object, string>();

function replyJson(reply: Reply): string {
  if (!reply.ok || typeof reply.result !== 'object' || reply.result === null) return JSON.stringify(reply);
  let json = resultJson.get(reply.result);
  if (json === undefined) {
    json = JSON.stringify(reply.result);
    resultJson.set(reply.result, json);
  }
  return `{"ok":true,"result":${json}}`;
}

function sendReply(
  res: ServerResponse,
  status: number,
  reply: Reply,
  extra: Record<string, string> = {},
): void {
  send(res, status, replyJson(reply), 'application/json; charset=utf-8', {
    'Cache-Control': 'no-store',
    ...extra,
  });
}

function refuse(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  extra: Record<string, string> = {},
): void {
  sendReply(res, status, { ok: false, error: { code, message } }, extra);
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  token: string,
  handlers: Handlers,
  host: HostHandlers,
): Promise<void> {
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    refuse(
      res,
      401,
      'forbidden',
      'This request has no valid Charter token. Open the URL that `charter serve` printed.',
      CLOSE,
    );
    return;
  }
  if (req.method !== 'POST') {
    refuse(res, 405, 'invalid_input', 'Calls to the Charter API use POST.', { Allow: 'POST', ...CLOSE });
    return;
  }
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    name = pathname;
  }
  const limit = bodyLimitFor(name);
  const body = await readBody(req, limit);
  if (!body.ok) {
    if (body.reason === 'aborted') return;
    const what = name === 'import.readFile' ? 'The file' : 'The request';
    refuse(
      res,
      413,
      'invalid_input',
      `${what} is larger than the limit of ${limit} bytes (${Math.floor(limit / (1024 * 1024))} MB) for ${name}.`,
      CLOSE,
    );
    return;
  }
  let input: unknown;
  try {
    input =
      body.text.trim() === ''
        ? undefined
        : parseJsonText(body.text, { maxChars: limit, source: 'The request body' });
  } catch (error) {
    sendReply(res, 400, { ok: false, error: toErrorPayload(error) });
    return;
  }
  if (isHostName(name)) {
    sendReply(res, 200, await invokeHost(host, name, input));
    return;
  }
  const reply = invoke(handlers, name, input);
  sendReply(res, isName(name) ? 200 : 404, reply);
}

async function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  rendererDir: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
    return;
  }
  const file = resolveStaticPath(rendererDir, pathname);
  if (file === null) {
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return;
  }
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    return;
  }
  send(res, 200, content, contentTypeFor(file), { 'Cache-Control': 'no-store' });
}

/** Starts the server on 127.0.0.1 and resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = newToken();
  const host = createHostHandlers(() => options.handle.handlers);
  let port = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    if (!isAllowedHost(req.headers.host, port)) {
      send(
        res,
        403,
        'This server only answers requests for 127.0.0.1 or localhost.',
        'text/plain; charset=utf-8',
        CLOSE,
      );
      return;
    }
    const work =
      url.pathname === '/api' || url.pathname.startsWith('/api/')
        ? handleApi(req, res, url.pathname, token, options.handle.handlers, host)
        : handleStatic(req, res, url.pathname, options.rendererDir);
    work.catch((error: unknown) => {
      if (!res.headersSent) sendReply(res, 500, { ok: false, error: toErrorPayload(error) });
      else res.destroy();
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  // While the browser loads the page, read what it will ask for first.
  warmModel(options.handle, (reply) => void replyJson(reply));
  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

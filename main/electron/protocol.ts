/**
 * Serves the built renderer on app://charter/: files only from the
 * renderer folder, with the same CSP and headers as the web server.
 * Uses the Fetch API's Request and Response, so it runs in Node too.
 */
import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../security';
import { contentTypeFor, resolveStaticPath } from '../static-files';
import { APP_HOST, APP_SCHEME } from './guards';

/** The file an app:// URL names inside `rendererDir`, or null. */
export function resolveAppRequest(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  return resolveStaticPath(rendererDir, parsed.pathname);
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export async function handleAppRequest(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveAppRequest(rendererDir, request.url);
  if (file === null) return plain(404, 'Not found');
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(content), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-store' },
  });
}

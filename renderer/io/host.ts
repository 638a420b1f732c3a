/**
 * Host calls (app/host-contract.ts) from the page: through the desktop
 * bridge when there is one, else as `POST /api/<name>` to the loopback
 * server with the token the transport kept. Results come back as values;
 * failures as a CharterError whose message can be shown as it is.
 */
import type { CharterBridge } from '../../app/bridge';
import type { Reply } from '../../app/contract';
import { unwrap } from '../../app/reply';
import { CharterError } from '../../app/errors';
import type { HostCall } from '../../app/host-contract';
import { TOKEN_HEADER, TOKEN_KEY } from '../transport';

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

function bridgeHost(bridge: CharterBridge): HostCall {
  return async (name, input) => {
    if (typeof bridge.host !== 'function')
      throw new CharterError('internal', 'This version of the desktop app cannot import or export files.');
    return unwrap(await bridge.host(name, input)) as never;
  };
}

function httpHost(fetcher: typeof fetch, token: () => string | null): HostCall {
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetcher(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token() ?? '' },
        body: JSON.stringify(input),
      });
    } catch {
      throw new CharterError(
        'internal',
        'Charter could not reach its server. Is `charter serve` still running?',
      );
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (isReply(body)) return unwrap(body) as never;
    throw new CharterError('internal', `The server answered ${name} with status ${response.status}.`);
  };
}

/** The host call for this page (chosen as the transport chooses: the bridge if present). */
export function pageHost(): HostCall {
  const bridge = window.charter;
  if (bridge && typeof bridge.call === 'function') return bridgeHost(bridge);
  return httpHost(window.fetch.bind(window), () => window.sessionStorage.getItem(TOKEN_KEY));
}

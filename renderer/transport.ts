/**
 * How the renderer reaches its host, chosen once at start-up: the Electron
 * preload bridge (`window.charter`) when present, else JSON over HTTP to
 * the loopback server. Either way a call returns the result or throws a
 * CharterError, so the rest of the renderer never knows which host it is in.
 */
import type { CharterBridge, PageMenuAction } from '../app/bridge';
import type { Call, Name } from '../app/contract';
import { type Reply, unwrap } from '../app/reply';
import { CharterError } from '../app/errors';

export const TOKEN_KEY = 'charter.token';
export const TOKEN_HEADER = 'X-Charter-Token';

/** What the transport needs from the page; a plain object in tests. */
export interface TransportEnv {
  bridge: CharterBridge | undefined;
  location: { href: string };
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState' | 'state'>;
  fetch: typeof fetch;
}

/** Subscribes to the desktop menu's page actions; returns the unsubscribe. */
export type MenuSubscribe = (listener: (action: PageMenuAction) => void) => () => void;

export interface Transport {
  kind: 'bridge' | 'http';
  call: Call;
  /** The desktop menu's actions; a browser page has no such menu. */
  onMenu: MenuSubscribe;
}

const noMenu: MenuSubscribe = () => () => undefined;

/**
 * Reads `?token=` from the address on first load, keeps it in session
 * storage, and removes it from the visible URL (and so from history and
 * screenshots). Later loads of the same tab find it in session storage.
 */
export function takeToken(env: Pick<TransportEnv, 'location' | 'sessionStorage' | 'history'>): string | null {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null) {
    env.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    env.history.replaceState(env.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return env.sessionStorage.getItem(TOKEN_KEY);
}

function isReply(value: unknown): value is Reply {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'result' in value : value.ok === false && 'error' in value;
}

function httpCall(fetcher: typeof fetch, token: string | null): Call {
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetcher(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new CharterError(
        'internal',
        'Charter could not reach its server. Is `charter serve` still running?',
      );
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (isReply(body)) return unwrap(body) as never;
    if (response.status === 403 || response.status === 401)
      throw new CharterError(
        'forbidden',
        'The server refused this page. Open the address `charter serve` printed, with its token.',
      );
    throw new CharterError(
      'internal',
      `The server answered ${name} with status ${response.status} and no reply Charter understands.`,
    );
  };
}

function bridgeCall(bridge: CharterBridge): Call {
  return async (name, input) => unwrap(await bridge.call(name as Name, input ?? {})) as never;
}

/** Picks the bridge when the preload provided one, else HTTP. */
export function chooseTransport(env: TransportEnv): Transport {
  const bridge = env.bridge;
  if (bridge && typeof bridge.call === 'function') {
    const onMenu: MenuSubscribe =
      typeof bridge.onMenu === 'function' ? (listener) => bridge.onMenu(listener) : noMenu;
    return { kind: 'bridge', call: bridgeCall(bridge), onMenu };
  }
  return { kind: 'http', call: httpCall(env.fetch, takeToken(env)), onMenu: noMenu };
}

declare global {
  interface Window {
    charter?: CharterBridge;
  }
}

function browserEnv(): TransportEnv {
  return {
    bridge: window.charter,
    location: window.location,
    sessionStorage: window.sessionStorage,
    history: window.history,
    fetch: window.fetch.bind(window),
  };
}

let current: Transport | null = null;

/**
 * Chooses the transport for this page, once. main.tsx calls it before the
 * first render so the token leaves the address bar at once.
 */
export function startTransport(env: () => TransportEnv = browserEnv): Transport {
  current ??= chooseTransport(env());
  return current;
}

/** Runs one contract call against the host. */
export const call: Call = (name, input) => startTransport().call(name, input);

/** Listens for the desktop menu's page actions (none in a browser). */
export const onMenu: MenuSubscribe = (listener) => startTransport().onMenu(listener);

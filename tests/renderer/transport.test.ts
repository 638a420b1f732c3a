import { describe, expect, it } from 'vitest';
import type { CharterBridge } from '../../app/bridge';
import type { Reply } from '../../app/contract';
import { CharterError } from '../../app/errors';
import {
  chooseTransport,
  takeToken,
  TOKEN_HEADER,
  TOKEN_KEY,
  type TransportEnv,
} from '../../renderer/transport';

interface Sent {
  url: string;
  init: RequestInit;
}

function env(
  href: string,
  options: { bridge?: CharterBridge; reply?: () => Response; stored?: string } = {},
) {
  const storage = new Map<string, string>(options.stored === undefined ? [] : [[TOKEN_KEY, options.stored]]);
  const sent: Sent[] = [];
  const replaced: string[] = [];
  const value: TransportEnv = {
    bridge: options.bridge,
    location: { href },
    sessionStorage: {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
    },
    history: { state: null, replaceState: (_s, _t, url) => void replaced.push(String(url)) },
    fetch: async (url, init) => {
      sent.push({ url: String(url), init: init ?? {} });
      return options.reply ? options.reply() : Response.json({ ok: true, result: { revision: 7 } });
    },
  };
  return { value, storage, sent, replaced };
}

const json =
  (body: unknown, status = 200) =>
  () =>
    Response.json(body, { status });

describe('choosing a transport', () => {
  it('uses the preload bridge when the desktop host provides one', async () => {
    const seen: unknown[] = [];
    const menus: string[] = [];
    const bridge: CharterBridge = {
      call: async (name, input): Promise<Reply> => {
        seen.push([name, input]);
        return { ok: true, result: { name: 'Acme' } };
      },
      onMenu: (listener) => {
        listener('edit.undo');
        return () => menus.push('stopped');
      },
    };
    const e = env('http://127.0.0.1:5000/?token=abc', { bridge });
    const transport = chooseTransport(e.value);
    expect(transport.kind).toBe('bridge');
    await expect(transport.call('model.info', {})).resolves.toEqual({ name: 'Acme' });
    expect(seen).toEqual([['model.info', {}]]);
    expect(e.sent).toEqual([]);
    expect(e.replaced).toEqual([]);
    const heard: string[] = [];
    transport.onMenu((action) => heard.push(action))();
    expect(heard).toEqual(['edit.undo']);
    expect(menus).toEqual(['stopped']);
  });

  it('falls back to HTTP, posting JSON with the token header', async () => {
    const e = env('http://127.0.0.1:5000/?token=s3cret');
    const transport = chooseTransport(e.value);
    expect(transport.kind).toBe('http');
    await expect(transport.call('role.detail', { id: 'role-ceo' })).resolves.toEqual({ revision: 7 });
    expect(e.sent).toHaveLength(1);
    const [{ url, init }] = e.sent as [Sent];
    expect(url).toBe('/api/role.detail');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"id":"role-ceo"}');
    // A browser page has no desktop menu: subscribing is harmless.
    expect(transport.onMenu(() => undefined)()).toBeUndefined();
    expect((init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('s3cret');
  });

  it('turns an error reply into the CharterError it carries', async () => {
    const e = env('http://127.0.0.1:5000/?token=t', {
      reply: json({ ok: false, error: { code: 'cycle', message: 'CEO would report to itself.' } }, 400),
    });
    const error = await chooseTransport(e.value)
      .call('role.move', { id: 'a', managerRoleId: 'b' })
      .catch((x: unknown) => x);
    expect(error).toBeInstanceOf(CharterError);
    expect(error).toMatchObject({ code: 'cycle', message: 'CEO would report to itself.' });
  });

  it('explains a refused token in words', async () => {
    const e = env('http://127.0.0.1:5000/', { reply: () => new Response('Forbidden', { status: 403 }) });
    await expect(chooseTransport(e.value).call('model.info', {})).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('says when the server cannot be reached', async () => {
    const e = env('http://127.0.0.1:5000/');
    e.value.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(chooseTransport(e.value).call('model.info', {})).rejects.toThrow(
      /could not reach its server/,
    );
  });
});

describe('the web token', () => {
  it('is taken from the address, kept for the session, and removed from the visible URL', () => {
    const e = env('http://127.0.0.1:5000/?token=abc&x=1#top');
    expect(takeToken(e.value)).toBe('abc');
    expect(e.storage.get(TOKEN_KEY)).toBe('abc');
    expect(e.replaced).toEqual(['/?x=1#top']);
  });

  it('comes from the session when the address has none (a reload)', () => {
    const e = env('http://127.0.0.1:5000/', { stored: 'kept' });
    expect(takeToken(e.value)).toBe('kept');
    expect(e.replaced).toEqual([]);
  });

  it('is null when there is none at all', () => {
    expect(takeToken(env('http://127.0.0.1:5000/').value)).toBeNull();
  });
});

/**
 * external.ts: which links may leave Charter, the question asked first, and
 * the IPC handler, against a fake of Electron's dialog and shell (the
 * binary cannot run here). The fake records what the app asked and opened.
 */
import type { IpcMainInvokeEvent, MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_CHANNEL } from '../../../app/bridge';
import {
  EXTERNAL_URL_MAX,
  checkExternalUrl,
  confirmationFor,
  openExternalLink,
  registerExternalHandler,
} from '../../../main/electron/external';
import { APP_ENTRY } from '../../../main/electron/guards';

/** Stands in for dialog.showMessageBox and shell.openExternal. */
function fakeElectron(answer: number, failOpen = false) {
  const asked: MessageBoxOptions[] = [];
  const opened: string[] = [];
  return {
    asked,
    opened,
    deps: {
      confirm: (options: MessageBoxOptions) => {
        asked.push(options);
        return Promise.resolve(answer);
      },
      open: (href: string) => {
        if (failOpen) return Promise.reject(new Error('no browser'));
        opened.push(href);
        return Promise.resolve();
      },
    },
  };
}

describe('which links may be opened', () => {
  it('accepts an https address with a host', () => {
    const check = checkExternalUrl('https://policies.example.com/isp?v=2#scope');
    expect(check.ok && check.url.href).toBe('https://policies.example.com/isp?v=2#scope');
  });

  it.each([
    ['http://example.com/', 'Only https'],
    ['file:///etc/passwd', 'Only https'],
    ['javascript:alert(1)', 'Only https'],
    ['mailto:ciso@example.com', 'Only https'],
    ['smb://server/share', 'Only https'],
    ['app://charter/index.html', 'Only https'],
    ['https://bank.example@evil.example/', 'user name or password'],
    ['https://user:secret@example.com/', 'user name or password'],
    ['https://example.com/a b', 'spaces or control'],
    [' https://example.com/', 'spaces or control'],
    ['https://example.com/\n', 'spaces or control'],
    ['https://exa\u0000mple.com/', 'spaces or control'],
    ['not a link', 'spaces or control'],
    ['example.com', 'not a web address'],
    ['https://', 'not a web address'],
  ])('refuses %j', (raw, reason) => {
    const check = checkExternalUrl(raw);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toContain(reason);
  });

  it('refuses anything that is not text', () => {
    for (const raw of [undefined, null, 42, { href: 'https://example.com/' }, ['https://example.com/']])
      expect(checkExternalUrl(raw).ok).toBe(false);
  });

  it(`refuses a link longer than ${EXTERNAL_URL_MAX} characters and accepts one at the limit`, () => {
    const prefix = 'https://example.com/';
    expect(checkExternalUrl(prefix + 'a'.repeat(EXTERNAL_URL_MAX - prefix.length)).ok).toBe(true);
    const long = checkExternalUrl(prefix + 'a'.repeat(EXTERNAL_URL_MAX - prefix.length + 1));
    expect(long.ok ? '' : long.reason).toContain('longer than');
  });
});

describe('the question asked before opening', () => {
  it('names the host in the message and shows the full address, with Cancel as the default', () => {
    const options = confirmationFor(new URL('https://docs.example.org:8443/policies/isp.pdf?x=1'));
    expect(options.message).toContain('docs.example.org:8443');
    expect(options.detail).toBe('https://docs.example.org:8443/policies/isp.pdf?x=1');
    expect(options.buttons?.[options.defaultId ?? -1]).toBe('Cancel');
    expect(options.cancelId).toBe(options.defaultId);
  });

  it('shows an internationalised host as its punycode, the name the browser will go to', () => {
    const options = confirmationFor(new URL('https://exаmple.com/')); // Cyrillic а
    expect(options.message).toContain('xn--');
  });
});

describe('opening a link', () => {
  it('opens an https link only after the person chose Open', async () => {
    const fake = fakeElectron(0);
    expect(await openExternalLink('https://example.com/policy', fake.deps)).toBe('opened');
    expect(fake.asked).toHaveLength(1);
    expect(fake.opened).toEqual(['https://example.com/policy']);
  });

  it('opens nothing when the person cancels', async () => {
    const fake = fakeElectron(1);
    expect(await openExternalLink('https://example.com/policy', fake.deps)).toBe('cancelled');
    expect(fake.opened).toEqual([]);
  });

  it('neither asks nor opens for a refused link', async () => {
    const fake = fakeElectron(0);
    expect(await openExternalLink('http://example.com/', fake.deps)).toBe('refused');
    expect(fake.asked).toEqual([]);
    expect(fake.opened).toEqual([]);
  });

  it('opens the checked, normalised address rather than the raw text', async () => {
    const fake = fakeElectron(0);
    await openExternalLink('HTTPS://Example.COM/a/../b', fake.deps);
    expect(fake.opened).toEqual(['https://example.com/b']);
  });
});

describe('the IPC handler', () => {
  type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
  function handlerFor(fake: ReturnType<typeof fakeElectron>): Listener {
    const handlers = new Map<string, Listener>();
    registerExternalHandler({ handle: (channel, listener) => handlers.set(channel, listener) }, fake.deps);
    return handlers.get(EXTERNAL_CHANNEL) as Listener;
  }
  const from = (url: string, top = true) =>
    ({ senderFrame: { url, parent: top ? null : {} } }) as unknown as IpcMainInvokeEvent;

  it('answers the Charter page with what happened', async () => {
    const fake = fakeElectron(0);
    const reply = await handlerFor(fake)(from(APP_ENTRY), 'https://example.com/');
    expect(reply).toEqual({ ok: true, result: 'opened' });
  });

  it('ignores a message from another page or a subframe, asking nothing', async () => {
    const fake = fakeElectron(0);
    const handler = handlerFor(fake);
    for (const event of [from('https://evil.example/'), from(APP_ENTRY, false)]) {
      const reply = (await handler(event, 'https://example.com/')) as { ok: boolean };
      expect(reply.ok).toBe(false);
    }
    expect(fake.asked).toEqual([]);
  });

  it('reports a failure to open as an error reply instead of throwing', async () => {
    const fake = fakeElectron(0, true);
    const reply = (await handlerFor(fake)(from(APP_ENTRY), 'https://example.com/')) as {
      ok: boolean;
      error?: { message: string };
    };
    expect(reply.ok).toBe(false);
    expect(reply.error?.message).toContain('no browser');
  });
});

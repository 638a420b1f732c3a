import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/security';
import {
  APP_ENTRY,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedSender,
  shouldAllowNavigation,
  webPreferences,
} from '../../main/electron/guards';

describe('the desktop window', () => {
  it('is isolated, sandboxed and without Node', () => {
    const prefs = webPreferences('/app/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads its page from the app:// origin', () => {
    expect(APP_ENTRY).toBe('app://charter/index.html');
  });

  it('has a CSP that allows scripts only from itself and no framing', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
  });
});

describe('navigation', () => {
  it('stays inside the app', () => {
    expect(shouldAllowNavigation('app://charter/index.html')).toBe(true);
    expect(shouldAllowNavigation('app://charter/index.html#/registers')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://other/index.html',
    'app://charter.evil.example/index.html',
    'app://user@charter/index.html',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
  ])('is blocked for %s', (url) => {
    expect(shouldAllowNavigation(url)).toBe(false);
  });
});

describe('IPC senders', () => {
  it('are accepted from the top frame of the app page', () => {
    expect(isAllowedSender('app://charter/index.html', true)).toBe(true);
  });

  it('are refused from a subframe, even of the app origin', () => {
    expect(isAllowedSender('app://charter/index.html', false)).toBe(false);
  });

  it('are refused from other origins or without a frame', () => {
    expect(isAllowedSender('https://example.com/', true)).toBe(false);
    expect(isAllowedSender('file:///tmp/x.html', true)).toBe(false);
    expect(isAllowedSender(undefined, true)).toBe(false);
  });
});

describe('permissions', () => {
  it('are all denied, on request and on check', () => {
    let granted: boolean | undefined;
    denyPermissionRequest(null, 'media', (answer) => {
      granted = answer;
    });
    expect(granted).toBe(false);
    expect(denyPermissionCheck()).toBe(false);
  });
});

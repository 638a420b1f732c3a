/**
 * The one way the renderer opens a link that leaves Charter: https only,
 * and only after the person has seen where it goes and said yes.
 */

/** The link as a URL when it is an https address, else null. */
export function safeExternalUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  return url;
}

/** What the page needs: asking, and opening a window. Real ones by default. */
export interface OpenEnv {
  confirm: (url: URL) => Promise<boolean>;
  open: (href: string) => void;
  /** The desktop host's gate (window.charter.openExternal), when there is one. */
  desktop?: ((href: string) => Promise<'opened' | 'refused' | 'cancelled'>) | undefined;
}

/**
 * Opens `raw` in a new browser window if it is https and the person
 * confirms. Returns what happened, so the caller can say why not.
 */
export async function openExternal(raw: string, env: OpenEnv): Promise<'opened' | 'refused' | 'cancelled'> {
  const url = safeExternalUrl(raw);
  if (url === null) return 'refused';
  // The desktop host asks in a native dialog and opens the system browser itself.
  if (env.desktop) return env.desktop(url.href); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
  if (!(await env.confirm(url))) return 'cancelled';
  env.open(url.href);
  return 'opened';
}

/** The browser's way to open it: a new window that cannot reach back to this page. */
export function openInBrowser(href: string): void {
  window.open(href, '_blank', 'noopener,noreferrer');
}

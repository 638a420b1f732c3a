/**
 * Escaping for every text-based export. User text is always written as
 * text: markup characters become entities, and characters XML cannot hold
 * (C0 controls, DEL, lone surrogates, U+FFFE/U+FFFF) are dropped.
 */

// Tab, LF and CR become a space: labels are single-line, and an attribute
// would otherwise normalise them away unpredictably.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[&<>"']|[\t\n\r]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\p{Cs}/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\p{Cs}/gu;
const WHITESPACE_ALL = /[\t\n\r]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\t': ' ',
  '\n': ' ',
  '\r': ' ',
};

/**
 * Text safe inside XML or HTML element content and quoted attributes:
 * `& < > " '` become entities, tab/CR/LF become spaces, other control
 * characters and lone surrogates are removed.
 */
export function escapeXml(text: string): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_ALL, (c) => ENTITIES[c] ?? '');
}

/** Text with control characters removed and tab/CR/LF turned into spaces, not escaped. */
export function cleanText(text: string): string {
  return text.replace(CONTROL_ALL, '').replace(WHITESPACE_ALL, ' ');
}

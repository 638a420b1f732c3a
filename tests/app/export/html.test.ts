import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderOwnershipHtml } from '../../../app/export/html';
import type { FindingLike } from '../../../app/export/registers';
import { hostileDocument, TODAY } from './fixtures';

interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

function walk(node: HtmlNode, visit: (n: HtmlNode) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
}

const doc = hostileDocument();
(doc.policies[0] as (typeof doc.policies)[number]).lastReviewedOn = '2020-01-15';
const findings: FindingLike[] = [
  {
    ruleId: 'no-accountable',
    severity: 'error',
    subjectType: 'asset',
    subjectId: 'asset-hostile',
    subjectName: '<img src=x onerror=alert(1)>',
    message: 'Has <b>no</b> owner',
    hint: '=Assign one',
  },
];
const html = renderOwnershipHtml(doc, { today: TODAY, findings });
const tree = parse(html) as unknown as HtmlNode;
const elements: HtmlNode[] = [];
const texts: string[] = [];
walk(tree, (n) => {
  if (n.nodeName === '#text') texts.push(n.value ?? '');
  else elements.push(n);
});

describe('HTML ownership register', () => {
  it('is self-contained: a CSP forbidding everything but inline styles, no scripts, no links out', () => {
    const csp = elements.find(
      (n) => n.nodeName === 'meta' && n.attrs?.some((a) => a.value === 'Content-Security-Policy'),
    );
    expect(csp?.attrs?.find((a) => a.name === 'content')?.value).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    const names = new Set(elements.map((n) => n.nodeName));
    for (const forbidden of ['script', 'img', 'link', 'iframe', 'object', 'b'])
      expect(names.has(forbidden)).toBe(false);
    for (const n of elements) for (const a of n.attrs ?? []) expect(a.name.startsWith('on')).toBe(false);
  });

  it('says who is accountable and responsible for each policy, asset and area', () => {
    const all = texts.join('\n');
    expect(all).toContain('Information Security Policy');
    expect(all).toContain('Chief Information Security Officer');
    expect(all).toContain('Customer database');
    expect(all).toContain('Information security');
  });

  it('lists each role with its holders and what it is accountable for', () => {
    expect(texts).toContain('Chief Information Security Officer (CISO)');
    expect(texts.some((t) => t.includes('; ISP-001 Information Security Policy; '))).toBe(true);
    expect(texts).toContain('=1+1');
  });

  it('marks overdue reviews', () => {
    expect(texts).toContain('2021-01-15 (overdue)');
  });

  it('lists the findings it is given, as text', () => {
    expect(texts).toContain('asset: <img src=x onerror=alert(1)>');
    expect(texts).toContain('Has <b>no</b> owner');
    expect(texts).toContain('=Assign one');
  });

  it('keeps hostile names as text', () => {
    expect(texts).toContain('=1+1');
    expect(texts.some((t) => t.includes('Org <b>&</b> "Co"'))).toBe(true);
    expect(html).not.toMatch(/<script|<img|<b>/);
  });

  it('says so when there are no findings', () => {
    expect(renderOwnershipHtml(doc, { today: TODAY })).toContain('<p>No findings.</p>');
  });
});

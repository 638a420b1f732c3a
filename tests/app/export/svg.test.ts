import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../app/export/chart';
import { escapeXml } from '../../../app/export/escape';
import { chartToSvg, clipPolyline, renderSvg } from '../../../app/export/svg';
import { subsetDocument } from '../../../app/export/subset';
import { counts, hostileDocument } from './fixtures';
import { allText, elements, parseXml } from './xml';

describe('SVG export', () => {
  const doc = hostileDocument();
  const svg = renderSvg(doc);
  const tree = parseXml(svg);

  it('draws one box per role and one line per reporting line, dotted ones dashed', () => {
    const c = counts(doc);
    const groups = elements(tree, 'g').filter((g) => g['@_class'] === 'role');
    expect(groups).toHaveLength(c.roles);
    const paths = elements(tree, 'path');
    expect(paths.filter((p) => p['@_class'] === 'line solid')).toHaveLength(c.solid);
    const dotted = paths.filter((p) => p['@_class'] === 'line dotted');
    expect(dotted).toHaveLength(c.dotted);
    for (const p of dotted) expect(p['@_stroke-dasharray']).toBeTruthy();
  });

  it('has a title, a legend for both line kinds, and names DejaVu Sans', () => {
    expect(allText(elements(tree, 'title'))).toContain('Org <b>&</b> "Co"');
    const legend = allText(elements(tree, 'g').filter((g) => g['@_class'] === 'legend')).join(' ');
    expect(legend).toMatch(/Solid line/);
    expect(legend).toMatch(/Dotted line/);
    expect(elements(tree, 'svg')[0]?.['@_font-family']).toContain('DejaVu Sans');
  });

  it('shows holders, or Vacant for an empty role', () => {
    const text = allText(tree);
    expect(text).toContain('Alex Morgan');
    expect(text).toContain('Vacant');
    expect(text.some((t) => t.includes('(acting)'))).toBe(true);
  });

  it('keeps hostile titles as text', () => {
    expect(svg).not.toMatch(/<script|<b>|<img/i);
    const text = allText(tree);
    expect(text.some((t) => t.startsWith('<script>'))).toBe(true);
    expect(text).toContain(`"quoted" & 'apos'`);
    expect(text).toContain('=HYPERLINK("http://x")');
    expect(text).toContain('Tab');
    expect(text).toContain('CR');
    expect(svg).not.toMatch(/[\t\r]/);
  });

  it('covers only the subtree when asked', () => {
    const sub = parseXml(renderSvg(subsetDocument(doc, 'role-cio')));
    expect(elements(sub, 'g').filter((g) => g['@_class'] === 'role')).toHaveLength(3);
  });

  it('draws only the roles inside a viewport', () => {
    const chart = buildChart(doc);
    const first = chart.boxes[0];
    if (!first) throw new Error('no boxes');
    const part = parseXml(
      chartToSvg(chart, { viewport: { x: first.x, y: first.y, width: first.width, height: first.height } }),
    );
    expect(elements(part, 'g').filter((g) => g['@_class'] === 'role')).toHaveLength(1);
  });

  it('builds 10,000 roles without a DOM', () => {
    const big = hostileDocument();
    for (let i = 0; i < 10_000; i++) {
      big.roles.push({
        id: `r${i}`,
        title: `Role number ${i} with a long title`,
        shortName: `R${i}`,
        function: `F${i % 7}`,
        description: '',
      });
      big.reportingLines.push({
        roleId: `r${i}`,
        managerRoleId: i < 8 ? 'role-ceo' : `r${Math.floor(i / 8) - 1}`,
        kind: 'solid',
      });
    }
    const out = renderSvg(big);
    expect(out.length).toBeGreaterThan(1_000_000);
  });
});

describe('XML escaping', () => {
  it('escapes markup characters and drops control characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0007c\u001Fd\u007F')).toBe('abcd');
    expect(escapeXml('a\tb\nc\rd')).toBe('a b c d');
    expect(escapeXml('x\uD800y')).toBe('xy');
    expect(escapeXml('emoji 😀 ok')).toBe('emoji 😀 ok');
  });
});

describe('cutting lines to a window', () => {
  const box = { x: 0, y: 0, width: 100, height: 100 };

  it('keeps a line inside whole and drops one outside', () => {
    const inside = [
      { x: 10, y: 10 },
      { x: 10, y: 90 },
      { x: 90, y: 90 },
    ];
    expect(clipPolyline(inside, box)).toEqual([{ points: inside, offset: 0 }]);
    expect(
      clipPolyline(
        [
          { x: 200, y: 0 },
          { x: 200, y: 100 },
        ],
        box,
      ),
    ).toEqual([]);
  });

  it('cuts a long line to the window and says how far along it starts', () => {
    const pieces = clipPolyline(
      [
        { x: -1000, y: 50 },
        { x: 1000, y: 50 },
      ],
      box,
    );
    expect(pieces).toEqual([
      {
        points: [
          { x: 0, y: 50 },
          { x: 100, y: 50 },
        ],
        offset: 1000,
      },
    ]);
  });

  it('gives separate pieces when a line leaves and comes back', () => {
    const route = [
      { x: 50, y: 50 },
      { x: 50, y: 200 },
      { x: 60, y: 200 },
      { x: 60, y: 50 },
    ];
    const pieces = clipPolyline(route, box);
    expect(pieces).toHaveLength(2);
    expect(pieces[1]?.offset).toBe(150 + 10 + 100);
  });
});

import { describe, expect, it } from 'vitest';
import { renderDrawio } from '../../../app/export/drawio';
import { renderGraphml } from '../../../app/export/graphml';
import { renderMermaid } from '../../../app/export/mermaid';
import { subsetDocument } from '../../../app/export/subset';
import { counts, HOSTILE_TITLES, hostileDocument } from './fixtures';
import { allText, elements, parseXml } from './xml';

const doc = hostileDocument();
const c = counts(doc);

describe('Mermaid export', () => {
  const text = renderMermaid(doc);
  const lines = text.split('\n');

  it('is a top-down flowchart with one node per role and one arrow per line', () => {
    expect(lines[1]).toBe('flowchart TD');
    expect(lines.filter((l) => /^ {2}r_\w+\["/.test(l))).toHaveLength(c.roles);
    expect(lines.filter((l) => /^ {2}r_\w+ --> r_\w+$/.test(l))).toHaveLength(c.solid);
    expect(lines.filter((l) => /^ {2}r_\w+ -\.-> r_\w+$/.test(l))).toHaveLength(c.dotted);
    expect(text).toContain('  r_role_ceo --> r_role_cio');
    expect(text).toContain('  r_role_ciso -.-> r_role_head_dev');
  });

  it('keeps hostile labels inside their quotes, with markup as entity codes', () => {
    const label = lines.find((l) => l.startsWith('  r_role_hostile_0['));
    expect(label).toBe(
      '  r_role_hostile_0["#60;script#62;alert(1)#60;/script#62;<br/>H0 · =cmd|#34;/c calc#34;!A1 (acting)"]',
    );
    expect(text).toContain("#34;quoted#34; #38; 'apos'");
    expect(text).not.toMatch(/<script|[\t\r]/);
    // Every node line has exactly two quotes: the label's own.
    for (const l of lines.filter((x) => /^ {2}r_\w+\["/.test(x))) expect(l.split('"')).toHaveLength(3);
  });

  it('gives distinct ids to role ids that sanitise alike', () => {
    const twins = subsetDocument(doc, 'role-ceo');
    twins.roles.push({ id: 'a.b', title: 'A', shortName: '', function: '', description: '' });
    twins.roles.push({ id: 'a-b', title: 'B', shortName: '', function: '', description: '' });
    const out = renderMermaid(twins);
    expect(out).toContain('  r_a_b["A');
    expect(out).toContain('  r_a_b_2["B');
  });
});

describe('GraphML export', () => {
  const tree = parseXml(renderGraphml(doc));

  it('has one node per role at its layout position and one edge per line', () => {
    const nodes = elements(tree, 'node');
    expect(nodes).toHaveLength(c.roles);
    expect(elements(tree, 'edge')).toHaveLength(c.lines);
    const geometry = elements(tree, 'y:Geometry');
    expect(geometry).toHaveLength(c.roles);
    for (const g of geometry) expect(Number(g['@_x'])).toBeGreaterThanOrEqual(0);
    expect(elements(tree, 'y:LineStyle').filter((s) => s['@_type'] === 'dashed')).toHaveLength(c.dotted);
    expect(elements(tree, 'y:Path')).toHaveLength(c.lines);
    expect(elements(tree, 'y:Point').length).toBeGreaterThan(0);
  });

  it('keeps hostile titles as text', () => {
    const titles = elements(tree, 'data')
      .filter((d) => d['@_key'] === 'title')
      .map((d) => d['#text']);
    expect(titles).toContain('<script>alert(1)</script>');
    expect(titles).toContain(`"quoted" & 'apos'`);
    expect(titles).toContain('=HYPERLINK("http://x")');
    expect(titles).toContain(' Tab');
  });
});

describe('draw.io export', () => {
  const xml = renderDrawio(doc);
  const tree = parseXml(xml);
  const cells = elements(tree, 'mxCell');

  it('has a vertex per role with geometry and an edge per line, dotted ones dashed', () => {
    const vertices = cells.filter((x) => x['@_vertex'] === '1');
    expect(vertices).toHaveLength(c.roles);
    for (const v of vertices) expect(elements(v, 'mxGeometry')).toHaveLength(1);
    const edges = cells.filter((x) => x['@_edge'] === '1');
    expect(edges).toHaveLength(c.lines);
    expect(edges.filter((x) => String(x['@_style']).includes('dashed=1'))).toHaveLength(c.dotted);
    expect(elements(tree, 'mxPoint').length).toBeGreaterThan(0);
    const ids = new Set(vertices.map((v) => v['@_id']));
    for (const e of edges) {
      expect(ids.has(e['@_source'])).toBe(true);
      expect(ids.has(e['@_target'])).toBe(true);
    }
  });

  it('turns HTML off on every cell and keeps hostile labels as text', () => {
    for (const cell of cells.filter((x) => x['@_style'] !== undefined))
      expect(String(cell['@_style'])).toContain('html=0');
    const values = cells.map((x) => String(x['@_value'] ?? ''));
    expect(values.some((v) => v.startsWith('<script>alert(1)</script>\nH0'))).toBe(true);
    expect(allText(tree).join('\n')).toContain(`"quoted" & 'apos'`);
    expect(xml).not.toMatch(/<script|<img/);
  });

  it('covers only the subtree when asked', () => {
    const sub = elements(parseXml(renderDrawio(subsetDocument(doc, 'role-ciso'))), 'mxCell');
    expect(sub.filter((x) => x['@_vertex'] === '1')).toHaveLength(3 + HOSTILE_TITLES.length);
  });
});

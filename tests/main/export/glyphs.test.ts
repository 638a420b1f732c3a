import { describe, expect, it } from 'vitest';
import { GlyphText, MIN_TEXT_PX } from '../../../main/export/glyphs';
import { parseXml, elements } from '../../app/export/xml';

describe('PNG text outlines', () => {
  const glyphs = new GlyphText();
  const line = { x: 10, y: 20, text: '<script>"x" & y</script> Officer Officer', size: 12, fill: '#111827' };

  it('draws readable text as one outline path, with no text or markup left in it', () => {
    const svg = glyphs.writer(1).line(line);
    const tree = parseXml(`<svg xmlns="http://www.w3.org/2000/svg">${svg}</svg>`);
    const paths = elements(tree, 'path');
    expect(paths).toHaveLength(1);
    expect(String(paths[0]?.['@_d'])).toMatch(/^M10 20m[-\d. ]+/);
    expect(svg).not.toMatch(/script|Officer|&/);
  });

  it('places a repeated word from the same cached outline', () => {
    const d = String(elements(parseXml(`<svg>${glyphs.writer(1).line(line)}</svg>`), 'path')[0]?.['@_d']);
    const words = d
      .split('M')
      .slice(1)
      .map((w) => w.replace(/^[-\d.]+ [-\d.]+/, ''));
    expect(words[words.length - 1]).toBe(words[words.length - 2]);
  });

  it('greeks text too small to read on the image', () => {
    const scale = (MIN_TEXT_PX - 1) / line.size;
    const svg = glyphs.writer(scale).line(line);
    expect(svg).toMatch(/^<rect /);
  });
});

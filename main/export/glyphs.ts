/**
 * Chart text for the PNG writer, drawn without resvg's text engine:
 * resvg-js 2.6 re-reads the whole font file for every glyph it shapes
 * (about 0.1 ms each, tens of seconds for a 10,000-role chart).
 *
 * - Readable text becomes one `<path>` per line: each distinct word is laid
 *   out once with fontkit in the same DejaVu Sans faces and cached as
 *   relative path data, so placing it anywhere is a string concatenation.
 * - Text smaller than {@link MIN_TEXT_PX} on the image cannot be read, so it
 *   is "greeked": a light bar as wide as the text, like a zoomed-out chart.
 */
// fontkit is installed with pdfkit (same version); the layer table and package.json should list it (asked in the export report).
import { openSync, type Font } from 'fontkit';
import type { TextLine, TextWriter } from '../../app/export/svg';
import { textWidth } from '../../app/export/text';
import type { FontStyle } from './fonts';
import { dejavuFontFiles } from './fonts';

/** Below this many pixels of font size, text is drawn as a bar. */
export const MIN_TEXT_PX = 5;

const round = (v: number) => Math.round(v * 100) / 100;

/** Word outlines shared by every tile of one export. */
export class GlyphText {
  private readonly fonts: Record<FontStyle, Font>;
  /** Relative path data of a word drawn from the current point, and its advance. */
  private readonly words = new Map<string, { d: string; width: number }>();
  private readonly spaces = new Map<string, number>();

  constructor(fontDir?: string) {
    const files = dejavuFontFiles(fontDir);
    this.fonts = {
      regular: openSync(files.regular),
      bold: openSync(files.bold),
      italic: openSync(files.italic),
      boldItalic: openSync(files.boldItalic),
    };
  }

  /** A text writer for an image drawn at `scale` pixels per chart unit. */
  writer(scale: number): TextWriter {
    return {
      line: (line) => (line.size * scale < MIN_TEXT_PX ? greek(line) : this.line(line)),
      defs: () => '',
    };
  }

  private line(line: TextLine): string {
    const style: FontStyle = line.bold
      ? line.italic
        ? 'boldItalic'
        : 'bold'
      : line.italic
        ? 'italic'
        : 'regular';
    const space = this.space(style, line.size);
    let x = line.x;
    let d = '';
    for (const text of line.text.split(' ')) {
      if (text !== '') {
        const word = this.word(style, line.size, text);
        d += `M${round(x)} ${round(line.y)}${word.d}`;
        x += word.width;
      }
      x += space;
    }
    return d === '' ? '' : `<path d="${d}" fill="${line.fill}"/>`;
  }

  private space(style: FontStyle, size: number): number {
    const key = `${style}|${size}`;
    let width = this.spaces.get(key);
    if (width === undefined) {
      const font = this.fonts[style];
      width = (font.layout(' ').advanceWidth * size) / font.unitsPerEm;
      this.spaces.set(key, width);
    }
    return width;
  }

  private word(style: FontStyle, size: number, text: string): { d: string; width: number } {
    const key = `${style}|${size}|${text}`;
    const known = this.words.get(key);
    if (known) return known;
    const font = this.fonts[style];
    const scale = size / font.unitsPerEm;
    const run = font.layout(text);
    // Relative commands from rounded absolute points, so that errors never accumulate.
    let d = '';
    let cx = 0;
    let cy = 0;
    let startX = 0;
    let startY = 0;
    let pen = 0;
    run.glyphs.forEach((glyph, i) => {
      const pos = run.positions[i] ?? { xAdvance: 0, xOffset: 0, yOffset: 0 };
      for (const c of glyph.path.commands) {
        const a = c.args;
        const pts: string[] = [];
        let endX = cx;
        let endY = cy;
        for (let j = 0; j + 1 < a.length; j += 2) {
          const px = round(((a[j] as number) + pen + pos.xOffset) * scale);
          const py = round(-((a[j + 1] as number) + pos.yOffset) * scale);
          pts.push(`${round(px - cx)} ${round(py - cy)}`);
          endX = px;
          endY = py;
        }
        if (c.command === 'closePath') {
          d += 'z';
          cx = startX;
          cy = startY;
          continue;
        }
        const letter = { moveTo: 'm', lineTo: 'l', quadraticCurveTo: 'q', bezierCurveTo: 'c' }[c.command];
        d += letter + pts.join(' ');
        cx = endX;
        cy = endY;
        if (c.command === 'moveTo') {
          startX = cx;
          startY = cy;
        }
      }
      pen += pos.xAdvance;
    });
    const word = { d, width: pen * scale };
    this.words.set(key, word);
    return word;
  }
}

/** A bar where unreadably small text would be. */
function greek(line: TextLine): string {
  const width = textWidth(line.text, line.size, line.bold);
  const height = line.size * 0.55;
  return `<rect x="${round(line.x)}" y="${round(line.y - height)}" width="${round(width)}" height="${round(height)}" fill="${line.fill}" fill-opacity="0.35"/>`;
}

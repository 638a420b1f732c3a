/**
 * Text measurement without a DOM: advance widths of DejaVu Sans (the font
 * every chart export names and the PNG/PDF writers embed), so that wrapping
 * and ellipses match the rendered output on every machine.
 */

// Advance widths in 1/1000 em for code points 32..126, read from DejaVuSans.ttf and DejaVuSans-Bold.ttf.
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636,
  636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295,
  295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
  500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
  392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696,
  696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372,
  372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838,
  500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595,
  478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];
const ELLIPSIS = '…';

function advance(codePoint: number, bold: boolean): number {
  if (codePoint >= 32 && codePoint <= 126) return (bold ? BOLD : REGULAR)[codePoint - 32] as number;
  // East Asian wide characters are a full em; other scripts average about 0.62 em in DejaVu Sans.
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    codePoint >= 0x1f300
  )
    return 1000;
  return bold ? 680 : 620;
}

/** Estimated width in pixels of `text` in DejaVu Sans at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code <= 126) units += table[code - 32] as number;
    else {
      const point = text.codePointAt(i) as number;
      if (point > 0xffff) i++;
      units += advance(point, bold);
    }
  }
  return (units * fontSize) / 1000;
}

/** `text` shortened with an ellipsis so that it fits in `maxWidth`. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const budget = maxWidth - textWidth(ELLIPSIS, fontSize, bold);
  let used = 0;
  let end = 0;
  for (const ch of text) {
    used += (advance(ch.codePointAt(0) as number, bold) * fontSize) / 1000;
    if (used > budget) break;
    end += ch.length;
  }
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * Word-wraps `text` into at most `maxLines` lines of `maxWidth`. A word
 * longer than a line is cut with an ellipsis, and so is the last line when
 * text is left over.
 */
export function wrap(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  if (maxLines <= 0) return [];
  if (textWidth(text, fontSize, bold) <= maxWidth && !/[\t\n\r\f\v]| {2}|^ | $/.test(text))
    return text === '' ? [] : [text];
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const space = textWidth(' ', fontSize, bold);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  let k = 0;
  while (k < words.length) {
    const word = words[k] as string;
    const wordWidth = textWidth(word, fontSize, bold);
    const width = line === '' ? wordWidth : lineWidth + space + wordWidth;
    if (width <= maxWidth) {
      line = line === '' ? word : `${line} ${word}`;
      lineWidth = width;
      k++;
    } else if (lines.length === maxLines - 1) {
      lines.push(truncate(line === '' ? word : `${line} ${word}`, maxWidth, fontSize, bold));
      return lines;
    } else if (line === '') {
      lines.push(truncate(word, maxWidth, fontSize, bold));
      k++;
    } else {
      lines.push(line);
      line = '';
      lineWidth = 0;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The DejaVu Sans TTF files from the dejavu-fonts-ttf package. The PNG and
 * PDF writers load only these (never system fonts), so a chart renders the
 * same on every machine and matches the text widths app/export/text.ts assumes.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
} as const;

export type FontStyle = keyof typeof FONT_FILES;

/** The folder holding the DejaVu TTF files, resolved from node_modules. */
export function dejavuFontDir(): string {
  // The CLI and Electron bundles are CommonJS and Vitest defines __filename as well; any other
  // host resolves from the working folder. (import.meta would be empty in the CommonJS bundles.)
  const here = typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'index.js');
  const require = createRequire(here);
  return path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/** Full paths of the four DejaVu Sans faces in `dir`. */
export function dejavuFontFiles(dir: string = dejavuFontDir()): Record<FontStyle, string> {
  return {
    regular: path.join(dir, FONT_FILES.regular),
    bold: path.join(dir, FONT_FILES.bold),
    italic: path.join(dir, FONT_FILES.italic),
    boldItalic: path.join(dir, FONT_FILES.boldItalic),
  };
}

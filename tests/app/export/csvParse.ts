/** Reads CSV back with a real RFC 4180 parser (@fast-csv/parse, installed with exceljs). */
import { parseString } from '@fast-csv/parse';

export function parseCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(text, { headers: false, ignoreEmpty: false })
      .on('error', reject)
      .on('data', (row: string[]) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

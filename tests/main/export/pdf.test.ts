import pdfParse from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { pdfPages, renderPdf } from '../../../main/export/pdf';
import { subsetDocument } from '../../../app/export/subset';
import { hostileDocument } from '../../app/export/fixtures';

const doc = hostileDocument();

describe('PDF export', () => {
  it('fits the whole chart on one page with the role titles as text', async () => {
    const pdf = await renderPdf(doc);
    const parsed = await pdfParse(pdf);
    expect(parsed.numpages).toBe(1);
    const text = parsed.text.replace(/\s+/g, ' ');
    for (const title of [
      'Chief Executive Officer',
      'Security Operations Lead',
      'Alex Morgan',
      'Vacant',
      'Solid line: reports to',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain('=HYPERLINK("http://x")');
    expect(text).toContain(`"quoted" & 'apos'`);
    expect(text).toContain('<script>');
  });

  it('gives an overview page and one page per top-level subtree', async () => {
    const pages = pdfPages(doc, 'subtree');
    expect(pages.map((p) => p.name)).toEqual([
      'Org <b>&</b> "Co" — overview',
      'Org <b>&</b> "Co" — Chief Information Officer',
      'Org <b>&</b> "Co" — Chief Information Security Officer',
    ]);
    expect(pages[0]?.roles.map((r) => r.id)).toEqual(['role-ceo', 'role-cio', 'role-ciso']);
    const parsed = await pdfParse(await renderPdf(doc, { mode: 'subtree' }));
    expect(parsed.numpages).toBe(3);
  });

  it('uses the chosen paper size and orientation', async () => {
    const letter = (await renderPdf(doc, { pageSize: 'Letter', orientation: 'portrait' })).toString('latin1');
    expect(letter).toMatch(/\/MediaBox \[0 0 612 792\]/);
    const a4 = (await renderPdf(doc, { pageSize: 'A4', orientation: 'landscape' })).toString('latin1');
    expect(a4).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
  });

  it('covers only the subtree when asked', async () => {
    const text = (await pdfParse(await renderPdf(subsetDocument(doc, 'role-cio')))).text;
    expect(text).toContain('Chief Information Officer');
    expect(text).not.toContain('Chief Executive Officer');
  });
});

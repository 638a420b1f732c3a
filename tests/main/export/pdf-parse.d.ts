// pdf-parse ships no types; this covers what the PDF export tests use.
declare module 'pdf-parse' {
  function pdfParse(data: Buffer): Promise<{ numpages: number; text: string; info: Record<string, unknown> }>;
  export default pdfParse;
}

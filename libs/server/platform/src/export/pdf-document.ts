import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans from the installed npm package, found through the module resolver so it works from the sources,
 * from dist builds and in containers alike. It covers umlauts, ß, Turkish, Cyrillic and more, which the PDF
 * standard fonts do not.
 */
export const PDF_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/**
 * A new PDF with the DejaVu fonts registered as `regular` and `bold`, and the bytes it will have once
 * `doc.end()` is called. Every document the app renders (certificates, cards, letters, summaries) starts here.
 */
export function startPdf(options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  doc.registerFont('regular', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

import PDFDocument from 'pdfkit';

/**
 * The fonts every Kindred PDF writes in. DejaVu Sans rather than pdfkit's built-in Helvetica:
 * the built-in fonts cover Latin-1 only, so a name such as "Łucja Wróbel" or "Nguyễn Thị Lan"
 * would print as garbage on a certificate or a portfolio.
 */
export const PdfFont = {
  REGULAR: 'Kindred-Regular',
  BOLD: 'Kindred-Bold',
} as const;

export type PdfFontName = (typeof PdfFont)[keyof typeof PdfFont];

const FONT_FILES: Record<PdfFontName, string> = {
  [PdfFont.REGULAR]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  [PdfFont.BOLD]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export interface PdfDraft {
  doc: PDFKit.PDFDocument;
  /** Ends the document and resolves to its bytes. */
  finish(): Promise<Buffer>;
}

/** A pdfkit document with Kindred's fonts registered and its output collected in memory. */
export function pdfDocument(options: PDFKit.PDFDocumentOptions): PdfDraft {
  const doc = new PDFDocument(options);
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  doc.font(PdfFont.REGULAR);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish() {
      doc.end();
      return done;
    },
  };
}

import { PdfFont, pdfDocument } from './pdf-document';

describe('pdfDocument', () => {
  // Uncompressed, so the font dictionaries and the text's Unicode map can be read in the bytes.
  const written = async (text: string) => {
    const { doc, finish } = pdfDocument({ size: 'A4', compress: false });
    doc.font(PdfFont.BOLD).text(text);
    return (await finish()).toString('latin1');
  };

  it('writes a finished PDF', async () => {
    const pdf = await written('Certificate of completion');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('embeds a font that has the letters of names beyond Latin-1, instead of Helvetica', async () => {
    const pdf = await written('Nguyễn Thị Lan and Łucja Wróbel');
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold/);
    expect(pdf).not.toContain('/Helvetica');
    // The embedded subset maps its glyphs back to ễ (U+1EC5) and Ł (U+0141), so the text reads true.
    expect(pdf.toLowerCase()).toContain('<1ec5>');
    expect(pdf.toLowerCase()).toContain('<0141>');
  });
});

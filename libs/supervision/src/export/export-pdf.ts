import { PdfFont, pdfDocument } from '@kindred/common';
import type { SupervisionExport } from './subject-access';

const label = (key: string) => key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

/** The export as a readable A4 document: one heading per kind of record, each field on its own line. */
export function exportPdf(data: SupervisionExport): Promise<Buffer> {
  const { doc, finish } = pdfDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Supervision records: ${data.person.name}`, Subject: 'Subject access export' },
  });
  doc.fontSize(18).text(`Supervision records of ${data.person.name}`);
  doc.fontSize(9).fillColor('#555').text(`Exported ${data.exportedAt}. ${data.redactedNames} names redacted.`);
  doc.fillColor('#000');
  const sections: [string, Record<string, unknown>[]][] = [
    ['Agreements', data.agreements],
    ['Sessions', data.sessions],
    ['Actions', data.actions],
    ['Reflective log', data.reflectiveLog],
    ['Escalations', data.escalations],
  ];
  for (const [title, records] of sections) {
    doc.moveDown().fontSize(14).text(title);
    if (records.length === 0) doc.fontSize(10).text('None.');
    for (const record of records) {
      doc.moveDown(0.5);
      for (const [key, value] of Object.entries(record)) {
        if (value === null || value === undefined || key === 'id') continue;
        const text = typeof value === 'object' ? JSON.stringify(value, null, 1) : String(value);
        doc
          .fontSize(10)
          .font(PdfFont.BOLD)
          .text(`${label(key)}: `, { continued: true });
        doc.font(PdfFont.REGULAR).text(text);
      }
    }
  }
  return finish();
}

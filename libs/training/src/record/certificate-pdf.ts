import { PdfFont, type PdfFontName, pdfDocument } from '@kindred/common';
import type { IsoDate } from '@kindred/org';

export interface CertificateContent {
  partnershipName: string;
  /** The partnership's branding colour, `#rrggbb`. */
  colour: string;
  learnerName: string;
  courseTitle: string;
  completedOn: IsoDate;
  expiresOn: IsoDate | null;
  cpdMinutes: number;
  code: string;
  verificationUrl: string;
}

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const formatDay = (day: IsoDate) => longDate.format(new Date(`${day}T00:00:00Z`));

function cpdHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return `${hours} CPD ${hours === 1 ? 'hour' : 'hours'}`;
}

/** A one-page A4 landscape certificate in the partnership's colour, with the code to verify it. */
export function certificatePdf(content: CertificateContent): Promise<Buffer> {
  const { doc, finish } = pdfDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: {
      Title: `${content.courseTitle}: certificate of completion`,
      Author: content.partnershipName,
      Subject: content.learnerName,
    },
  });

  const { width, height } = doc.page;
  // Each line flows below the last, so a long course title wraps without overlapping what follows.
  const line = (text: string, gap: number, font: PdfFontName, size: number, colour = '#1f2933') =>
    doc
      .font(font)
      .fontSize(size)
      .fillColor(colour)
      .text(text, 72, doc.y + gap, { width: width - 144, align: 'center' });

  doc.rect(0, 0, width, 24).fill(content.colour);
  doc.rect(0, height - 24, width, 24).fill(content.colour);
  doc
    .lineWidth(1.5)
    .strokeColor(content.colour)
    .rect(36, 48, width - 72, height - 96)
    .stroke();

  doc.y = 84;
  line(content.partnershipName, 0, PdfFont.BOLD, 16, content.colour);
  line('Certificate of completion', 26, PdfFont.REGULAR, 34);
  line('This certifies that', 30, PdfFont.REGULAR, 14, '#52606d');
  line(content.learnerName, 10, PdfFont.BOLD, 30);
  line('completed', 14, PdfFont.REGULAR, 14, '#52606d');
  line(content.courseTitle, 8, PdfFont.BOLD, 22, content.colour);
  line(`on ${formatDay(content.completedOn)}`, 14, PdfFont.REGULAR, 14);
  const details = [
    content.expiresOn ? `Valid until ${formatDay(content.expiresOn)}` : 'Does not expire',
    ...(content.cpdMinutes > 0 ? [cpdHours(content.cpdMinutes)] : []),
  ];
  line(details.join('   ·   '), 10, PdfFont.REGULAR, 12, '#52606d');
  doc.y = Math.max(doc.y + 24, height - 130);
  line(`Verification code ${content.code}`, 0, PdfFont.BOLD, 12);
  line(`Check this certificate at ${content.verificationUrl}`, 6, PdfFont.REGULAR, 10, '#52606d');

  return finish();
}

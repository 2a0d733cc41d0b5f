import { PdfFont, type PdfFontName, pdfDocument } from '@kindred/common';
import type { IsoDate } from '@kindred/org';
import { CodeTheme, SignOffKind } from '../revalidation/revalidation-records.entity';
import { Regulator } from '../rules';
import type { PortfolioContent } from './portfolio';

const HEADINGS: Record<Regulator, string> = {
  [Regulator.SWE]: 'CPD record for Social Work England',
  [Regulator.NMC]: 'CPD record for NMC revalidation',
  [Regulator.HCPC]: 'CPD profile for the HCPC',
  [Regulator.NONE]: 'CPD record',
};

const THEMES: Record<CodeTheme, string> = {
  [CodeTheme.PRIORITISE_PEOPLE]: 'Prioritise people',
  [CodeTheme.PRACTISE_EFFECTIVELY]: 'Practise effectively',
  [CodeTheme.PRESERVE_SAFETY]: 'Preserve safety',
  [CodeTheme.PROMOTE_PROFESSIONALISM_AND_TRUST]: 'Promote professionalism and trust',
};

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const formatDay = (day: IsoDate) => longDate.format(new Date(`${day}T00:00:00Z`));
const hours = (minutes: number) => `${Math.round((minutes / 60) * 100) / 100} h`;
const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

/**
 * A person's CPD over a period as an A4 document in the shape their regulator asks for: the log
 * with hours and participatory hours (NMC), learning and change to practice (all), peer reflection
 * (SWE); with `pack`, the NMC revalidation pack adds feedback, reflective accounts on the NMC form,
 * the reflective discussion and the confirmation.
 */
export function portfolioPdf(
  content: PortfolioContent,
  options: { partnershipName: string; colour: string; pack: boolean },
): Promise<Buffer> {
  const title = options.pack ? 'NMC revalidation pack' : HEADINGS[content.regulator];
  const { doc, finish } = pdfDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    info: { Title: title, Author: content.name },
  });
  const heading = (text: string) =>
    doc.moveDown(1).font(PdfFont.BOLD).fontSize(14).fillColor(options.colour).text(text).moveDown(0.3);
  const body = (text: string, font: PdfFontName = PdfFont.REGULAR) =>
    doc.font(font).fontSize(10).fillColor('#1f2933').text(text);
  const field = (label: string, value: string | null) => {
    if (!value) return;
    doc.font(PdfFont.BOLD).fontSize(10).fillColor('#52606d').text(`${label}: `, { continued: true });
    doc.font(PdfFont.REGULAR).fillColor('#1f2933').text(value);
  };

  doc.font(PdfFont.BOLD).fontSize(11).fillColor(options.colour).text(options.partnershipName);
  doc.moveDown(0.5).font(PdfFont.BOLD).fontSize(20).fillColor('#1f2933').text(title);
  doc.moveDown(0.3);
  field('Name', content.name);
  if (content.registration?.number)
    field('Registration', `${content.registration.regulator} ${content.registration.number}`);
  field('Period', `${formatDay(content.from)} to ${formatDay(content.to)}`);

  const total = content.entries.reduce((sum, e) => sum + e.minutes, 0);
  const participatory = content.entries.filter((e) => e.participatory).reduce((sum, e) => sum + e.minutes, 0);
  heading('Summary');
  body(
    `${content.entries.length} CPD ${content.entries.length === 1 ? 'activity' : 'activities'}, ${hours(total)} in all, of which ${hours(participatory)} participatory.`,
  );
  for (const progress of content.progress) {
    body(`${progress.rule} (${formatDay(progress.periodStart)} to ${formatDay(progress.periodEnd)}):`, PdfFont.BOLD);
    for (const r of progress.requirements) body(`${r.met ? '✓' : '✗'} ${r.label}: ${r.have} of ${r.need}`);
  }

  heading('CPD log');
  if (content.entries.length === 0) body('No CPD recorded in this period.');
  for (const entry of content.entries) {
    doc.moveDown(0.5);
    body(entry.title, PdfFont.BOLD);
    body(
      `${formatDay(entry.date)} · ${words(entry.type)} · ${hours(entry.minutes)}${entry.participatory ? ' participatory' : ''}`,
    );
    field('What I learned', entry.learned);
    field('How it changed my practice', entry.practiceChange);
    field('Competencies', entry.competencies.join(', ') || null);
    const peer = entry.peerReflection;
    if (peer) field('Peer reflection', `with ${peer.withWhom} on ${formatDay(peer.on)}: ${peer.summary}`);
    field('Evidence', entry.evidence.join(', ') || null);
  }

  if (options.pack) {
    heading('Practice-related feedback');
    if (content.feedback.length === 0) body('None recorded.');
    content.feedback.forEach((f, i) => {
      doc.moveDown(0.4);
      body(`${i + 1}. ${formatDay(f.receivedOn)}, from ${f.source}`, PdfFont.BOLD);
      body(f.summary);
      field('How I used it', f.howUsed);
    });
    heading('Written reflective accounts');
    if (content.accounts.length === 0) body('None written.');
    content.accounts.forEach((a, i) => {
      doc.moveDown(0.4);
      body(`Reflective account ${i + 1} (${formatDay(a.writtenOn)})`, PdfFont.BOLD);
      field('What was the nature of the CPD activity and/or practice-related feedback', a.nature);
      field('What did you learn from the CPD activity and/or feedback', a.learned);
      field('How did you change or improve your practice as a result', a.practiceChange);
      field('How is this relevant to the Code', `${a.codeThemes.map((t) => THEMES[t]).join(', ')}. ${a.codeRelevance}`);
    });
    heading('Reflective discussion and confirmation');
    if (content.signOffs.length === 0) body('None recorded.');
    for (const s of content.signOffs) {
      doc.moveDown(0.4);
      const kind = s.kind === SignOffKind.REFLECTIVE_DISCUSSION ? 'Reflective discussion' : 'Confirmation';
      body(`${kind}, ${formatDay(s.on)}`, PdfFont.BOLD);
      field('With', s.partnerPin ? `${s.partnerName} (NMC PIN ${s.partnerPin})` : s.partnerName);
      field('Notes', s.notes);
    }
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.font(PdfFont.REGULAR).fontSize(8).fillColor('#52606d');
    doc.text(`${content.name} · ${title} · page ${i + 1} of ${range.count}`, 56, doc.page.height - 40, {
      width: doc.page.width - 112,
      align: 'center',
      lineBreak: false,
    });
  }
  return finish();
}

import type { PortfolioEntry } from './portfolio';

// A cell starting with one of these runs as a formula in a spreadsheet; an apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;
const cell = (value: string | number) => {
  const text = String(value);
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

// The NMC's CPD log columns (dates, method, topic, hours, participatory hours, evidence) with
// Social Work England's reflection and peer reflection beside them, so one file serves each.
const HEADER = [
  'Date',
  'Title',
  'Type',
  'Hours',
  'Participatory hours',
  'What I learned',
  'How it changed my practice',
  'Competencies',
  'Peer reflection with',
  'Peer reflection date',
  'Peer reflection summary',
  'Evidence files',
  'Source',
];

/** The log as CSV: UTF-8 with a byte-order mark and CRLF line ends, as Excel opens it cleanly. */
export function portfolioCsv(entries: PortfolioEntry[]): string {
  const rows = entries.map((e) =>
    [
      e.date,
      e.title,
      e.type,
      hours(e.minutes),
      e.participatory ? hours(e.minutes) : 0,
      e.learned ?? '',
      e.practiceChange ?? '',
      e.competencies.join('; '),
      e.peerReflection?.withWhom ?? '',
      e.peerReflection?.on ?? '',
      e.peerReflection?.summary ?? '',
      e.evidence.join('; '),
      e.source,
    ]
      .map(cell)
      .join(','),
  );
  return `\ufeff${[HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}

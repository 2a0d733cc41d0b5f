import { isTimeZone, ProviderError, wallClock } from '@kindred/plugin-sdk';

/** A VEVENT as read: properties by name, each with its parameters. */
export interface CalendarEvent {
  uid: string | null;
  summary: string;
  start: Date | null;
  end: Date | null;
  location: string | null;
  url: string | null;
  status: string | null;
  recurring: boolean;
  /** Which occurrence of a recurring event this one overrides, as written. */
  recurrenceId: string | null;
}

interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** RFC 5545 §3.1: a line starting with a space or tab continues the previous one. */
function unfold(text: string): string[] {
  return text
    .replace(/\r\n|\r/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

function contentLine(line: string): ContentLine | null {
  // The value starts at the first colon outside a quoted parameter value.
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 1) return null;
  const [name, ...params] = line.slice(0, colon).split(';');
  return {
    name: name.toUpperCase(),
    params: Object.fromEntries(
      params.map((p) => {
        const [key, ...value] = p.split('=');
        return [key.toUpperCase(), value.join('=').replace(/^"|"$/g, '')];
      }),
    ),
    value: line.slice(colon + 1),
  };
}

const unescape = (text: string) =>
  text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)).trim();

/** A DATE or DATE-TIME value: UTC (`Z`), in its TZID, or floating (read in `defaultZone`). */
function dateValue(line: ContentLine, defaultZone: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(line.value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', utc] = match;
  const time = { year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: +s };
  if (utc) return new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
  // Outlook writes Windows zone names; the provider's own zone is the best guess for those.
  const zone = line.params.TZID && isTimeZone(line.params.TZID) ? line.params.TZID : defaultZone;
  return wallClock(time, zone);
}

/** ISO 8601 durations as calendars write them: P1D, PT3H30M, P1DT2H. */
function durationMs(value: string): number | null {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  if (!match) return null;
  const [, w = '0', d = '0', h = '0', m = '0', s = '0'] = match;
  return ((((+w * 7 + +d) * 24 + +h) * 60 + +m) * 60 + +s) * 1000;
}

/**
 * The events of an iCalendar document (RFC 5545): just what a training calendar needs. Anything
 * that is not a calendar at all is refused, so a provider's error page never reads as "no events".
 */
export function readCalendar(text: string, defaultZone: string, source: string): CalendarEvent[] {
  const lines = unfold(text.replace(/^\uFEFF/, ''));
  if (lines[0]?.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
    throw new ProviderError(
      'MALFORMED',
      `${source} is not an iCalendar feed (it does not begin with BEGIN:VCALENDAR).`,
    );
  }
  if (!lines.some((l) => l.trim().toUpperCase() === 'END:VCALENDAR')) {
    throw new ProviderError('MALFORMED', `${source} ends before END:VCALENDAR: the feed was cut short.`);
  }
  const events: CalendarEvent[] = [];
  let event: Map<string, ContentLine> | null = null;
  let depth = 0;
  for (const raw of lines) {
    const line = contentLine(raw);
    if (!line) continue;
    if (line.name === 'BEGIN' && line.value.toUpperCase() === 'VEVENT' && !event) {
      event = new Map();
      depth = 0;
    } else if (event && line.name === 'BEGIN') {
      depth += 1; // a VALARM inside the event: its properties are not the event's
    } else if (event && line.name === 'END' && line.value.toUpperCase() !== 'VEVENT') {
      depth -= 1;
    } else if (event && line.name === 'END') {
      events.push(toEvent(event, defaultZone));
      event = null;
    } else if (event && depth === 0 && !event.has(line.name)) {
      event.set(line.name, line);
    }
  }
  return events;
}

function toEvent(props: Map<string, ContentLine>, zone: string): CalendarEvent {
  const text = (name: string) => (props.has(name) ? unescape(props.get(name)!.value) || null : null);
  const start = props.has('DTSTART') ? dateValue(props.get('DTSTART')!, zone) : null;
  let end = props.has('DTEND') ? dateValue(props.get('DTEND')!, zone) : null;
  if (!end && start && props.has('DURATION')) {
    const ms = durationMs(props.get('DURATION')!.value);
    end = ms === null ? null : new Date(start.getTime() + ms);
  }
  // An all-day event with no end lasts the day (RFC 5545 §3.6.1).
  if (!end && start && props.get('DTSTART')!.value.trim().length === 8) end = new Date(start.getTime() + 86_400_000);
  return {
    uid: text('UID'),
    summary: text('SUMMARY') ?? '',
    start,
    end,
    location: text('LOCATION'),
    url: text('URL'),
    status: text('STATUS')?.toUpperCase() ?? null,
    recurring: props.has('RRULE'),
    recurrenceId: props.get('RECURRENCE-ID')?.value.trim() ?? null,
  };
}

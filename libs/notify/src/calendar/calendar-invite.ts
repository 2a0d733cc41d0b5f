import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/**
 * A calendar entry carried by a message, stored with the outbox row so a retry sends exactly the
 * invite the change made. `uid` is stable for what it describes (a booking), and `sequence` grows
 * with each change, so calendars update the entry they hold instead of adding another.
 */
export interface CalendarInvite {
  uid: string;
  sequence: number;
  /** REQUEST adds or updates the entry; CANCEL removes it. */
  method: 'REQUEST' | 'CANCEL';
  summary: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
  description: string;
  url: string | null;
}

export interface CalendarParty {
  name: string;
  email: string;
}

const PRODUCT = { company: 'Kindred', product: 'Kindred', language: 'EN' };

/**
 * The .ics text of one invite, from the partnership's sender to the recipient. Outlook treats a
 * file as an invite only with METHOD, an ORGANIZER and the recipient as an ATTENDEE.
 */
export function inviteFile(invite: CalendarInvite, organiser: CalendarParty, attendee: CalendarParty): string {
  const calendar = ical({ prodId: PRODUCT, method: ICalCalendarMethod[invite.method] });
  calendar.createEvent({
    id: invite.uid,
    sequence: invite.sequence,
    start: new Date(invite.startsAt),
    end: new Date(invite.endsAt),
    stamp: new Date(),
    summary: invite.summary,
    description: invite.description,
    location: invite.location,
    url: invite.url,
    status: invite.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: organiser.name, email: organiser.email },
    attendees: [
      {
        name: attendee.name,
        email: attendee.email,
        role: ICalAttendeeRole.REQ,
        rsvp: false,
        status: invite.method === 'CANCEL' ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
      },
    ],
  });
  return calendar.toString();
}

/** A subscription feed (METHOD:PUBLISH): the events as they stand, under the same uids as the invites. */
export function feedFile(name: string, events: Omit<CalendarInvite, 'method'>[]): string {
  const calendar = ical({ prodId: PRODUCT, name, method: ICalCalendarMethod.PUBLISH, ttl: 3600 });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      stamp: new Date(),
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: event.url,
    });
  }
  return calendar.toString();
}

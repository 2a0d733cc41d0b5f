import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ref } from '@mikro-orm/core';
import type { Partnership } from '@kindred/database';
import type { IsoDate, JobAssignment, Person } from '@kindred/org';
import {
  EVALUATION_STATEMENTS,
  PulseSurvey,
  SessionFeedback,
  SurveyParticipation,
  SurveyResponse,
  YouSaidAction,
  YouSaidStatus,
} from '@kindred/planning';
import { Booking, SessionStatus, type TrainingSession } from '@kindred/training';

export interface CultureOptions {
  today: IsoDate;
  people: Person[];
  assignments: JobAssignment[];
  sessions: TrainingSession[];
  /** Who the demo's bookings were made by. */
  bookedByUserId: string;
}

const DAY = 86_400_000;
/** Attendees per completed session, and how many of them gave feedback. */
const ATTENDEES = 8;
const ANSWERED = 6;
/** Share of the workforce answering each past survey wave, and the open one in its first days. */
const TURNOUT = 0.45;
const EARLY_TURNOUT = 0.2;

/** Deterministic numbers in [0, 1): the demo is the same every time. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function addDays(day: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);
}

/** A rating from 1 to 5 leaning towards `centre`. */
function rating(random: () => number, centre: number): number {
  return Math.min(5, Math.max(1, Math.round(centre + (random() - 0.5) * 2.6)));
}

/**
 * The learning culture in the demo: people who attended the completed sessions, most of whom gave
 * feedback; and a workforce pulse survey with two past waves answered by about half the staff
 * (small groups' results are withheld, as they should be), a wave open now that a fifth have
 * answered so far and the demo's own sign-ins can answer, and a "you said, we did" answering the
 * first wave. Persisted into `em` without flushing; the survey is returned for the plan's survey
 * agreement objective.
 */
export function seedCulture(em: EntityManager, partnership: Ref<Partnership>, options: CultureOptions): PulseSurvey {
  const random = sequence(20_261_123);
  const jobOf = new Map<string, JobAssignment>();
  for (const job of options.assignments) {
    if (job.endDate === null && !jobOf.has(job.person.id)) jobOf.set(job.person.id, job);
  }
  // People without a sign-in: the demo's own users keep empty training histories to try things with.
  const staff = options.people.filter((p) => !p.user && jobOf.has(p.id));

  const completed = options.sessions.filter((s) => s.status === SessionStatus.COMPLETED);
  completed.forEach((session, index) => {
    const course = session.course.getEntity();
    const attendees = staff.slice(index * ATTENDEES, (index + 1) * ATTENDEES);
    attendees.forEach((person, arrival) => {
      const booking = new Booking(session, person, {
        organisation: jobOf.get(person.id)!.organisation.getEntity(),
        arrival,
        requestedByUserId: options.bookedByUserId,
        approver: null,
      });
      booking.confirm(null);
      booking.settleAttendance(session.parts.length, 0, session.parts.length);
      em.persist(booking);
      if (arrival >= ANSWERED) return;
      em.persist(
        new SessionFeedback(booking, session, course.outcomes, {
          reaction: rating(random, 4),
          usefulness: rating(random, 3.8),
          confidence: course.outcomes.map(() => ({ before: rating(random, 2.4), after: rating(random, 3.9) })),
          comment: arrival === 0 ? 'Practical and well paced; I would like more time on case examples.' : null,
        }),
      );
    });
  });

  const survey = new PulseSurvey(partnership, 'Workforce pulse survey', EVALUATION_STATEMENTS);
  survey.addStatement('I know who to ask when I need advice about a family.', addDays(options.today, -200));
  const first = survey.addWave('Wave 1', addDays(options.today, -120), addDays(options.today, -106));
  const second = survey.addWave('Wave 2', addDays(options.today, -30), addDays(options.today, -16));
  const third = survey.addWave('Wave 3', addDays(options.today, -2), addDays(options.today, 12));
  em.persist(survey);
  // Agreement drifts up between the waves: the training offer was acted on after the first.
  for (const [wave, lift, turnout] of [
    [first, 0, TURNOUT],
    [second, 0.4, TURNOUT],
    [third, 0.6, EARLY_TURNOUT],
  ] as const) {
    for (const person of staff) {
      if (random() >= turnout) continue;
      const job = jobOf.get(person.id)!;
      const agreements = new Map(survey.current.map((s, i) => [s.id, rating(random, 3 + lift - (i === 4 ? 0.8 : 0))]));
      em.persist(new SurveyParticipation(wave, person));
      em.persist(
        new SurveyResponse(
          wave,
          {
            organisationId: job.organisation.id,
            roleProfileId: job.roleProfileId,
            employmentType: job.employmentType,
          },
          survey.current,
          agreements,
        ),
      );
    }
  }
  const lead = options.people.find((p) => p.user?.id === options.bookedByUserId);
  if (lead) {
    em.persist(
      new YouSaidAction(partnership, {
        youSaid: 'You said you do not have the time to take part in the training offer.',
        weDid: 'Half-day sessions now run at every family hub, and partners can claim backfill for the time away.',
        owner: lead,
        status: YouSaidStatus.IN_PROGRESS,
        course: null,
        wave: first,
        statement: survey.current[4],
      }),
    );
  }
  return survey;
}

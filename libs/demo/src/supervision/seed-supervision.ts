import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@kindred/auth';
import type { AppConfig } from '@kindred/config';
import type { IsoDate, JobAssignment, Person } from '@kindred/org';
import {
  ActionStatus,
  ContentCipher,
  FrequencyPattern,
  SessionKind,
  SupervisionAction,
  SupervisionAgreement,
  SupervisionFunction,
  SupervisionModel,
  SupervisionSession,
  SupervisionType,
  WellbeingRating,
} from '@kindred/supervision';
import { DEMO_USERS } from '../demo-people';

export interface SupervisionOptions {
  today: IsoDate;
  people: Person[];
  assignments: JobAssignment[];
}

const DAY = 86_400_000;
const { MANAGEMENT, DEVELOPMENT, SUPPORT, MEDIATION } = SupervisionFunction;

const NOTES = [
  'Reviewed the caseload: two families stepping down to universal services, one new referral from the school nurse.',
  'Talked through a home visit where dad was reluctant to engage; agreed to try a joint visit with the health visitor.',
  'Reflected on the team meeting and how workload is shared since the hub extended its opening hours.',
  'Discussed the learning from the parenting group evaluation and what to change for the next cohort.',
  'Went through the trauma-informed practice principles against a recent case: choice and collaboration.',
];
const ACTIONS = [
  'Book the trauma-informed practice refresher',
  'Arrange a joint visit with the health visitor',
  'Update the family plan after the review meeting',
  'Shadow a Start for Life group at Ashbury',
  'Read the local neglect strategy and bring questions',
];

/**
 * Supervision in the demo: the demo supervisor's practice supervision of the demo learner with five
 * signed-off sessions (the latest waiting for the learner's acknowledgement), an ASYE social worker
 * in their first weeks, the demo manager's line management of their team with some now overdue,
 * and a monthly multi-agency reflective practice group. Content is sealed with the configured key,
 * as the API would; persisted into `em` without flushing.
 */
export function seedSupervision(em: EntityManager, config: AppConfig, options: SupervisionOptions): void {
  const cipher = new ContentCipher(config);
  const person = (role: Role) =>
    options.people.find((p) => p.email === DEMO_USERS.find((d) => d.role === role)!.email)!;
  const supervisor = person(Role.SUPERVISOR);
  const learner = person(Role.LEARNER);
  const manager = person(Role.MANAGER);
  const at = (daysAgo: number, hour = 10) => new Date(Date.parse(`${options.today}T${hour}:00:00Z`) - daysAgo * DAY);
  const day = (daysAgo: number) => at(daysAgo).toISOString().slice(0, 10);

  const agreement = (
    supervisee: Person,
    by: Person,
    type: SupervisionType,
    pattern: FrequencyPattern,
    everyDays: number | null,
    startedDaysAgo: number,
  ) => {
    const made = new SupervisionAgreement(supervisee, by, {
      type,
      model: SupervisionModel.MORRISON_4X4X4,
      frequency: { pattern, everyDays },
      expectedMinutes: 90,
      startDate: day(startedDaysAgo),
      reviewDate: day(startedDaysAgo - 365),
    });
    made.sharingSealed = cipher.seal(
      'The record is shared with my supervisor’s line manager. Safeguarding concerns are escalated to the named lead.',
      `SupervisionAgreement:${made.id}:sharing`,
    );
    made.sign(supervisee, at(startedDaysAgo));
    made.sign(by, at(startedDaysAgo));
    em.persist(made);
    return made;
  };

  let n = 0;
  const held = (made: SupervisionAgreement, daysAgo: number, acknowledged = true) => {
    const session = SupervisionSession.oneToOne(made, at(daysAgo), 90);
    const note = NOTES[n % NOTES.length];
    session.record(
      {
        durationMinutes: 90,
        functions: n % 2 ? [MANAGEMENT, SUPPORT, DEVELOPMENT] : [MANAGEMENT, SUPPORT, MEDIATION],
        wellbeingRating: n % 5 === 3 ? WellbeingRating.AMBER : WellbeingRating.GREEN,
        contentSealed: cipher.seal(
          JSON.stringify({ agenda: 'Caseload, wellbeing, learning', discussionNotes: note, wellbeingNote: null }),
          `SupervisionSession:${session.id}:content`,
        ),
        learningNeeds: [],
        nextDate: null,
      },
      at(daysAgo, 12),
    );
    session.signOff(at(daysAgo, 13));
    if (acknowledged) session.acknowledge(null, at(daysAgo - 1));
    const action = new SupervisionAction(session, made.supervisee.getEntity(), day(daysAgo - 21));
    action.descriptionSealed = cipher.seal(ACTIONS[n % ACTIONS.length], `SupervisionAction:${action.id}:description`);
    if (daysAgo > 40) action.setStatus(ActionStatus.DONE, at(daysAgo - 20));
    em.persist([session, action]);
    n += 1;
  };

  const practice = agreement(
    learner,
    supervisor,
    SupervisionType.PRACTICE_SUPERVISION,
    FrequencyPattern.EVERY_N_DAYS,
    28,
    180,
  );
  [150, 122, 94, 66].forEach((d) => held(practice, d));
  held(practice, 12, false);

  const active = (a: JobAssignment) =>
    a.startDate <= options.today && (a.endDate === null || a.endDate >= options.today);
  const reportsOf = (boss: Person) =>
    options.assignments.filter((a) => active(a) && a.lineManager?.id === boss.id).map((a) => a.person.getEntity());
  const colleagues = reportsOf(manager).filter((p) => p.id !== learner.id);
  // Line management: the first few are kept to month, the rest have slipped.
  colleagues.slice(0, 6).forEach((report, i) => {
    const made = agreement(report, manager, SupervisionType.LINE_MANAGEMENT, FrequencyPattern.EVERY_N_DAYS, 30, 120);
    (i < 4 ? [95, 65, 35 - i * 3] : [95, 70]).forEach((d) => held(made, d));
  });

  // A newly qualified social worker on the ASYE pattern: weekly so far.
  const asyeWorker = reportsOf(supervisor)[0] ?? colleagues[6];
  if (asyeWorker) {
    const asye = agreement(
      asyeWorker,
      supervisor,
      SupervisionType.PRACTICE_SUPERVISION,
      FrequencyPattern.ASYE,
      null,
      38,
    );
    [31, 24, 17, 10, 3].forEach((d) => held(asye, d));
  }

  // A multi-agency reflective practice group, across organisations.
  const seen = new Set<string>();
  const attendees = options.assignments
    .filter(
      (a) =>
        active(a) &&
        a.person.id !== supervisor.id &&
        a.person.id !== learner.id &&
        !seen.has(a.organisation.id) &&
        seen.add(a.organisation.id),
    )
    .slice(0, 7)
    .map((a) => a.person.getEntity());
  [75, 47, 19].forEach((daysAgo, i) => {
    const group = SupervisionSession.group(
      supervisor,
      {
        kind: SessionKind.REFLECTIVE_PRACTICE,
        type: SupervisionType.RESTORATIVE,
        startsAt: at(daysAgo, 14),
        durationMinutes: 90,
      },
      [learner, ...attendees.slice(i, i + 5)],
    );
    group.record(
      {
        durationMinutes: 90,
        functions: [SUPPORT, DEVELOPMENT],
        wellbeingRating: null,
        contentSealed: cipher.seal(
          JSON.stringify({ discussionNotes: 'Case presentation and reflection using the Gibbs cycle.' }),
          `SupervisionSession:${group.id}:content`,
        ),
        learningNeeds: [],
        nextDate: null,
      },
      at(daysAgo, 17),
    );
    group.signOff(at(daysAgo, 17));
    em.persist(group);
  });
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '@kindred/config';
import {
  CodeTheme,
  CpdEntry,
  CpdSource,
  CpdType,
  PracticeFeedback,
  ProfessionalRegistration,
  ReflectiveAccount,
  Regulator,
  RevalidationSignOff,
  SignOffKind,
} from '@kindred/cpd';
import type { IsoDate, JobAssignment, Person } from '@kindred/org';
import { ContentCipher } from '@kindred/supervision';

export interface CpdOptions {
  today: IsoDate;
  people: Person[];
  assignments: JobAssignment[];
}

const DAY = 86_400_000;
const daysAgo = (today: IsoDate, days: number) =>
  new Date(new Date(`${today}T00:00:00Z`).getTime() - days * DAY).toISOString().slice(0, 10);

interface EntrySpec {
  daysAgo: number;
  title: string;
  type: CpdType;
  hours: number;
  participatory: boolean;
  learned?: string;
  practiceChange?: string;
  peer?: string;
}

/**
 * Registrations and CPD for a handful of demo people, so each regulator's rules show something:
 * Marcus Bell, the practice supervisor, is a social worker (Social Work England, one record with
 * peer reflection so far); the first health visitor is part-way to NMC revalidation; the first
 * clinical psychologist is HCPC registered; Jordan Reid and a home-visiting volunteer are measured
 * against the partnership's targets. Reflective text is sealed with the configured key, as the API
 * would. Persisted into `em` without flushing, as the rest of the demo.
 */
export function seedCpd(em: EntityManager, config: AppConfig, options: CpdOptions): void {
  const { today } = options;
  const cipher = new ContentCipher(config);
  const byEmail = (email: string) => options.people.find((p) => p.email === email);
  const byJob = (title: string) => options.assignments.find((a) => a.jobTitle === title)?.person.getEntity();
  const log = (person: Person | undefined, specs: EntrySpec[]) =>
    person &&
    em.persist(
      specs.map(
        (s) =>
          new CpdEntry(
            person,
            {
              date: daysAgo(today, s.daysAgo),
              title: s.title,
              type: s.type,
              minutes: s.hours * 60,
              participatory: s.participatory,
              learned: s.learned ?? null,
              practiceChange: s.practiceChange ?? null,
              competencies: [],
              peerReflection: s.peer
                ? {
                    withWhom: s.peer,
                    on: daysAgo(today, s.daysAgo - 7),
                    summary: 'Talked through what I would do differently.',
                  }
                : null,
            },
            today,
            { source: CpdSource.MANUAL, sourceId: null },
            cipher,
          ),
      ),
    );
  const register = (
    person: Person | undefined,
    regulator: Regulator,
    number: string | null,
    renewalOn: IsoDate | null,
  ) => person && em.persist(new ProfessionalRegistration(person, { regulator, number, renewalOn }));

  const socialWorker = byEmail('supervisor@northshire.example');
  register(socialWorker, Regulator.SWE, 'SW104233', null);
  log(socialWorker, [
    {
      daysAgo: 40,
      title: 'Reflective supervision: using the 4x4x4 model',
      type: CpdType.COURSE,
      hours: 6,
      participatory: true,
      learned: 'How to hold the four functions of supervision in one session.',
      practiceChange: 'My supervision agendas now start from the supervisee’s reflection.',
      peer: 'Dee Walsh, principal social worker',
    },
  ]);

  const healthVisitor = byJob('Health visitor');
  const revalidationOn = daysAgo(today, -150);
  register(healthVisitor, Regulator.NMC, '09H1234E', revalidationOn);
  log(healthVisitor, [
    { daysAgo: 500, title: 'Solihull Approach foundation', type: CpdType.COURSE, hours: 12, participatory: true },
    { daysAgo: 320, title: 'Infant feeding update', type: CpdType.E_LEARNING, hours: 6, participatory: false },
    {
      daysAgo: 90,
      title: 'Perinatal mental health conference',
      type: CpdType.CONFERENCE,
      hours: 7,
      participatory: true,
    },
    {
      daysAgo: 30,
      title: 'Reading: NICE guideline on postnatal care',
      type: CpdType.READING,
      hours: 3,
      participatory: false,
    },
  ]);
  if (healthVisitor) {
    em.persist(
      [60, 120, 200].map(
        (ago, i) =>
          new PracticeFeedback(
            healthVisitor,
            {
              receivedOn: daysAgo(today, ago),
              source: ['A parent', 'A GP colleague', 'Peer audit'][i],
              summary: 'Positive feedback on a new birth visit.',
              howUsed: null,
            },
            today,
            cipher,
          ),
      ),
    );
    em.persist(
      new ReflectiveAccount(
        healthVisitor,
        {
          writtenOn: daysAgo(today, 80),
          nature: 'The perinatal mental health conference.',
          learned: 'Fathers’ mental health is missed at the new birth visit.',
          practiceChange: 'I now ask both parents the whooley questions.',
          codeThemes: [CodeTheme.PRIORITISE_PEOPLE, CodeTheme.PRACTISE_EFFECTIVELY],
          codeRelevance: 'Responding to the needs of the whole family.',
        },
        today,
        cipher,
      ),
    );
    em.persist(
      new RevalidationSignOff(
        healthVisitor,
        {
          kind: SignOffKind.REFLECTIVE_DISCUSSION,
          on: daysAgo(today, 20),
          partnerName: 'Practice educator, health visiting',
          partnerPin: '01A2345B',
          notes: null,
        },
        today,
        cipher,
      ),
    );
  }

  const psychologist = byJob('Clinical psychologist');
  register(psychologist, Regulator.HCPC, 'PYL12345', daysAgo(today, -400));
  log(psychologist, [
    {
      daysAgo: 200,
      title: 'Video interaction guidance',
      type: CpdType.COURSE,
      hours: 14,
      participatory: true,
      learned: 'Micro-analysis of attuned moments.',
      practiceChange: 'I review clips with parents.',
    },
    {
      daysAgo: 60,
      title: 'Journal club: parent-infant psychotherapy',
      type: CpdType.PEER_LEARNING,
      hours: 2,
      participatory: true,
      learned: 'Evidence for short interventions.',
      practiceChange: 'I offer a six-session model.',
    },
  ]);

  log(byEmail('learner@northshire.example'), [
    {
      daysAgo: 25,
      title: 'Shadowing the early help duty desk',
      type: CpdType.SHADOWING,
      hours: 3,
      participatory: true,
    },
    {
      daysAgo: 12,
      title: 'Reading: Family Hub Model Framework',
      type: CpdType.READING,
      hours: 1.5,
      participatory: false,
    },
  ]);
  log(byJob('Home-visiting volunteer'), [
    {
      daysAgo: 35,
      title: 'Home-Start volunteer preparation course',
      type: CpdType.COURSE,
      hours: 4,
      participatory: true,
    },
  ]);
}

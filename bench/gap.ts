// Times the skills-gap heatmap and a team drill-down through the real GapService over 20,000
// people, against a database of its own on the machine's PostgreSQL (TEST_DATABASE_URL). Run with
// `npm run bench -- gap`; the last line printed is {"people":20000,"heatmapP95Ms":X,"drilldownP95Ms":Y}.
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { ref, type Ref } from '@mikro-orm/core';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { fakerEN_GB as faker } from '@faker-js/faker';
import { type Actor, Role } from '@kindred/auth';
import { loadConfig } from '@kindred/config';
import { ormOptions, Partnership, scopeToPartnership } from '@kindred/database';
import { Organisation, OrganisationKind, Site, SiteKind, Team } from '@kindred/org';
import {
  buildFramework,
  type Competency,
  type CompetencyFramework,
  type FrameworkDefinition,
  type ProficiencyScale,
  RequirementPriority,
  RoleProfile,
} from '@kindred/skills';
import { createTestDatabase } from '@kindred/testing';
import { allEntities } from '../apps/migrator/src/entities';
import { migrate } from '../apps/migrator/src/migrate';
import { HeatmapAxis } from '../libs/skills/src/graphql/enums';
import { GapService } from '../libs/skills/src/gap/gap.service';
import type { Heatmap } from '../libs/skills/src/gap/gap.types';

const PEOPLE = 20_000;
const ORGANISATIONS: [code: string, name: string, kind: OrganisationKind][] = [
  ['BEN-CS', "Benchley Council Children's Services", OrganisationKind.LOCAL_AUTHORITY],
  ['BEN-HV', 'Benchley Community Health', OrganisationKind.HEALTH],
  ['BEN-MH', 'Benchley Mental Health Trust', OrganisationKind.HEALTH],
  ['BEN-EDU', 'Benchley Schools Partnership', OrganisationKind.EDUCATION],
  ['BEN-SC', 'Benchley Adult Social Care', OrganisationKind.SOCIAL_CARE],
  ['BEN-HSG', 'Benchley Homes', OrganisationKind.HOUSING],
  ['BEN-VOL', 'Benchley Home Visiting Volunteers', OrganisationKind.VCFSE],
  ['BEN-YTH', 'Benchley Youth Trust', OrganisationKind.VCFSE],
];
// Ten towns, each with a family hub and four spokes or outreach venues: 50 sites.
const TOWNS = [
  'Aldgate',
  'Brayford',
  'Coldharbour',
  'Dunmere',
  'Eastwick',
  'Fenby',
  'Greywell',
  'Holme',
  'Ivybridge',
  'Kelso',
];
const SPOKES_PER_HUB = 4;
// Every organisation has a team of each kind in each area: 50 teams, 400 in all.
const TEAM_KINDS = [
  'Early Help',
  'Family Support',
  'Health Visiting',
  'Parenting',
  'Youth Work',
  'Perinatal',
  'Speech and Language',
  'Outreach',
  'Befriending',
  'Reception',
];
const AREAS = ['North', 'South', 'East', 'West', 'Central'];
const TEAMS_PER_ORGANISATION = TEAM_KINDS.length * AREAS.length;
// One team in twenty works from no site, so the site heatmap has its "No site" column.
const SITELESS_EVERY = 20;
const DOMAINS = [
  'Working with families',
  'Safeguarding',
  'Multi-agency practice',
  'Child development',
  'Professional practice',
];
const COMPETENCIES_PER_DOMAIN = 12;
// Ten jobs at four grades: 40 role profiles.
const JOBS = [
  'Family support worker',
  'Family hub navigator',
  'Health visitor',
  'Early help practitioner',
  'Youth worker',
  'Parenting practitioner',
  'Perinatal mental health practitioner',
  'Speech and language assistant',
  'Home visiting volunteer',
  'Housing support officer',
];
const GRADES = ['Trainee', 'Qualified', 'Senior', 'Lead'];
/** Percent of the (person, competency) pairs a job requires that have a stored level at all. */
const HELD_PERCENT = 65;
/** The levels held, drawn evenly from this list: 10% level 1, 25% level 2, 40% level 3, 25% level 4. */
const HELD_LEVELS = [1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4];
const WARM_UP_RUNS = 5;
const TIMED_RUNS = 50;
const PAGE = 25;

/**
 * A deterministic pseudo-random integer in [0, n) for a row, so the seeded workforce is the same
 * on every run without a round trip per row: `key` is an SQL expression naming the row.
 */
const pick = (key: string, salt: string, n: number) => `(abs(hashtext(${key} || ':${salt}')) % ${n})`;

function frameworkDefinition(): FrameworkDefinition {
  const levels = ['Awareness', 'Developing', 'Proficient', 'Expert'];
  return {
    code: 'bench-practice',
    name: 'Benchley integrated practice',
    version: '1',
    description: 'A synthetic framework for the gap benchmark.',
    source: 'bench/gap.ts',
    effectiveFrom: '2020-01-01',
    effectiveTo: null,
    levelRule: 'HIGHEST_VALIDATED',
    selfAssessmentCounts: false,
    scale: {
      name: 'Benchley practice levels',
      description: 'Four cumulative levels.',
      cumulative: true,
      levels: levels.map((name) => ({ name, description: `${name} level.` })),
    },
    competencies: DOMAINS.map((domain, d) => ({
      code: `BP.${d + 1}`,
      name: domain,
      kind: 'DOMAIN' as const,
      description: domain,
      validForMonths: null,
      indicators: [],
      children: Array.from({ length: COMPETENCIES_PER_DOMAIN }, (_, c) => ({
        code: `BP.${d + 1}.${c + 1}`,
        name: `${domain} ${c + 1}`,
        kind: 'COMPETENCY' as const,
        description: `Competency ${c + 1} of ${domain.toLowerCase()}.`,
        // A third of them need refreshing, as safeguarding training does.
        validForMonths: c % 3 === 0 ? 36 : null,
        indicators: levels.map((level, l) => ({ level: l + 1, text: `${level} in ${domain.toLowerCase()} ${c + 1}.` })),
        children: [],
      })),
    })),
  };
}

/** Organisations, sites, teams, the framework and role profiles: built through their entities. */
async function seedStructure(em: EntityManager, partnership: Ref<Partnership>): Promise<CompetencyFramework> {
  faker.seed(20_000);
  const sites = TOWNS.flatMap((town) => {
    const hub = new Site(partnership, { name: `${town} Family Hub`, kind: SiteKind.FAMILY_HUB, locality: town });
    const spokes = Array.from({ length: SPOKES_PER_HUB }, (_, n) => {
      const kind = n % 2 ? SiteKind.OUTREACH : SiteKind.SPOKE;
      const spoke = new Site(partnership, { name: `${town} ${kind.toLowerCase()} ${n + 1}`, kind, locality: town });
      spoke.attachTo(hub);
      return spoke;
    });
    return [hub, ...spokes];
  });
  em.persist(sites);
  let teamNumber = 0;
  for (const [code, name, kind] of ORGANISATIONS) {
    const organisation = new Organisation(partnership, {
      code,
      name,
      kind,
      statutory: kind !== OrganisationKind.VCFSE,
    });
    em.persist(organisation);
    for (const area of AREAS) {
      for (const teamKind of TEAM_KINDS) {
        const team = new Team(organisation, `${teamKind} ${area}`);
        team.baseAt(++teamNumber % SITELESS_EVERY ? sites[teamNumber % sites.length] : null);
        em.persist(team);
      }
    }
  }
  const { scale, framework, competencies } = buildFramework(partnership, frameworkDefinition());
  em.persist([scale, framework, ...competencies]);
  const assessable = competencies.filter((c) => c.assessable);
  for (const job of JOBS) {
    for (const [grade, title] of GRADES.entries()) {
      const profile = new RoleProfile(partnership, `${title} ${job.toLowerCase()}`, `${title} grade.`);
      for (const competency of faker.helpers.arrayElements(assessable, { min: 10, max: 20 })) {
        requireAt(profile, competency, scale, grade);
      }
      em.persist(profile);
    }
  }
  await em.flush();
  return framework;
}

/** Higher grades need higher levels, and more of them are essential. */
function requireAt(profile: RoleProfile, competency: Competency, scale: ProficiencyScale, grade: number): void {
  profile.require(competency, scale, {
    level: Math.max(1, Math.min(scale.levels.length, 1 + grade + faker.helpers.arrayElement([-1, 0, 0, 1]))),
    priority: faker.datatype.boolean({ probability: 0.4 + grade * 0.1 })
      ? RequirementPriority.ESSENTIAL
      : RequirementPriority.DESIRABLE,
    withinDays: faker.helpers.maybe(() => faker.helpers.arrayElement([90, 180, 365]), { probability: 0.3 }) ?? null,
  });
}

/**
 * 20,000 people in bulk SQL, each with a current job in a team; one in ten also has a current job
 * in another organisation, one in twenty an ended job. Every job names a role profile.
 */
async function seedWorkforce(em: EntityManager, partnershipId: string): Promise<void> {
  faker.seed(20_001);
  const given = faker.helpers.uniqueArray(() => faker.person.firstName(), 60);
  const family = faker.helpers.uniqueArray(() => faker.person.lastName(), 80);
  const connection = em.getConnection();
  await connection.execute(
    `insert into person (id, partnership_id, given_name, family_name, email, employee_number)
     select gen_random_uuid(), ?, g, f, lower(replace(g || '.' || f, ' ', '') || '.' || i || '@benchley.example'),
            'B' || (100000 + i)
     from generate_series(1, ?) i,
          lateral (select (array[?])[1 + ${pick('i', 'given', given.length)}] as g,
                          (array[?])[1 + ${pick('i', 'family', family.length)}] as f) name`,
    [partnershipId, PEOPLE, given, family],
  );
  const organisations = ORGANISATIONS.length;
  const organisation = pick('i', 'organisation', organisations);
  await connection.execute(
    `with team_slot as (
       select t.id, t.organisation_id, dense_rank() over (order by o.code) - 1 as organisation,
              row_number() over (partition by t.organisation_id order by t.name) - 1 as slot
       from team t join organisation o on o.id = t.organisation_id
       where t.partnership_id = ?
     ),
     profile_slot as (select id, name, row_number() over (order by name) - 1 as slot from role_profile where partnership_id = ?),
     worker as (select id, substr(employee_number, 2)::int - 100000 as i from person where partnership_id = ?),
     job as (
       select id as person_id, ${organisation} as organisation, ${pick('i', 'team', TEAMS_PER_ORGANISATION)} as team,
              ${pick('i', 'profile', JOBS.length * GRADES.length)} as profile,
              (array['STAFF', 'STAFF', 'STAFF', 'STAFF', 'STAFF', 'STAFF', 'VOLUNTEER', 'AGENCY', 'STUDENT', 'SECONDED'])
                [1 + ${pick('i', 'type', 10)}] as employment_type,
              current_date - ${pick('i', 'start', 4000)} as start_date, null::date as end_date
       from worker
       union all
       select id, (${organisation} + 1 + ${pick('i', 'other', organisations - 1)}) % ${organisations},
              ${pick('i', 'team2', TEAMS_PER_ORGANISATION)}, ${pick('i', 'profile2', JOBS.length * GRADES.length)},
              'VOLUNTEER', current_date - ${pick('i', 'start2', 1500)}, null
       from worker where ${pick('i', 'second', 10)} = 0
       union all
       select id, ${pick('i', 'organisation3', organisations)}, ${pick('i', 'team3', TEAMS_PER_ORGANISATION)},
              ${pick('i', 'profile3', JOBS.length * GRADES.length)}, 'STAFF',
              date '2010-01-01' + ${pick('i', 'start3', 1000)}, date '2013-01-01' + ${pick('i', 'end3', 1000)}
       from worker where ${pick('i', 'ended', 20)} = 0
     )
     insert into job_assignment (id, partnership_id, person_id, organisation_id, team_id, job_title, role_profile_id,
                                 employment_type, hours_per_week, start_date, end_date)
     select gen_random_uuid(), ?, job.person_id, t.organisation_id, t.id, p.name, p.id,
            job.employment_type::employment_type, case when job.employment_type = 'VOLUNTEER' then 6 else 37.5 end,
            job.start_date, job.end_date
     from job
     join team_slot t on t.organisation = job.organisation and t.slot = job.team
     join profile_slot p on p.slot = job.profile`,
    [partnershipId, partnershipId, partnershipId, partnershipId],
  );
}

/**
 * Stored levels for about 65% of the pairs any job (current or ended) requires; the scale is
 * cumulative, so level n holds every level up to n.
 * The heatmap reads these holdings only, so no assessment rows are seeded.
 */
async function seedHoldings(em: EntityManager, partnershipId: string): Promise<void> {
  // Keyed on employee number and competency code, not on the random ids, so every run holds the same.
  const pair = `employee_number || code`;
  await em.getConnection().execute(
    `insert into skill_holding (id, partnership_id, person_id, competency_id, level, held_mask, source, since, review_on)
     select gen_random_uuid(), ?, person_id, competency_id, level, (1 << level) - 1, source::evidence_source, since,
            (since + make_interval(months => valid_for_months) - interval '1 day')::date
     from (
       select person_id, competency_id, valid_for_months,
              (array[${HELD_LEVELS.join(', ')}])[1 + ${pick(pair, 'level', HELD_LEVELS.length)}] as level,
              (array['TRAINING', 'MANAGER', 'IMPORTED', 'SELF'])[1 + ${pick(pair, 'source', 4)}] as source,
              current_date - ${pick(pair, 'since', 700)} as since
       from (
         select distinct ja.person_id, p.employee_number, r.competency_id, c.code, c.valid_for_months
         from job_assignment ja
         join person p on p.id = ja.person_id
         join role_requirement r on r.role_profile_id = ja.role_profile_id
         join competency c on c.id = r.competency_id
         where ja.partnership_id = ?
       ) required
       where ${pick(pair, 'held', 100)} < ${HELD_PERCENT}
     ) held`,
    [partnershipId, partnershipId],
  );
}

/** Runs `run` a few times untimed, then `TIMED_RUNS` times; returns the milliseconds, sorted. */
async function time(run: (n: number) => Promise<void>): Promise<number[]> {
  for (let n = 0; n < WARM_UP_RUNS; n++) await run(n);
  const durations: number[] = [];
  for (let n = 0; n < TIMED_RUNS; n++) {
    const started = performance.now();
    await run(n);
    durations.push(performance.now() - started);
  }
  return durations.sort((a, b) => a - b);
}

/** Nearest-rank percentile of sorted durations. */
const percentile = (sorted: number[], p: number) => sorted[Math.ceil((p / 100) * sorted.length) - 1];
const ms = (value: number) => Number(value.toFixed(1));

function assertSensible(condition: boolean, problem: string): asserts condition {
  if (!condition) throw new Error(`The figures are nonsense: ${problem}`);
}

function checkHeatmap(heatmap: Heatmap): { required: number; meeting: number } {
  const required = heatmap.rows.reduce((sum, row) => sum + row.required, 0);
  const meeting = heatmap.rows.reduce((sum, row) => sum + row.meeting, 0);
  assertSensible(heatmap.columns.length === ORGANISATIONS.length, `${heatmap.columns.length} organisation columns`);
  assertSensible(heatmap.rows.length === DOMAINS.length * COMPETENCIES_PER_DOMAIN, `${heatmap.rows.length} rows`);
  assertSensible(required > 0 && meeting > 0 && meeting < required, `${meeting} of ${required} requirements met`);
  assertSensible(
    heatmap.rows.every((row) => row.cells.every((cell) => cell.meeting <= cell.required)),
    'a cell meets more requirements than it has',
  );
  return { required, meeting };
}

async function main(): Promise<void> {
  const database = await createTestDatabase();
  try {
    const config = loadConfig({
      KINDRED_CONFIG_DIR: resolve('config'),
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
    });
    await migrate(config, { seedDemo: false });
    const orm = await MikroORM.init(ormOptions(config, allEntities));
    try {
      const em = orm.em.fork();
      const partnership = await em.findOneOrFail(Partnership, { slug: 'northshire' }, { filters: false });
      scopeToPartnership(em, partnership.id);

      const seeding = performance.now();
      const framework = await seedStructure(em, ref(partnership));
      await seedWorkforce(em, partnership.id);
      await seedHoldings(em, partnership.id);
      await em.getConnection().execute('analyze');
      const seconds = (performance.now() - seeding) / 1000;
      const [counts] = await em.getConnection().execute<{ assignments: number; holdings: number }[]>(
        `select (select count(*)::int from job_assignment) as assignments,
                (select count(*)::int from skill_holding) as holdings`,
      );
      console.log(
        `Seeded ${PEOPLE} people, ${counts.assignments} job assignments and ${counts.holdings} skill holdings in ${seconds.toFixed(1)} s.`,
      );

      const actor: Actor = {
        userId: randomUUID(),
        partnershipId: partnership.id,
        grants: [{ role: Role.WORKFORCE_LEAD, organisationId: null }],
        scope: 'PARTNERSHIP',
      };
      // Each call gets a fresh fork, as each request does.
      const gap = () => {
        const request = orm.em.fork();
        scopeToPartnership(request, partnership.id);
        return new GapService(request);
      };
      const scope = { frameworkId: framework.id };

      let heatmap: Heatmap | undefined;
      const heatmapTimes = await time(async () => {
        heatmap = await gap().heatmap(actor, scope, HeatmapAxis.ORGANISATION);
      });
      const { required, meeting } = checkHeatmap(heatmap!);
      console.log(
        `Heatmap by organisation (${heatmap!.columns.length} × ${heatmap!.rows.length}, ${required} requirements, ` +
          `${((100 * meeting) / required).toFixed(0)}% met): p50 ${ms(percentile(heatmapTimes, 50))} ms, ` +
          `p95 ${ms(percentile(heatmapTimes, 95))} ms over ${TIMED_RUNS} runs.`,
      );

      const teams = await em.getConnection().execute<{ id: string }[]>('select id from team order by name, id');
      const competencies = heatmap!.rows.filter((row) => row.required > 0).map((row) => row.competencyId);
      let people = 0;
      const drilldownTimes = await time(async (n) => {
        const list = await gap().people(actor, {
          scope: { ...scope, teamId: teams[(n * 37) % teams.length].id },
          competencyId: competencies[(n * 13) % competencies.length],
          onlyGaps: false,
          page: 1,
          perPage: PAGE,
        });
        assertSensible(
          list.nodes.length <= PAGE && list.totalCount >= list.nodes.length,
          'a page longer than its total',
        );
        assertSensible(
          list.nodes.every((p) => p.meets === (p.currentLevel !== null && p.currentLevel >= p.requiredLevel)),
          'someone meets a level they do not hold on a cumulative scale',
        );
        people += list.totalCount;
      });
      assertSensible(people > 0, 'no team drill-down found anyone');
      console.log(
        `Team drill-down (${PAGE} a page): p50 ${ms(percentile(drilldownTimes, 50))} ms, ` +
          `p95 ${ms(percentile(drilldownTimes, 95))} ms over ${TIMED_RUNS} runs.`,
      );
      console.log(
        JSON.stringify({
          people: PEOPLE,
          heatmapP95Ms: ms(percentile(heatmapTimes, 95)),
          drilldownP95Ms: ms(percentile(drilldownTimes, 95)),
        }),
      );
    } finally {
      await orm.close();
    }
  } finally {
    // BENCH_KEEP_DATABASE=1 leaves the data behind for EXPLAIN ANALYZE.
    if (process.env.BENCH_KEEP_DATABASE) console.log(`Kept ${database.url}`);
    else await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

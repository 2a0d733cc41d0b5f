// Times a clean 5,000-row people import through the real import service, against a database of
// its own on the machine's PostgreSQL (TEST_DATABASE_URL). Run with `npm run bench -- import`;
// the last line printed is {"rows":5000,"seconds":S}.
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { ref } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { fakerEN_GB as faker } from '@faker-js/faker';
import { loadConfig } from '@kindred/config';
import { ormOptions, Partnership, scopeToPartnership } from '@kindred/database';
import { ImportRun, ImportStatus, Organisation, OrganisationKind, PeopleImportService, Team } from '@kindred/org';
import { createTestDatabase } from '@kindred/testing';
import { allEntities } from '../apps/migrator/src/entities';
import { migrate } from '../apps/migrator/src/migrate';

const ROWS = 5000;
const MANAGERS = 250;
const ORGANISATIONS: [code: string, name: string, kind: OrganisationKind, teams: string[]][] = [
  [
    'BEN-CS',
    "Benchley Council Children's Services",
    OrganisationKind.LOCAL_AUTHORITY,
    ['Early Help North', 'Early Help South', 'Family Hub Reception'],
  ],
  [
    'BEN-HV',
    'Benchley Community Health',
    OrganisationKind.HEALTH,
    ['Health Visiting East', 'Health Visiting West', 'Midwifery'],
  ],
  ['BEN-MH', 'Benchley Mental Health Trust', OrganisationKind.HEALTH, ['Perinatal Mental Health', 'CAMHS Outreach']],
  ['BEN-SCH', 'Benchley Primary School', OrganisationKind.EDUCATION, ['Pastoral Team']],
  ['BEN-VOL', 'Benchley Home Visiting Volunteers', OrganisationKind.VCFSE, ['Volunteers', 'Befriending']],
];
const JOBS = [
  'Family support worker',
  'Family hub navigator',
  'Health visitor',
  'Early help practitioner',
  'Youth worker',
  'Parenting practitioner',
];
const TYPES = ['Staff', 'Permanent', 'Volunteer', 'Student', 'Agency', 'Seconded'];
const DATE_STYLES = [
  (d: Date) => d.toLocaleDateString('en-GB', { timeZone: 'UTC' }),
  (d: Date) => d.toISOString().slice(0, 10),
  (d: Date) => d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
];

/** A clean HR export: managers first in the workforce, rows shuffled so some come after their reports. */
function peopleFile(): Buffer {
  faker.seed(5000);
  const people = Array.from({ length: ROWS }, (_, i) => {
    const [, organisation, , teams] = ORGANISATIONS[i % ORGANISATIONS.length];
    const givenName = faker.person.firstName();
    const familyName = faker.person.lastName();
    const start = faker.date.between({ from: '2010-01-01', to: '2026-06-30' });
    const manager =
      i < MANAGERS ? '' : i % 2 ? `manager${i % MANAGERS}@benchley.example` : `B${100000 + (i % MANAGERS)}`;
    return [
      `B${100000 + i}`,
      givenName,
      familyName,
      i < MANAGERS ? `manager${i}@benchley.example` : `${givenName}.${familyName}.${i}@benchley.example`.toLowerCase(),
      faker.helpers.maybe(() => faker.phone.number({ style: 'national' }), { probability: 0.5 }) ?? '',
      organisation,
      faker.helpers.arrayElement(teams),
      faker.helpers.arrayElement(JOBS),
      faker.helpers.arrayElement(TYPES),
      String(faker.helpers.arrayElement([7.5, 15, 22.5, 30, 37.5])),
      DATE_STYLES[i % DATE_STYLES.length](start),
      '',
      manager,
    ];
  });
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const header =
    'Employee number,Given name,Family name,Email,Phone,Organisation,Team,Job title,Employment type,Hours per week,Start date,End date,Line manager';
  const lines = [header, ...faker.helpers.shuffle(people).map((row) => row.map(quote).join(','))];
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
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
      for (const [code, name, kind, teams] of ORGANISATIONS) {
        const organisation = new Organisation(ref(partnership), {
          code,
          name,
          kind,
          statutory: kind !== OrganisationKind.VCFSE,
        });
        em.persist([organisation, ...teams.map((team) => new Team(organisation, team))]);
      }
      const run = new ImportRun(ref(partnership), {
        requestedBy: randomUUID(),
        fileName: 'bench-people.csv',
        format: 'CSV',
        file: peopleFile(),
        dryRun: false,
        skipInvalid: false,
        limitedToOrganisations: null,
      });
      await em.persist(run).flush();

      const started = performance.now();
      await new PeopleImportService(orm.em).run(run.id, partnership.id);
      const seconds = (performance.now() - started) / 1000;

      const done = await orm.em.fork().findOneOrFail(ImportRun, { id: run.id }, { filters: false });
      if (done.status !== ImportStatus.SUCCEEDED || done.created !== ROWS) {
        throw new Error(`The import did not succeed: ${done.status}, ${JSON.stringify(done.problems.slice(0, 5))}`);
      }
      console.log(`Imported ${done.created} people from a ${ROWS}-row CSV file in ${seconds.toFixed(2)} s.`);
      console.log(JSON.stringify({ rows: ROWS, seconds: Number(seconds.toFixed(2)) }));
    } finally {
      await orm.close();
    }
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

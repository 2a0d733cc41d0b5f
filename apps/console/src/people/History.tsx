import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useGetMany } from 'react-admin';
import { useSessionUser } from '../auth/useSessionUser';
import type { KindredDataProvider } from '../data/dataProvider';
import { DBS_LEVEL_LABELS, EMPLOYMENT_TYPE_LABELS } from '../workforce/choices';
import { formatDate, formatDateTime } from '../workforce/dates';
import { ROLE_GUIDE } from '../pages/roles';
import type { Role } from '../types';
import type { AuditEntry, DbsLevel, EmploymentType, Person } from '../workforce/types';

const PER_PAGE = 20;

type Changes = Record<string, [unknown, unknown]>;

const FIELD_LABELS: Record<string, string> = {
  givenName: 'Given name',
  familyName: 'Family name',
  email: 'Email',
  employeeNumber: 'Employee number',
  phone: 'Phone',
  jobTitle: 'Job title',
  employmentType: 'Employment type',
  hoursPerWeek: 'Hours per week',
  organisation: 'Organisation',
  team: 'Team',
  startDate: 'Start date',
  endDate: 'End date',
  lineManager: 'Line manager',
  level: 'Level',
  certificateNumber: 'Certificate number',
  certificateDate: 'Certificate date',
  updateService: 'Update Service',
  recheckDue: 'Recheck due',
  role: 'Role',
  organisationId: 'Organisation',
  roles: 'Roles',
};

/** Changes are listed in this order, as the forms show the fields. */
const FIELD_ORDER = Object.keys(FIELD_LABELS);

/** The fields whose values are ids of other records, and which records. */
const REFERENCES = {
  organisation: 'Organisation',
  organisationId: 'Organisation',
  team: 'Team',
  lineManager: 'Person',
} as const;
type ReferenceField = keyof typeof REFERENCES;

/** A role grant as invitations record it. */
type Grant = { role: Role; organisationId: string | null };
const isGrantList = (value: unknown): value is Grant[] =>
  Array.isArray(value) && value.every((g) => g && typeof g === 'object' && 'role' in g);

const humanise = (field: string) => {
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const parseChanges = (entry: AuditEntry): Changes => {
  try {
    const parsed = JSON.parse(entry.changes) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Changes) : {};
  } catch {
    return {};
  }
};

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** The names of the organisations, teams and people the entries mention by id. */
const useNames = (entries: AuditEntry[]) => {
  const ids = { Organisation: new Set<string>(), Team: new Set<string>(), Person: new Set<string>() };
  for (const entry of entries) {
    for (const [field, values] of Object.entries(parseChanges(entry))) {
      for (const value of values) {
        if (field in REFERENCES && typeof value === 'string') ids[REFERENCES[field as ReferenceField]].add(value);
        if (isGrantList(value)) value.forEach((g) => g.organisationId && ids.Organisation.add(g.organisationId));
      }
    }
  }
  const lookup = (resource: keyof typeof ids) => ({ ids: [...ids[resource]].sort() });
  const enabled = (resource: keyof typeof ids) => ({ enabled: ids[resource].size > 0 });
  const organisations = useGetMany('Organisation', lookup('Organisation'), enabled('Organisation'));
  const teams = useGetMany('Team', lookup('Team'), enabled('Team'));
  const people = useGetMany<Person>('Person', lookup('Person'), enabled('Person'));
  return (field: ReferenceField, id: string): string | undefined => {
    const resource = REFERENCES[field];
    if (resource === 'Person') return people.data?.find((p) => p.id === id)?.fullName;
    const found = (resource === 'Organisation' ? organisations : teams).data?.find((r) => r.id === id);
    return found?.name as string | undefined;
  };
};

const SUMMARIES: Record<string, Record<string, string>> = {
  Person: { CREATED: 'Added to Kindred', UPDATED: 'Details changed', IMPORTED: 'Imported' },
  JobAssignment: { CREATED: 'Job added', UPDATED: 'Job changed', ENDED: 'Job ended', IMPORTED: 'Job imported' },
  DbsCheck: { CREATED: 'DBS check recorded' },
  RoleGrant: { ROLE_GRANTED: 'Role granted', ROLE_REVOKED: 'Role removed' },
  User: { INVITED: 'Invited to sign in' },
};

const summary = (entry: AuditEntry, person: Person, changes: Changes) => {
  const text =
    SUMMARIES[entry.entityType]?.[entry.action] ?? `${humanise(entry.action)} (${humanise(entry.entityType)})`;
  if (entry.entityType !== 'JobAssignment') return text;
  const title =
    person.assignments.find((job) => job.id === entry.entityId)?.jobTitle ??
    (changes.jobTitle?.[1] as string | undefined);
  return title ? `${text}: ${title}` : text;
};

const SETTING_ACTIONS = ['CREATED', 'IMPORTED', 'ROLE_GRANTED', 'INVITED'];

const HistoryEntry = ({
  entry,
  person,
  nameOf,
  me,
}: {
  entry: AuditEntry;
  person: Person;
  nameOf: ReturnType<typeof useNames>;
  me: string | undefined;
}) => {
  const changes = parseChanges(entry);
  // A creation, grant or invitation lists what was set rather than "none → x" for each field.
  const created = SETTING_ACTIONS.includes(entry.action);
  const show = (field: string, value: unknown): string => {
    if (isEmpty(value)) return 'none';
    if (field in REFERENCES && typeof value === 'string') {
      return nameOf(field as ReferenceField, value) ?? (field === 'lineManager' ? 'someone you cannot see' : '…');
    }
    if (field === 'employmentType') return EMPLOYMENT_TYPE_LABELS[value as EmploymentType] ?? String(value);
    if (field === 'level') return DBS_LEVEL_LABELS[value as DbsLevel] ?? String(value);
    if (field === 'role') return ROLE_GUIDE[value as Role]?.label ?? String(value);
    if (isGrantList(value)) {
      return value
        .map(({ role, organisationId }) => {
          const name = ROLE_GUIDE[role]?.label ?? role;
          return organisationId ? `${name} (${nameOf('organisationId', organisationId) ?? '…'})` : name;
        })
        .join(', ');
    }
    if (field === 'hoursPerWeek' && !Number.isNaN(Number(value))) return String(Number(value));
    if (typeof value === 'boolean') return value ? 'Yes' : 'No';
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const order = (field: string) => {
    const index = FIELD_ORDER.indexOf(field);
    return index === -1 ? FIELD_ORDER.length : index;
  };
  const lines = Object.entries(changes)
    .sort(([a], [b]) => order(a) - order(b))
    .filter(([, [before, after]]) => !(created && isEmpty(before) && isEmpty(after)))
    .map(([field, [before, after]]) => ({
      field,
      label: FIELD_LABELS[field] ?? humanise(field),
      text: created && isEmpty(before) ? show(field, after) : `${show(field, before)} → ${show(field, after)}`,
    }));
  const who =
    entry.actorUserId === null ? 'Kindred' : entry.actorUserId === me ? 'you' : (entry.actorName ?? 'someone');

  return (
    <Box component="li" sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {summary(entry, person, changes)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time> · by {who}
      </Typography>
      {lines.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
          {lines.map((line) => (
            <li key={line.field}>
              <Typography variant="body2" component="span">
                <Box component="span" sx={{ fontWeight: 500 }}>
                  {line.label}:
                </Box>{' '}
                {line.text}
              </Typography>
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
};

/** Every change to the person's record, newest first (personAudit). */
export const History = ({ person }: { person: Person }) => {
  const dataProvider = useDataProvider<KindredDataProvider>();
  const me = useSessionUser()?.id;
  const [page, setPage] = useState(1);
  const { data, error, isPending, isFetching } = useQuery({
    queryKey: ['Person', 'audit', person.id, page],
    queryFn: () => dataProvider.getPersonAudit({ personId: person.id, page, perPage: PER_PAGE }),
  });
  const entries = data?.data ?? [];
  const nameOf = useNames(entries);
  const total = data?.total ?? 0;
  const first = (page - 1) * PER_PAGE + 1;
  const last = Math.min(page * PER_PAGE, total);

  return (
    <Box sx={{ py: 2 }} aria-busy={isFetching}>
      <Typography component="h2" variant="h6">
        History
      </Typography>
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          The history could not be loaded. {(error as Error).message}
        </Alert>
      ) : isPending ? (
        <CircularProgress size={24} aria-label="Loading history" sx={{ mt: 2 }} />
      ) : entries.length === 0 ? (
        <Typography color="text.secondary">No changes recorded.</Typography>
      ) : (
        <>
          <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {entries.map((entry) => (
              <HistoryEntry key={entry.id} entry={entry} person={person} nameOf={nameOf} me={me} />
            ))}
          </Box>
          {total > PER_PAGE && (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 2 }}>
              <Button disabled={page === 1} onClick={() => setPage(page - 1)}>
                Newer
              </Button>
              <Typography variant="body2" aria-live="polite">
                {first}–{last} of {total}
              </Typography>
              <Button disabled={last >= total} onClick={() => setPage(page + 1)}>
                Older
              </Button>
            </Stack>
          )}
        </>
      )}
    </Box>
  );
};

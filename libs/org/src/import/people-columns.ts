/** The columns of a people file: the documented template, in its order. */
export const PEOPLE_COLUMNS = [
  {
    key: 'employeeNumber',
    heading: 'Employee number',
    aliases: [
      'Employee no',
      'Employee ID',
      'Staff number',
      'Staff no',
      'Staff ID',
      'Payroll number',
      'Payroll no',
      'Payroll ID',
      'Person number',
      'HR number',
    ],
  },
  { key: 'givenName', heading: 'Given name', aliases: ['First name', 'Forename', 'Forenames', 'Christian name'] },
  { key: 'familyName', heading: 'Family name', aliases: ['Surname', 'Last name'] },
  {
    key: 'email',
    heading: 'Email',
    aliases: ['Email address', 'Work email', 'Work email address', 'Business email', 'Staff email'],
  },
  {
    key: 'phone',
    heading: 'Phone',
    aliases: ['Phone number', 'Telephone', 'Tel', 'Work phone', 'Mobile', 'Mobile number'],
  },
  {
    key: 'organisation',
    heading: 'Organisation',
    aliases: ['Organization', 'Org', 'Employer', 'Organisation name', 'Organisation code', 'Org code'],
  },
  { key: 'team', heading: 'Team', aliases: ['Team name', 'Department', 'Unit'] },
  { key: 'jobTitle', heading: 'Job title', aliases: ['Role', 'Job role', 'Position', 'Post', 'Post title', 'Job'] },
  {
    key: 'employmentType',
    heading: 'Employment type',
    aliases: ['Contract type', 'Contract', 'Staff type', 'Worker type', 'Employment status'],
  },
  {
    key: 'hoursPerWeek',
    heading: 'Hours per week',
    aliases: ['Hours', 'Weekly hours', 'Contracted hours', 'FTE hours', 'Hours/week'],
  },
  {
    key: 'startDate',
    heading: 'Start date',
    aliases: ['Date started', 'Started', 'Employment start date', 'Assignment start date', 'Date joined', 'Join date'],
  },
  {
    key: 'endDate',
    heading: 'End date',
    aliases: ['Leaving date', 'Leave date', 'Date left', 'Finish date', 'Termination date', 'Assignment end date'],
  },
  {
    key: 'lineManager',
    heading: 'Line manager',
    // For volunteers the line manager is their coordinator (see JobAssignment).
    aliases: [
      'Manager',
      'Manager email',
      'Line manager email',
      'Manager employee number',
      'Reports to',
      'Volunteer coordinator',
    ],
  },
] as const;

export type ColumnKey = (typeof PEOPLE_COLUMNS)[number]['key'];

/** Without these a row cannot become a person with a job. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = [
  'givenName',
  'familyName',
  'email',
  'organisation',
  'jobTitle',
  'employmentType',
  'startDate',
];

export const headingOf = (key: ColumnKey): string => PEOPLE_COLUMNS.find((c) => c.key === key)!.heading;

/** "Work E-mail " and "work email" are the same heading. */
const normalise = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9]/g, '');

const KEY_BY_HEADING = new Map<string, ColumnKey>(
  PEOPLE_COLUMNS.flatMap((column) => [column.heading, ...column.aliases].map((h) => [normalise(h), column.key])),
);

export function columnKeyOf(heading: string): ColumnKey | undefined {
  return KEY_BY_HEADING.get(normalise(heading));
}

import { Chip, LinearProgress, Link, Stack } from '@mui/material';
import { EditButton, Show, TabbedShowLayout, TopToolbar, useRecordContext } from 'react-admin';
import { PersonSkills } from '../skills/mine/PersonSkills';
import type { Person } from '../workforce/types';
import { Facts, Section, TRANSPARENT_SHOW, usePermission } from '../workforce/ui';
import { DbsChecks } from './DbsChecks';
import { History } from './History';
import { InviteButton } from './InviteButton';
import { Jobs } from './Jobs';
import { Roles } from './Roles';

const PersonDetails = ({ person }: { person: Person }) => (
  <Section
    id="person-details-heading"
    title="Details"
    actions={
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <InviteButton person={person} />
        {person.active ? (
          <Chip color="success" variant="outlined" label="Current" />
        ) : (
          <Chip variant="outlined" label="No current job" />
        )}
      </Stack>
    }
  >
    <Facts
      items={[
        ['Name', person.fullName],
        [
          'Email',
          <Link key="email" href={`mailto:${person.email}`}>
            {person.email}
          </Link>,
        ],
        ['Phone', person.phone],
        ['Employee number', person.employeeNumber],
        ['Sign-in', person.hasAccount ? 'Has an account' : 'Not invited yet'],
      ]}
    />
  </Section>
);

const PersonPage = () => {
  const person = useRecordContext<Person>();
  const canReadDbs = usePermission('dbs.read');
  const canReadAudit = usePermission('audit.read');
  const canReadSkills = usePermission('skills.read');
  if (!person) return null;
  // A record from the people list (shown while the full one loads) has no contact or DBS details.
  if (person.hasAccount === undefined) return <LinearProgress sx={{ mt: 2 }} aria-label="Loading" />;
  return (
    <Stack spacing={2} sx={{ py: 2, maxWidth: 1080 }}>
      <PersonDetails person={person} />
      <Roles person={person} />
      <TabbedShowLayout
        sx={{
          bgcolor: 'background.paper',
          borderRadius: 2,
          border: 1,
          borderColor: 'divider',
          '& .MuiTab-root': { textTransform: 'none', fontSize: '1rem' },
        }}
        syncWithLocation
      >
        <TabbedShowLayout.Tab label="Jobs">
          <Jobs person={person} />
        </TabbedShowLayout.Tab>
        {canReadSkills && (
          <TabbedShowLayout.Tab label="Skills" path="skills">
            <PersonSkills person={person} />
          </TabbedShowLayout.Tab>
        )}
        {canReadDbs && person.dbsChecks !== null && (
          <TabbedShowLayout.Tab label="DBS" path="dbs">
            <DbsChecks person={person} />
          </TabbedShowLayout.Tab>
        )}
        {canReadAudit && (
          <TabbedShowLayout.Tab label="History" path="history">
            <History person={person} />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Stack>
  );
};

const PersonTitle = () => {
  const record = useRecordContext<Person>();
  return <>{record?.fullName ?? 'Person'}</>;
};

export const PersonShow = () => (
  <Show<Person>
    title={<PersonTitle />}
    actions={
      <TopToolbar>
        <EditButton label="Edit details" />
      </TopToolbar>
    }
    sx={TRANSPARENT_SHOW}
  >
    <PersonPage />
  </Show>
);

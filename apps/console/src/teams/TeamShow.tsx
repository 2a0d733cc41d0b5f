import { Typography } from '@mui/material';
import { DataTable, EditButton, ReferenceManyField, Show, TopToolbar, useRecordContext } from 'react-admin';
import { currentJobs } from '../people/jobText';
import type { Person, Team } from '../workforce/types';
import {
  Facts,
  Section,
  SectionPagination,
  Sections,
  ShowLink,
  TRANSPARENT_SHOW,
  usePermission,
} from '../workforce/ui';

const PersonCol = DataTable.Col<Person>;

const NoMembers = () => (
  <Typography color="text.secondary" sx={{ py: 1 }}>
    Nobody you can see has a current job in this team.
  </Typography>
);

const TeamDetails = () => {
  const team = useRecordContext<Team>();
  const canReadPeople = usePermission('person.read');
  if (!team) return null;
  return (
    <Sections>
      <Section id="team-details-heading" title="Details">
        <Facts
          items={[
            ['Name', team.name],
            [
              'Organisation',
              <ShowLink key="organisation" resource="Organisation" record={team.organisation} text={(o) => o.name} />,
            ],
            ['Based at', team.site && <ShowLink key="site" resource="Site" record={team.site} text={(s) => s.name} />],
            [
              'Manager',
              team.manager &&
                (canReadPeople ? (
                  <ShowLink key="manager" resource="Person" record={team.manager} text={(p) => p.fullName} />
                ) : (
                  team.manager.fullName
                )),
            ],
          ]}
        />
      </Section>
      {canReadPeople && (
        <Section id="team-people-heading" title="People in this team">
          <ReferenceManyField<Team, Person>
            reference="Person"
            target="teamIds"
            filter={{ active: true }}
            sort={{ field: 'familyName', order: 'ASC' }}
            perPage={25}
            pagination={<SectionPagination />}
            empty={<NoMembers />}
          >
            <DataTable<Person> rowClick="show" bulkActionButtons={false} empty={<NoMembers />}>
              <PersonCol
                source="familyName"
                label="Name"
                render={(person) => <ShowLink resource="Person" record={person} text={(p) => p.fullName} />}
              />
              <PersonCol
                label="Job in this team"
                disableSort
                render={(person) =>
                  currentJobs(person)
                    .filter((job) => job.team?.id === team.id)
                    .map((job) => job.jobTitle)
                    .join(', ')
                }
              />
              <PersonCol source="email" disableSort />
            </DataTable>
          </ReferenceManyField>
        </Section>
      )}
    </Sections>
  );
};

const TeamTitle = () => {
  const record = useRecordContext<Team>();
  return <>{record?.name ?? 'Team'}</>;
};

export const TeamShow = () => (
  <Show<Team>
    title={<TeamTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
    sx={TRANSPARENT_SHOW}
  >
    <TeamDetails />
  </Show>
);

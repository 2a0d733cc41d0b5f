import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  NullableBooleanInput,
  Pagination,
  SelectArrayInput,
  SimpleList,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { EMPLOYMENT_TYPES } from '../workforce/choices';
import { ReferenceArrayFilter } from '../workforce/inputs';
import type { Person } from '../workforce/types';
import { EmptyState, ShowLink, useIsSmall } from '../workforce/ui';
import { currentJobs, jobLabel, organisationNames } from './jobText';

const Col = DataTable.Col<Person>;

const filters = [
  <TextInput key="q" source="q" label="Search" placeholder="Name, email or employee number" alwaysOn resettable />,
  <NullableBooleanInput
    key="active"
    source="active"
    label="Status"
    nullLabel="Everyone"
    trueLabel="Current (has a job today)"
    falseLabel="Left (no job today)"
    alwaysOn
    sx={{ minWidth: 200 }}
  />,
  <ReferenceArrayFilter key="organisationIds" source="organisationIds" reference="Organisation" label="Organisation" />,
  <ReferenceArrayFilter key="siteIds" source="siteIds" reference="Site" label="Site" />,
  <ReferenceArrayFilter key="teamIds" source="teamIds" reference="Team" label="Team" />,
  <SelectArrayInput
    key="employmentTypes"
    source="employmentTypes"
    label="Employment type"
    choices={EMPLOYMENT_TYPES}
    sx={{ minWidth: 200 }}
  />,
];

const Empty = () => (
  <EmptyState
    createLabel="Add person"

    title="No people yet"
    text="Add people one by one with their first job, or import them from your HR system's export."
  />
);

const NoMatch = () => (
  <Box sx={{ p: 3 }}>
    <Typography>Nobody matches these filters.</Typography>
    <Typography color="text.secondary" variant="body2">
      People who have left are hidden while Status is “Current”.
    </Typography>
  </Box>
);

const CurrentJobs = ({ person }: { person: Person }) => {
  const jobs = currentJobs(person);
  if (jobs.length === 0) {
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        No current job
      </Box>
    );
  }
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {jobs.map((job) => (
        <li key={job.id}>
          {job.jobTitle}
          {job.team && (
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {' '}
              · {job.team.name}
            </Box>
          )}
        </li>
      ))}
    </Box>
  );
};

export const PersonList = () => {
  const isSmall = useIsSmall();
  return (
    <List<Person>
      title="People"
      filters={filters}
      filterDefaultValues={{ active: true }}
      sort={{ field: 'familyName', order: 'ASC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      exporter={false}
      empty={<Empty />}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton label="Add person" />
        </TopToolbar>
      }
    >
      {isSmall ? (
        <SimpleList<Person>
          primaryText={(person) => person.fullName}
          secondaryText={(person) => currentJobs(person).map(jobLabel).join('; ') || 'No current job'}
          rowClick="show"
          empty={<NoMatch />}
        />
      ) : (
        <DataTable<Person> rowClick="show" bulkActionButtons={false} empty={<NoMatch />}>
          <Col
            source="familyName"
            label="Name"
            render={(person) => <ShowLink resource="Person" record={person} text={(p) => p.fullName} />}
          />
          <Col source="email" />
          <Col label="Current job" disableSort render={(person) => <CurrentJobs person={person} />} />
          <Col label="Organisation" disableSort render={(person) => organisationNames(person).join(', ')} />
        </DataTable>
      )}
    </List>
  );
};

import { DataTable, SimpleList, TextInput } from 'react-admin';
import { ShowLink, useIsSmall, WorkforceList } from '../../workforce/ui';
import type { RoleProfile } from './types';

const Col = DataTable.Col<RoleProfile>;

const filters = [<TextInput key="q" source="q" label="Search" placeholder="Profile name" alwaysOn resettable />];

export const jobCount = (count: number) => (count === 1 ? '1 current job' : `${count} current jobs`);

export const RoleProfileList = () => {
  const isSmall = useIsSmall();
  return (
    <WorkforceList<RoleProfile>
      title="Role profiles"
      filters={filters}
      createLabel="Add role profile"
      empty={{
        title: 'No role profiles yet',
        text: 'A role profile lists the competencies a job needs, at which level and by when. Add one for each kind of role, such as family hub navigator or health visitor, then set it on people’s jobs.',
      }}
    >
      {isSmall ? (
        <SimpleList<RoleProfile>
          primaryText={(profile) => profile.name}
          secondaryText={(profile) => jobCount(profile.assignmentCount)}
          rowClick="show"
        />
      ) : (
        <DataTable<RoleProfile> rowClick="show" bulkActionButtons={false}>
          <Col
            source="name"
            render={(profile) => <ShowLink resource="RoleProfile" record={profile} text={(p) => p.name} />}
          />
          <Col source="description" disableSort />
          <Col
            source="assignmentCount"
            label="Current jobs using it"
            disableSort
            align="right"
            render={(profile) => profile.assignmentCount}
          />
        </DataTable>
      )}
    </WorkforceList>
  );
};

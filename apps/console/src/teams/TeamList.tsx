import { DataTable, SimpleList, TextInput } from 'react-admin';
import { ReferenceArrayFilter } from '../workforce/inputs';
import type { Team } from '../workforce/types';
import { ShowLink, useIsSmall, WorkforceList } from '../workforce/ui';

const Col = DataTable.Col<Team>;

const filters = [
  <TextInput key="q" source="q" label="Search" placeholder="Team name" alwaysOn resettable />,
  <ReferenceArrayFilter
    key="organisationIds"
    source="organisationIds"
    reference="Organisation"
    label="Organisation"
    alwaysOn
  />,
  <ReferenceArrayFilter key="siteIds" source="siteIds" reference="Site" label="Based at" alwaysOn />,
];

export const TeamList = () => {
  const isSmall = useIsSmall();
  return (
    <WorkforceList<Team>
      title="Teams"
      filters={filters}
      createLabel="Add team"
      empty={{ title: 'No teams yet', text: 'Add the teams people work in: each belongs to one organisation.' }}
    >
      {isSmall ? (
        <SimpleList<Team>
          primaryText={(team) => team.name}
          secondaryText={(team) => [team.organisation.name, team.site?.name].filter(Boolean).join(' · ')}
          tertiaryText={(team) => (team.manager ? `Manager: ${team.manager.fullName}` : '')}
          rowClick="show"
        />
      ) : (
        <DataTable<Team> rowClick="show" bulkActionButtons={false}>
          <Col source="name" render={(team) => <ShowLink resource="Team" record={team} text={(t) => t.name} />} />
          <Col source="organisation.name" label="Organisation" disableSort />
          <Col source="site.name" label="Based at" disableSort />
          <Col source="manager.fullName" label="Manager" disableSort />
        </DataTable>
      )}
    </WorkforceList>
  );
};

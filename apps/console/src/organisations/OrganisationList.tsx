import { Chip } from '@mui/material';
import { DataTable, SelectArrayInput, SelectInput, SimpleList, TextInput } from 'react-admin';
import { ORGANISATION_KIND_SHORT, ORGANISATION_KINDS, ORGANISATION_STATUSES } from '../workforce/choices';
import type { Organisation } from '../workforce/types';
import { ShowLink, useIsSmall, WorkforceList } from '../workforce/ui';

const Col = DataTable.Col<Organisation>;

const filters = [
  <TextInput key="q" source="q" label="Search" placeholder="Name or code" alwaysOn resettable />,
  <SelectArrayInput
    key="kinds"
    source="kinds"
    label="Kind"
    choices={ORGANISATION_KINDS}
    alwaysOn
    sx={{ minWidth: 200 }}
  />,
  <SelectInput key="status" source="status" label="Status" choices={ORGANISATION_STATUSES} alwaysOn emptyText="Any" />,
];

export const StatusChip = ({ status }: { status: Organisation['status'] }) =>
  status === 'ACTIVE' ? (
    <Chip size="small" label="Active" color="success" variant="outlined" />
  ) : (
    <Chip size="small" label="Inactive" variant="outlined" />
  );

export const OrganisationList = () => {
  const isSmall = useIsSmall();
  return (
    <WorkforceList<Organisation>
      title="Organisations"
      filters={filters}
      createLabel="Add organisation"
      empty={{
        title: 'No organisations yet',
        text: 'Add the council, NHS trusts, schools and VCFSE partners whose people work in the partnership.',
      }}
    >
      {isSmall ? (
        <SimpleList<Organisation>
          primaryText={(record) => record.name}
          secondaryText={(record) => `${record.code} · ${ORGANISATION_KIND_SHORT[record.kind]}`}
          tertiaryText={(record) => (record.status === 'ACTIVE' ? '' : 'Inactive')}
          rowClick="show"
        />
      ) : (
        <DataTable<Organisation> rowClick="show" bulkActionButtons={false}>
          <Col
            source="name"
            render={(record) => <ShowLink resource="Organisation" record={record} text={(r) => r.name} />}
          />
          <Col source="code" />
          <Col source="kind" render={(record) => ORGANISATION_KIND_SHORT[record.kind]} />
          <Col
            source="statutory"
            label="Statutory"
            disableSort
            render={(record) => (record.statutory ? 'Statutory' : 'Non-statutory')}
          />
          <Col source="status" disableSort render={(record) => <StatusChip status={record.status} />} />
        </DataTable>
      )}
    </WorkforceList>
  );
};

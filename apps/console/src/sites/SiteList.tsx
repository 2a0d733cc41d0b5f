import { DataTable, SelectArrayInput, SimpleList, TextInput } from 'react-admin';
import { SITE_KIND_LABELS, SITE_KINDS } from '../workforce/choices';
import type { Site } from '../workforce/types';
import { ShowLink, useIsSmall, WorkforceList } from '../workforce/ui';

const Col = DataTable.Col<Site>;

const filters = [
  <TextInput key="q" source="q" label="Search" placeholder="Name, town, postcode or locality" alwaysOn resettable />,
  <SelectArrayInput key="kinds" source="kinds" label="Kind" choices={SITE_KINDS} alwaysOn sx={{ minWidth: 200 }} />,
];

export const SiteList = () => {
  const isSmall = useIsSmall();
  return (
    <WorkforceList<Site>
      title="Sites"
      filters={filters}
      createLabel="Add site"
      empty={{
        title: 'No sites yet',
        text: "Add the partnership's family hubs first, then their spokes, outreach venues and any virtual hub.",
      }}
    >
      {isSmall ? (
        <SimpleList<Site>
          primaryText={(record) => record.name}
          secondaryText={(record) => `${SITE_KIND_LABELS[record.kind]} · ${record.locality}`}
          tertiaryText={(record) => (record.hub ? `Hub: ${record.hub.name}` : '')}
          rowClick="show"
        />
      ) : (
        <DataTable<Site> rowClick="show" bulkActionButtons={false}>
          <Col source="name" render={(record) => <ShowLink resource="Site" record={record} text={(r) => r.name} />} />
          <Col source="kind" render={(record) => SITE_KIND_LABELS[record.kind]} />
          <Col source="locality" />
          <Col
            source="hub.name"
            label="Hub"
            disableSort
            render={(record) =>
              record.hub ? <ShowLink resource="Site" record={{ ...record.hub }} text={(hub) => hub.name} /> : ''
            }
          />
        </DataTable>
      )}
    </WorkforceList>
  );
};

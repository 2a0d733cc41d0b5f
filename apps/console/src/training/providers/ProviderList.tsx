import { DataTable, SelectArrayInput, SimpleList, TextInput } from 'react-admin';
import { ShowLink, useIsSmall, WorkforceList } from '../../workforce/ui';
import { PROVIDER_KIND_LABELS, PROVIDER_KINDS } from '../labels';
import type { TrainingProvider } from '../types';

const Col = DataTable.Col<TrainingProvider>;

const filters = [
  <TextInput key="q" source="q" label="Search" placeholder="Provider name" alwaysOn resettable />,
  <SelectArrayInput key="kinds" source="kinds" label="Kind" choices={PROVIDER_KINDS} alwaysOn sx={{ minWidth: 200 }} />,
];

export const ProviderList = () => {
  const isSmall = useIsSmall();
  return (
    <WorkforceList<TrainingProvider>
      title="Training providers"
      filters={filters}
      createLabel="Add provider"
      empty={{
        title: 'No training providers yet',
        text: 'Add the partnership’s own training team, partners who train others and external providers: every course names one.',
      }}
    >
      {isSmall ? (
        <SimpleList<TrainingProvider>
          primaryText={(provider) => provider.name}
          secondaryText={(provider) => PROVIDER_KIND_LABELS[provider.kind]}
          rowClick="show"
        />
      ) : (
        <DataTable<TrainingProvider> rowClick="show" bulkActionButtons={false}>
          <Col
            source="name"
            render={(provider) => <ShowLink resource="TrainingProvider" record={provider} text={(p) => p.name} />}
          />
          <Col source="kind" disableSort render={(provider) => PROVIDER_KIND_LABELS[provider.kind]} />
          <Col source="organisation.name" label="Partner organisation" disableSort />
          <Col source="contactEmail" label="Contact" disableSort />
        </DataTable>
      )}
    </WorkforceList>
  );
};

import { DataTable, List, TextInput } from 'react-admin';
import type { Partnership } from '../types';

const filters = [<TextInput key="q" source="q" label="Search partnerships" alwaysOn resettable />];

export const PartnershipList = () => (
  <List<Partnership>
    title="Partnership settings"
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    exporter={false}
    actions={false}
  >
    <DataTable<Partnership> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="slug" />
      <DataTable.Col source="senderEmail" label="Sender email" disableSort />
    </DataTable>
  </List>
);

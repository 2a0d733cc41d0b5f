import { Link, Typography } from '@mui/material';
import { DataTable, EditButton, ReferenceManyField, Show, TopToolbar, useRecordContext } from 'react-admin';
import { ORGANISATION_KIND_LABELS } from '../workforce/choices';
import { formatDateTime } from '../workforce/dates';
import type { Organisation, Team } from '../workforce/types';
import { CreateLink, Facts, Section, SectionPagination, Sections, ShowLink, TRANSPARENT_SHOW } from '../workforce/ui';
import { StatusChip } from './OrganisationList';

const TeamCol = DataTable.Col<Team>;

const NoTeams = () => (
  <Typography color="text.secondary" sx={{ py: 1 }}>
    No teams in this organisation yet.
  </Typography>
);

const OrganisationDetails = () => {
  const record = useRecordContext<Organisation>();
  if (!record) return null;
  return (
    <Sections>
      <Section id="organisation-details-heading" title="Details">
        <Facts
          items={[
            ['Name', record.name],
            ['Code', record.code],
            ['Kind', ORGANISATION_KIND_LABELS[record.kind]],
            ['Statutory', record.statutory ? 'Statutory service' : 'Non-statutory partner'],
            ['Status', <StatusChip key="status" status={record.status} />],
            ['Last updated', formatDateTime(record.updatedAt)],
          ]}
        />
      </Section>
      <Section id="organisation-contact-heading" title="Contact">
        <Facts
          items={[
            ['Name', record.contactName],
            ['Email', record.contactEmail && <Link href={`mailto:${record.contactEmail}`}>{record.contactEmail}</Link>],
            ['Phone', record.contactPhone],
          ]}
        />
      </Section>
      <Section
        id="organisation-teams-heading"
        title="Teams"
        actions={<CreateLink resource="Team" label="Add team" record={{ organisationId: record.id }} />}
      >
        <ReferenceManyField<Organisation, Team>
          reference="Team"
          target="organisationIds"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={25}
          pagination={<SectionPagination />}
          empty={<NoTeams />}
        >
          <DataTable<Team> rowClick="show" bulkActionButtons={false}>
            <TeamCol
              source="name"
              label="Team"
              render={(team) => <ShowLink resource="Team" record={team} text={(t) => t.name} />}
            />
            <TeamCol source="site.name" label="Based at" disableSort />
            <TeamCol source="manager.fullName" label="Manager" disableSort />
          </DataTable>
        </ReferenceManyField>
      </Section>
    </Sections>
  );
};

const OrganisationTitle = () => {
  const record = useRecordContext<Organisation>();
  return <>{record?.name ?? 'Organisation'}</>;
};

export const OrganisationShow = () => (
  <Show<Organisation>
    title={<OrganisationTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
    sx={TRANSPARENT_SHOW}
  >
    <OrganisationDetails />
  </Show>
);

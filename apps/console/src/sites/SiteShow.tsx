import { LinearProgress, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, EditButton, ReferenceManyField, Show, TopToolbar, useRecordContext } from 'react-admin';
import { SITE_KIND_LABELS } from '../workforce/choices';
import type { Site, Team } from '../workforce/types';
import { CreateLink, Facts, Section, SectionPagination, Sections, ShowLink, TRANSPARENT_SHOW } from '../workforce/ui';
import { Rooms } from './Rooms';

const SiteCol = DataTable.Col<Site>;
const TeamCol = DataTable.Col<Team>;

const None = ({ text }: { text: string }) => (
  <Typography color="text.secondary" sx={{ py: 1 }}>
    {text}
  </Typography>
);

const address = (site: Site) =>
  [site.addressLine1, site.addressLine2, site.town, site.postcode].filter(Boolean).join(', ');

const SiteDetails = () => {
  const site = useRecordContext<Site>();
  if (!site) return null;
  // A record from the sites list (shown while the full one loads) has no rooms or address.
  if (site.rooms === undefined) return <LinearProgress sx={{ mt: 2 }} aria-label="Loading" />;
  return (
    <Sections>
      <Section id="site-details-heading" title="Details">
        <Facts
          items={[
            ['Name', site.name],
            ['Kind', SITE_KIND_LABELS[site.kind]],
            ...(site.kind === 'FAMILY_HUB' || site.kind === 'VIRTUAL'
              ? []
              : [
                  [
                    'Family hub',
                    site.hub ? <ShowLink key="hub" resource="Site" record={site.hub} text={(hub) => hub.name} /> : null,
                  ] as [string, ReactNode],
                ]),
            ['Locality', site.locality],
            ['Address', address(site)],
          ]}
        />
      </Section>
      <Rooms site={site} />
      {site.kind === 'FAMILY_HUB' && (
        <Section
          id="site-spokes-heading"
          title="Spokes and outreach venues"
          actions={
            <CreateLink
              resource="Site"
              label="Add spoke"
              record={{ kind: 'SPOKE', hubId: site.id, locality: site.locality }}
            />
          }
        >
          <ReferenceManyField<Site, Site>
            reference="Site"
            target="hubId"
            sort={{ field: 'name', order: 'ASC' }}
            perPage={50}
            pagination={<SectionPagination />}
            empty={<None text={`No spokes or outreach venues work from ${site.name} yet.`} />}
          >
            <DataTable<Site> rowClick="show" bulkActionButtons={false}>
              <SiteCol
                source="name"
                label="Site"
                render={(spoke) => <ShowLink resource="Site" record={spoke} text={(s) => s.name} />}
              />
              <SiteCol source="kind" disableSort render={(spoke) => SITE_KIND_LABELS[spoke.kind]} />
              <SiteCol source="locality" disableSort />
            </DataTable>
          </ReferenceManyField>
        </Section>
      )}
      <Section id="site-teams-heading" title="Teams based here">
        <ReferenceManyField<Site, Team>
          reference="Team"
          target="siteIds"
          sort={{ field: 'name', order: 'ASC' }}
          perPage={25}
          pagination={<SectionPagination />}
          empty={<None text={`No teams are based at ${site.name}.`} />}
        >
          <DataTable<Team> rowClick="show" bulkActionButtons={false}>
            <TeamCol
              source="name"
              label="Team"
              render={(team) => <ShowLink resource="Team" record={team} text={(t) => t.name} />}
            />
            <TeamCol source="organisation.name" label="Organisation" disableSort />
            <TeamCol source="manager.fullName" label="Manager" disableSort />
          </DataTable>
        </ReferenceManyField>
      </Section>
    </Sections>
  );
};

const SiteTitle = () => {
  const record = useRecordContext<Site>();
  return <>{record?.name ?? 'Site'}</>;
};

export const SiteShow = () => (
  <Show<Site>
    title={<SiteTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
    sx={TRANSPARENT_SHOW}
  >
    <SiteDetails />
  </Show>
);

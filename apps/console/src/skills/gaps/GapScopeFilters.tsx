import { Box, Button } from '@mui/material';
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { AutocompleteInput, Form, ReferenceInput, SelectInput } from 'react-admin';
import { EMPLOYMENT_TYPES } from '../../workforce/choices';
import { OrganisationPicker, SitePicker, TeamPicker } from '../../workforce/inputs';
import { FILTERS, type Filters } from './useGapSearch';

const NO_FILTERS = Object.fromEntries(FILTERS.map((name) => [name, null]));

/** Passes every change on as it happens: the figures follow the filters without a submit button. */
const FollowChanges = ({ onChange }: { onChange: (filters: Filters) => void }) => {
  const { watch } = useFormContext();
  useEffect(() => {
    const subscription = watch((values) => onChange(values as Filters));
    return () => subscription.unsubscribe();
  }, [watch, onChange]);
  return null;
};

const ClearButton = () => {
  const { reset, watch } = useFormContext();
  const any = FILTERS.some((name) => watch(name));
  return (
    <Button onClick={() => reset(NO_FILTERS)} disabled={!any} sx={{ justifySelf: 'start', alignSelf: 'center', mb: 2 }}>
      Clear filters
    </Button>
  );
};

/** Narrows the figures to one organisation, team, site, role profile or kind of employment. */
export const GapScopeFilters = ({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) => (
  <Form record={{ ...NO_FILTERS, ...filters }} onSubmit={() => undefined}>
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: 2 }}>
      <OrganisationPicker source="organisationId" label="Organisation" />
      <TeamPicker source="teamId" label="Team" />
      <SitePicker source="siteId" label="Site" />
      <ReferenceInput source="roleProfileId" reference="RoleProfile" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Role profile" optionText="name" noOptionsText="No role profile matches." />
      </ReferenceInput>
      <SelectInput
        source="employmentType"
        label="Employment type"
        choices={EMPLOYMENT_TYPES}
        emptyText="Any employment type"
      />
      <ClearButton />
    </Box>
    <FollowChanges onChange={onChange} />
  </Form>
);

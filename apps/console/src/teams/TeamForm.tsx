import { Typography } from '@mui/material';
import { Create, Edit, Labeled, SimpleForm, TextField, TextInput, useRecordContext } from 'react-admin';
import { OrganisationPicker, PersonPicker, SitePicker } from '../workforce/inputs';
import type { Team } from '../workforce/types';
import { SaveToolbar } from '../workforce/ui';
import { useSaveOptions } from '../workforce/useAction';
import { requiredText } from '../workforce/validation';

const FORM_SX = { maxWidth: 640 };
const NAME_RULES = requiredText(200, 'Give the team a name of up to 200 characters.');

export const TeamCreate = () => {
  const mutationOptions = useSaveOptions<Team>('Team', (record) => `${record.name} added.`);
  return (
    <Create<Team> title="Add a team" mutationOptions={mutationOptions}>
      <SimpleForm toolbar={<SaveToolbar />} sx={FORM_SX}>
        <Typography component="h2" variant="h6">
          Team
        </Typography>
        <TextInput source="name" validate={NAME_RULES} autoFocus />
        <OrganisationPicker
          source="organisationId"
          label="Organisation"
          isRequired
          filter={{ status: 'ACTIVE' }}
          helperText="The employer the team belongs to. It cannot be changed later."
        />
        <SitePicker source="siteId" label="Based at" helperText="Optional: the site the team works from." />
        <PersonPicker source="managerId" label="Manager" />
      </SimpleForm>
    </Create>
  );
};

const EditTitle = () => {
  const record = useRecordContext<Team>();
  return <>{record ? `Edit ${record.name}` : 'Edit team'}</>;
};

export const TeamEdit = () => {
  const mutationOptions = useSaveOptions<Team>('Team', (record) => `${record.name} saved.`);
  return (
    <Edit<Team> title={<EditTitle />} mutationMode="pessimistic" mutationOptions={mutationOptions}>
      <SimpleForm toolbar={<SaveToolbar />} sx={FORM_SX}>
        <Typography component="h2" variant="h6">
          Team
        </Typography>
        <TextInput source="name" validate={NAME_RULES} />
        {/* A team stays in its organisation: its people's jobs are there. */}
        <Labeled label="Organisation">
          <TextField source="organisation.name" />
        </Labeled>
        <SitePicker source="siteId" label="Based at" helperText="Optional: the site the team works from." />
        <PersonPicker source="managerId" label="Manager" />
      </SimpleForm>
    </Edit>
  );
};

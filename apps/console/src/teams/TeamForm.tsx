import { Typography } from '@mui/material';
import {
  Create,
  Edit,
  Labeled,
  NumberInput,
  SimpleForm,
  TextField,
  TextInput,
  maxValue,
  minValue,
  useRecordContext,
} from 'react-admin';
import { OrganisationPicker, PersonPicker, SitePicker } from '../workforce/inputs';
import type { Team } from '../workforce/types';
import { SaveToolbar } from '../workforce/ui';
import { useSaveOptions } from '../workforce/useAction';
import { requiredText } from '../workforce/validation';

const FORM_SX = { maxWidth: 640 };
const NAME_RULES = requiredText(200, 'Give the team a name of up to 200 characters.');

/** The backfill guard: bookings past this share of the team away at once need a manager's reason. */
const AwayLimitInput = () => (
  <NumberInput
    source="trainingAwayLimitPercent"
    label="Most of the team away on training at once (%)"
    min={1}
    max={100}
    step={1}
    validate={[minValue(1, 'At least 1 per cent, or leave empty for no limit.'), maxValue(100)]}
    helperText="Leave empty for no limit. Self-bookings past it wait for a manager, who gives a reason."
  />
);

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
        <AwayLimitInput />
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
        <AwayLimitInput />
      </SimpleForm>
    </Edit>
  );
};

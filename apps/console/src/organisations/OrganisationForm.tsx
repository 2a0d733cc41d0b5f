import { Typography } from '@mui/material';
import {
  BooleanInput,
  Create,
  Edit,
  RadioButtonGroupInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { BOOKING_APPROVALS, ORGANISATION_KINDS, ORGANISATION_STATUSES } from '../workforce/choices';
import type { Organisation } from '../workforce/types';
import { SaveToolbar } from '../workforce/ui';
import { useSaveOptions } from '../workforce/useAction';
import { ORGANISATION_CODE, optionalEmail, optionalText, requiredText } from '../workforce/validation';

const FORM_SX = { maxWidth: 640 };

const OrganisationInputs = ({ editing }: { editing?: boolean }) => (
  <>
    <Typography component="h2" variant="h6">
      Organisation
    </Typography>
    <TextInput
      source="name"
      validate={requiredText(200, 'Give the organisation a name of up to 200 characters.')}
      autoFocus={!editing}
    />
    <TextInput
      source="code"
      validate={[required(), ORGANISATION_CODE]}
      helperText="The short code HR exports use, e.g. NCC-CS. Saved in capitals."
      parse={(value: string) => (value === '' ? null : value.toUpperCase())}
    />
    <SelectInput source="kind" choices={ORGANISATION_KINDS} validate={required()} />
    <BooleanInput
      source="statutory"
      label="Statutory service"
      helperText="Council, NHS and school services are statutory; VCFSE and most other partners are not."
    />
    {editing && (
      <RadioButtonGroupInput
        source="status"
        choices={ORGANISATION_STATUSES}
        helperText="Inactive organisations stay on record but are no longer offered for new jobs."
      />
    )}
    {editing && (
      <>
        <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
          Training bookings
        </Typography>
        <RadioButtonGroupInput
          source="bookingApproval"
          label="When their people book themselves"
          choices={BOOKING_APPROVALS}
          row={false}
          helperText="Bookings made by a manager or workforce lead never wait for approval."
        />
      </>
    )}
    <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
      Contact
    </Typography>
    <TextInput source="contactName" label="Contact name" validate={optionalText(200)} />
    <TextInput source="contactEmail" label="Contact email" type="email" validate={optionalEmail} />
    <TextInput source="contactPhone" label="Contact phone" type="tel" validate={optionalText(40)} />
  </>
);

export const OrganisationCreate = () => {
  const mutationOptions = useSaveOptions<Organisation>('Organisation', (record) => `${record.name} added.`);
  return (
    <Create<Organisation> title="Add an organisation" mutationOptions={mutationOptions}>
      <SimpleForm defaultValues={{ statutory: false }} toolbar={<SaveToolbar />} sx={FORM_SX}>
        <OrganisationInputs />
      </SimpleForm>
    </Create>
  );
};

const EditTitle = () => {
  const record = useRecordContext<Organisation>();
  return <>{record ? `Edit ${record.name}` : 'Edit organisation'}</>;
};

export const OrganisationEdit = () => {
  const mutationOptions = useSaveOptions<Organisation>('Organisation', (record) => `${record.name} saved.`);
  return (
    <Edit<Organisation> title={<EditTitle />} mutationMode="pessimistic" mutationOptions={mutationOptions}>
      <SimpleForm toolbar={<SaveToolbar />} sx={FORM_SX}>
        <OrganisationInputs editing />
      </SimpleForm>
    </Edit>
  );
};

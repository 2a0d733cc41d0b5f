import { Typography } from '@mui/material';
import { Create, Edit, SimpleForm, TextInput, useRecordContext } from 'react-admin';
import { today } from '../workforce/dates';
import type { Person } from '../workforce/types';
import { SaveToolbar } from '../workforce/ui';
import { useSaveOptions } from '../workforce/useAction';
import { optionalText, requiredEmail, requiredText } from '../workforce/validation';
import { JobInputs } from './JobInputs';

const FORM_SX = { maxWidth: 720 };

const PersonInputs = ({ editing }: { editing?: boolean }) => (
  <>
    <Typography component="h2" variant="h6">
      Person
    </Typography>
    <TextInput
      source="givenName"
      label="Given name"
      validate={requiredText(100, 'Enter a given name of up to 100 characters.')}
      autoComplete="off"
      autoFocus={!editing}
    />
    <TextInput
      source="familyName"
      label="Family name"
      validate={requiredText(100, 'Enter a family name of up to 100 characters.')}
      autoComplete="off"
    />
    <TextInput
      source="email"
      type="email"
      validate={requiredEmail}
      autoComplete="off"
      helperText="Their work email: Kindred matches people and sign-ins on it."
    />
    <TextInput
      source="employeeNumber"
      label="Employee number"
      validate={optionalText(40)}
      helperText="As in the HR system; imports match on it first."
    />
    <TextInput source="phone" type="tel" validate={optionalText(40)} autoComplete="off" />
  </>
);

export const PersonCreate = () => {
  const mutationOptions = useSaveOptions<Person>('Person', (record) => `${record.fullName} added.`);
  return (
    <Create<Person> title="Add a person" mutationOptions={mutationOptions}>
      <SimpleForm
        toolbar={<SaveToolbar />}
        sx={FORM_SX}
        defaultValues={{ assignment: { employmentType: 'STAFF', startDate: today() } }}
      >
        <PersonInputs />
        <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
          First job
        </Typography>
        <Typography color="text.secondary" variant="body2" sx={{ mb: 1 }}>
          Everyone joins with a job or volunteering role. Add further jobs from their page.
        </Typography>
        <JobInputs prefix="assignment." />
      </SimpleForm>
    </Create>
  );
};

const EditTitle = () => {
  const record = useRecordContext<Person>();
  return <>{record ? `Edit ${record.fullName}` : 'Edit person'}</>;
};

export const PersonEdit = () => {
  const mutationOptions = useSaveOptions<Person>('Person', (record) => `${record.fullName}’s details saved.`);
  return (
    <Edit<Person> title={<EditTitle />} mutationMode="pessimistic" mutationOptions={mutationOptions}>
      <SimpleForm toolbar={<SaveToolbar />} sx={FORM_SX}>
        <PersonInputs editing />
        <Typography color="text.secondary" variant="body2">
          Jobs are added, changed and ended on the person’s page.
        </Typography>
      </SimpleForm>
    </Edit>
  );
};

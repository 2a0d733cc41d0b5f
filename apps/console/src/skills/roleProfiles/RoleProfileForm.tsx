import { Typography } from '@mui/material';
import { Create, Edit, SimpleForm, TextInput, useRecordContext } from 'react-admin';
import { SaveToolbar } from '../../workforce/ui';
import { useSaveOptions } from '../../workforce/useAction';
import { optionalText, requiredText } from '../../workforce/validation';
import { keepText } from '../frameworks/text';
import type { RoleProfile } from './types';

const FORM_SX = { maxWidth: 640 };

const RoleProfileInputs = ({ editing }: { editing?: boolean }) => (
  <>
    <Typography component="h2" variant="h6">
      Role profile
    </Typography>
    <TextInput
      source="name"
      validate={requiredText(200, 'Give the profile a name of up to 200 characters.')}
      helperText="The kind of role, e.g. Family hub navigator. Unique in the partnership."
      autoFocus={!editing}
    />
    <TextInput
      source="description"
      parse={keepText}
      validate={optionalText(2000)}
      multiline
      minRows={2}
      helperText="Who it is for, so whoever sets it on a job picks the right one."
    />
    {!editing && (
      <Typography color="text.secondary" variant="body2">
        Add the competencies the role needs on the profile’s page once it is saved.
      </Typography>
    )}
  </>
);

export const RoleProfileCreate = () => {
  const mutationOptions = useSaveOptions<RoleProfile>('RoleProfile', (profile) => `${profile.name} added.`);
  return (
    <Create<RoleProfile> title="Add a role profile" mutationOptions={mutationOptions}>
      <SimpleForm toolbar={<SaveToolbar />} sx={FORM_SX}>
        <RoleProfileInputs />
      </SimpleForm>
    </Create>
  );
};

const EditTitle = () => {
  const profile = useRecordContext<RoleProfile>();
  return <>{profile ? `Edit ${profile.name}` : 'Edit role profile'}</>;
};

export const RoleProfileEdit = () => {
  const mutationOptions = useSaveOptions<RoleProfile>('RoleProfile', (profile) => `${profile.name} saved.`);
  return (
    <Edit<RoleProfile> title={<EditTitle />} mutationMode="pessimistic" mutationOptions={mutationOptions}>
      <SimpleForm toolbar={<SaveToolbar />} sx={FORM_SX}>
        <RoleProfileInputs editing />
      </SimpleForm>
    </Edit>
  );
};

import { Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { Create, Edit, SelectInput, SimpleForm, TextInput, required, useRecordContext } from 'react-admin';
import { OrganisationPicker } from '../../workforce/inputs';
import { SaveToolbar } from '../../workforce/ui';
import { useSaveOptions } from '../../workforce/useAction';
import { optionalEmail, optionalText, requiredText } from '../../workforce/validation';
import { PROVIDER_KINDS } from '../labels';
import type { TrainingProvider } from '../types';

const FORM_SX = { maxWidth: 640 };

const website = (value: unknown) =>
  typeof value === 'string' && value && !/^https?:\/\/\S+$/.test(value.trim())
    ? 'Enter a web address starting with https://'
    : undefined;

/** A partner provider is one of the partnership's organisations; others name none. */
const PartnerOrganisation = () => {
  const kind = useWatch({ name: 'kind' });
  return kind === 'PARTNER' ? (
    <OrganisationPicker
      source="organisationId"
      label="Partner organisation"
      helperText="The partner whose team runs the training."
      isRequired
    />
  ) : null;
};

const ProviderInputs = ({ editing }: { editing?: boolean }) => (
  <>
    <Typography component="h2" variant="h6">
      Training provider
    </Typography>
    <TextInput
      source="name"
      validate={requiredText(200, 'Give the provider a name of up to 200 characters.')}
      helperText="Unique in the partnership, e.g. Northshire Safeguarding Children Partnership."
      autoFocus={!editing}
    />
    <SelectInput source="kind" label="Kind" choices={PROVIDER_KINDS} validate={required()} />
    <PartnerOrganisation />
    <TextInput
      source="contactEmail"
      label="Contact email"
      type="email"
      validate={[optionalEmail, ...optionalText(320)]}
    />
    <TextInput source="website" label="Website" type="url" validate={[website, ...optionalText(500)]} />
  </>
);

/** Only the fields TrainingProviderInput declares; an organisation only for a partner provider. */
const toInput = (data: TrainingProvider) => ({
  ...data,
  organisationId: data.kind === 'PARTNER' ? data.organisationId : null,
  contactEmail: data.contactEmail || null,
  website: data.website || null,
});

export const ProviderCreate = () => {
  const mutationOptions = useSaveOptions<TrainingProvider>('TrainingProvider', (p) => `${p.name} added.`);
  return (
    <Create<TrainingProvider> title="Add a training provider" mutationOptions={mutationOptions} transform={toInput}>
      <SimpleForm defaultValues={{ kind: 'IN_HOUSE' }} toolbar={<SaveToolbar />} sx={FORM_SX}>
        <ProviderInputs />
      </SimpleForm>
    </Create>
  );
};

const EditTitle = () => {
  const provider = useRecordContext<TrainingProvider>();
  return <>{provider ? `Edit ${provider.name}` : 'Edit training provider'}</>;
};

export const ProviderEdit = () => {
  const mutationOptions = useSaveOptions<TrainingProvider>('TrainingProvider', (p) => `${p.name} saved.`);
  return (
    <Edit<TrainingProvider>
      title={<EditTitle />}
      mutationMode="pessimistic"
      mutationOptions={mutationOptions}
      transform={toInput}
    >
      <SimpleForm toolbar={<SaveToolbar />} sx={FORM_SX}>
        <ProviderInputs editing />
      </SimpleForm>
    </Edit>
  );
};

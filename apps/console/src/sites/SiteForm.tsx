import { Typography } from '@mui/material';
import {
  AutocompleteInput,
  Create,
  Edit,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { HAS_HUB, SITE_KINDS } from '../workforce/choices';
import type { Site, SiteKind } from '../workforce/types';
import { SaveToolbar } from '../workforce/ui';
import { useSaveOptions } from '../workforce/useAction';
import { POSTCODE, optionalText, requiredText } from '../workforce/validation';

const FORM_SX = { maxWidth: 640 };

/** A hub only for spokes and outreach venues; anything else saves without one. */
const transform = (data: Site) => ({ ...data, hubId: HAS_HUB.includes(data.kind) ? (data.hubId ?? null) : null });

const HubInput = () => (
  <FormDataConsumer<{ kind?: SiteKind }>>
    {({ formData }) =>
      formData.kind && HAS_HUB.includes(formData.kind) ? (
        <ReferenceInput
          source="hubId"
          reference="Site"
          filter={{ kinds: ['FAMILY_HUB'] }}
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteInput
            label="Family hub"
            optionText="name"
            helperText="The family hub this site works from."
            noOptionsText="No family hub matches. Add the hub as a site first."
          />
        </ReferenceInput>
      ) : null
    }
  </FormDataConsumer>
);

const SiteInputs = ({ editing }: { editing?: boolean }) => (
  <>
    <Typography component="h2" variant="h6">
      Site
    </Typography>
    <TextInput
      source="name"
      validate={requiredText(200, 'Give the site a name of up to 200 characters.')}
      autoFocus={!editing}
    />
    <SelectInput source="kind" choices={SITE_KINDS} validate={required()} />
    <HubInput />
    <TextInput
      source="locality"
      validate={requiredText(100, 'Say which area the site serves.')}
      helperText="The area the site serves, as the partnership names it, e.g. Northshire Coast."
    />
    <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
      Address
    </Typography>
    <TextInput source="addressLine1" label="Address line 1" validate={optionalText(200)} autoComplete="address-line1" />
    <TextInput source="addressLine2" label="Address line 2" validate={optionalText(200)} autoComplete="address-line2" />
    <TextInput source="town" validate={optionalText(100)} autoComplete="address-level2" />
    <TextInput
      source="postcode"
      validate={POSTCODE}
      autoComplete="postal-code"
      sx={{ maxWidth: 240 }}
      parse={(value: string) => (value === '' ? null : value.toUpperCase())}
    />
  </>
);

export const SiteCreate = () => {
  const mutationOptions = useSaveOptions<Site>('Site', (record) => `${record.name} added.`);
  return (
    <Create<Site> title="Add a site" mutationOptions={mutationOptions} transform={transform}>
      <SimpleForm toolbar={<SaveToolbar />} sx={FORM_SX}>
        <SiteInputs />
      </SimpleForm>
    </Create>
  );
};

const EditTitle = () => {
  const record = useRecordContext<Site>();
  return <>{record ? `Edit ${record.name}` : 'Edit site'}</>;
};

export const SiteEdit = () => {
  const mutationOptions = useSaveOptions<Site>('Site', (record) => `${record.name} saved.`);
  return (
    <Edit<Site>
      title={<EditTitle />}
      mutationMode="pessimistic"
      mutationOptions={mutationOptions}
      transform={transform}
    >
      <SimpleForm toolbar={<SaveToolbar />} sx={FORM_SX}>
        <SiteInputs editing />
      </SimpleForm>
    </Edit>
  );
};

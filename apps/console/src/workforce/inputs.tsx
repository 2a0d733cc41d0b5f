import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  type Validator,
} from 'react-admin';
import type { Person } from './types';

/** "Name (email)": two people can share a name, never an email. */
export const personOption = (person?: Person | null) => (person ? `${person.fullName} (${person.email})` : '');

type ReferencePickerProps = {
  source: string;
  label: string;
  helperText?: string;
  isRequired?: boolean;
  filter?: Record<string, unknown>;
  onChange?: () => void;
};

export const OrganisationPicker = ({
  source,
  label,
  helperText,
  isRequired,
  filter,
  onChange,
}: ReferencePickerProps) => (
  <ReferenceInput source={source} reference="Organisation" sort={{ field: 'name', order: 'ASC' }} filter={filter}>
    <AutocompleteInput
      label={label}
      optionText="name"
      helperText={helperText}
      onChange={onChange}
      validate={isRequired ? required() : undefined}
      noOptionsText="No organisation matches."
    />
  </ReferenceInput>
);

export const SitePicker = ({ source, label, helperText, isRequired, filter }: ReferencePickerProps) => (
  <ReferenceInput source={source} reference="Site" sort={{ field: 'name', order: 'ASC' }} filter={filter}>
    <AutocompleteInput
      label={label}
      optionText="name"
      helperText={helperText}
      validate={isRequired ? required() : undefined}
      noOptionsText="No site matches."
    />
  </ReferenceInput>
);

export const TeamPicker = ({ source, label, helperText, isRequired, filter }: ReferencePickerProps) => (
  <ReferenceInput source={source} reference="Team" sort={{ field: 'name', order: 'ASC' }} filter={filter}>
    <AutocompleteInput
      label={label}
      optionText="name"
      helperText={helperText}
      validate={isRequired ? required() : undefined}
      noOptionsText="No team matches."
    />
  </ReferenceInput>
);

const notSelf =
  (personId: string | undefined): Validator =>
  (value: unknown) =>
    personId && value === personId ? 'A person cannot be their own line manager.' : undefined;

/** Searches current people by name, email or employee number. */
export const PersonPicker = ({
  source,
  label,
  helperText,
  isRequired,
  filter,
  excludeId,
}: ReferencePickerProps & { excludeId?: string }) => (
  <ReferenceInput
    source={source}
    reference="Person"
    sort={{ field: 'familyName', order: 'ASC' }}
    filter={{ active: true, ...filter }}
  >
    <AutocompleteInput
      label={label}
      optionText={personOption}
      helperText={helperText ?? 'Type a name or email to search.'}
      validate={isRequired ? [required(), notSelf(excludeId)] : notSelf(excludeId)}
      noOptionsText="No current person matches."
    />
  </ReferenceInput>
);

/** Filters of lists: pick any number of organisations, sites or teams. */
export const ReferenceArrayFilter = ({
  source,
  reference,
  label,
  alwaysOn,
}: {
  source: string;
  reference: 'Organisation' | 'Site' | 'Team';
  label: string;
  alwaysOn?: boolean;
}) => (
  <ReferenceArrayInput source={source} reference={reference} sort={{ field: 'name', order: 'ASC' }} alwaysOn={alwaysOn}>
    <AutocompleteArrayInput label={label} optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceArrayInput>
);

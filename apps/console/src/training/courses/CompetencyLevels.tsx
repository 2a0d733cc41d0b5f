import {
  ArrayInput,
  AutocompleteInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  required,
  useGetOne,
} from 'react-admin';

interface CompetencyOption {
  id: string;
  code: string;
  name: string;
  framework: { name: string; scale: { levels: { rank: number; name: string }[] } };
}

const competencyText = (competency?: CompetencyOption) =>
  competency ? `${competency.code} · ${competency.name} (${competency.framework.name})` : '';

/** The levels of the chosen competency's scale, by name. */
const LevelSelect = ({ competencyId }: { competencyId?: string | null }) => {
  const { data } = useGetOne<CompetencyOption>(
    'Competency',
    { id: competencyId ?? '' },
    { enabled: Boolean(competencyId) },
  );
  const choices = (data?.framework.scale.levels ?? []).map((level) => ({ id: level.rank, name: level.name }));
  return (
    <SelectInput
      source="level"
      label="Level"
      choices={choices}
      validate={required()}
      disabled={!competencyId}
      helperText={competencyId ? false : 'Choose the competency first.'}
      sx={{ minWidth: 180 }}
    />
  );
};

/** A list of competency levels: what a course grants, or expects first. */
export const CompetencyLevels = ({
  source,
  label,
  helperText,
}: {
  source: string;
  label: string;
  helperText: string;
}) => (
  <ArrayInput source={source} label={label} helperText={helperText}>
    <SimpleFormIterator inline disableReordering>
      <ReferenceInput source="competencyId" reference="Competency" filter={{ kind: 'COMPETENCY' }}>
        <AutocompleteInput
          label="Competency"
          optionText={competencyText}
          validate={required()}
          noOptionsText="No competency matches."
          sx={{ minWidth: 360 }}
        />
      </ReferenceInput>
      <FormDataConsumer<{ competencyId?: string }>>
        {({ scopedFormData }) => <LevelSelect competencyId={scopedFormData?.competencyId} />}
      </FormDataConsumer>
    </SimpleFormIterator>
  </ArrayInput>
);

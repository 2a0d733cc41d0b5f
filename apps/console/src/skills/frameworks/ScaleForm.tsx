import AddIcon from '@mui/icons-material/Add';
import { Button, Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  Create,
  Edit,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useRecordContext,
  useSimpleFormIterator,
  useSimpleFormIteratorItem,
  type TextInputProps,
  type Validator,
} from 'react-admin';
import { SaveToolbar } from '../../workforce/ui';
import { useSaveOptions } from '../../workforce/useAction';
import { optionalText, requiredText } from '../../workforce/validation';
import { CUMULATIVE_HELP, keepText } from './text';
import type { ProficiencyScale } from './types';

const FORM_SX = { maxWidth: 800 };
const MIN_LEVELS = 2;
const MAX_LEVELS = 10;

const levelCount: Validator = (levels: unknown) => {
  const count = Array.isArray(levels) ? levels.length : 0;
  if (count < MIN_LEVELS) return `A scale has at least ${MIN_LEVELS} levels.`;
  return count > MAX_LEVELS ? `A scale has at most ${MAX_LEVELS} levels.` : undefined;
};

/** An input of the level editor, labelled with its place on the scale so each row has its own names. */
const LevelTextInput = ({ what, ...props }: TextInputProps & { what: string }) => {
  const { index } = useSimpleFormIteratorItem();
  return <TextInput {...props} label={`Level ${index + 1} ${what}`} />;
};

const AddLevelButton = () => {
  const { add, total } = useSimpleFormIterator();
  return (
    <Button size="small" startIcon={<AddIcon />} onClick={() => add()} disabled={total >= MAX_LEVELS}>
      Add a level
    </Button>
  );
};

/** React-admin shows a row's remove and move buttons on hover only, out of reach of the keyboard. */
const ALWAYS_SHOW_ROW_ACTIONS = { '& .RaSimpleFormIterator-action': { visibility: 'visible' } };

const ScaleInputs = ({ editing }: { editing?: boolean }) => (
  <>
    <Typography component="h2" variant="h6">
      Scale
    </Typography>
    <TextInput
      source="name"
      validate={requiredText(200, 'Give the scale a name of up to 200 characters.')}
      helperText="Unique in the partnership, e.g. Family hub practice levels."
      autoFocus={!editing}
    />
    <TextInput source="description" parse={keepText} validate={optionalText(2000)} multiline minRows={2} />
    <BooleanInput source="cumulative" label="Holding a level implies the ones below" helperText={CUMULATIVE_HELP} />
    <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
      Levels
    </Typography>
    <Typography color="text.secondary" variant="body2" sx={{ mb: 1 }}>
      Lowest first, between {MIN_LEVELS} and {MAX_LEVELS} levels. Requirements, evidence and indicators refer to a level
      by its place on the scale: renaming a level keeps them, moving it up or down changes what they mean.
    </Typography>
    <ArrayInput source="levels" label={false} validate={levelCount}>
      {/* Default values name the fields, so a level added here starts as { name: '', description: '' }. */}
      <SimpleFormIterator inline disableClear fullWidth addButton={<AddLevelButton />} sx={ALWAYS_SHOW_ROW_ACTIONS}>
        <LevelTextInput
          source="name"
          what="name"
          defaultValue=""
          validate={requiredText(100, 'Give each level a name of up to 100 characters.')}
          sx={{ width: { xs: '100%', sm: 220 } }}
        />
        <LevelTextInput
          source="description"
          what="description"
          defaultValue=""
          parse={keepText}
          validate={optionalText(2000)}
          multiline
          sx={{ width: { xs: '100%', sm: 440 } }}
        />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);

const EMPTY_LEVEL = { name: '', description: '' };

export const ScaleCreate = () => {
  const mutationOptions = useSaveOptions<ProficiencyScale>('ProficiencyScale', (scale) => `${scale.name} added.`);
  return (
    <Create<ProficiencyScale> title="Add a proficiency scale" mutationOptions={mutationOptions}>
      <SimpleForm
        toolbar={<SaveToolbar />}
        sx={FORM_SX}
        defaultValues={{ cumulative: true, levels: [EMPTY_LEVEL, EMPTY_LEVEL] }}
      >
        <ScaleInputs />
      </SimpleForm>
    </Create>
  );
};

const EditTitle = () => {
  const scale = useRecordContext<ProficiencyScale>();
  return <>{scale ? `Edit ${scale.name}` : 'Edit proficiency scale'}</>;
};

export const ScaleEdit = () => {
  const mutationOptions = useSaveOptions<ProficiencyScale>('ProficiencyScale', (scale) => `${scale.name} saved.`);
  return (
    <Edit<ProficiencyScale> title={<EditTitle />} mutationMode="pessimistic" mutationOptions={mutationOptions}>
      <SimpleForm toolbar={<SaveToolbar />} sx={FORM_SX}>
        <ScaleInputs editing />
      </SimpleForm>
    </Edit>
  );
};

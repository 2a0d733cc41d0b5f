import { Box, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  DateInput,
  Edit,
  Labeled,
  RadioButtonGroupInput,
  ReferenceInput,
  SimpleForm,
  TextField,
  TextInput,
  regex,
  required,
  useRecordContext,
} from 'react-admin';
import { today } from '../../workforce/dates';
import { SaveToolbar } from '../../workforce/ui';
import { useSaveOptions } from '../../workforce/useAction';
import { notBefore, optionalText, requiredText } from '../../workforce/validation';
import { keepText, LEVEL_RULES, SELF_ASSESSMENT_HELP } from './text';
import type { CompetencyFramework, LevelRule, ProficiencyScale } from './types';

const FORM_SX = { maxWidth: 720 };

const FRAMEWORK_CODE = regex(
  /^\s*[a-z0-9][a-z0-9-]{1,59}\s*$/,
  'Lower-case letters, digits and dashes, like safeguarding-children.',
);

const LEVEL_RULE_CHOICES = (Object.keys(LEVEL_RULES) as LevelRule[]).map((id) => ({ id, ...LEVEL_RULES[id] }));

const levelRuleOption = ({ name, explanation }: { name: string; explanation: string }) => (
  <Box component="span" sx={{ display: 'block', py: 0.5 }}>
    <Box component="span" sx={{ display: 'block', fontWeight: 500 }}>
      {name}
    </Box>
    <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: '0.875rem' }}>
      {explanation}
    </Box>
  </Box>
);

const scaleOption = (scale?: ProficiencyScale | null) => (scale ? `${scale.name} (${scale.levels.length} levels)` : '');

const FrameworkInputs = ({ editing }: { editing?: boolean }) => (
  <>
    <Typography component="h2" variant="h6">
      Framework
    </Typography>
    <TextInput
      source="name"
      validate={requiredText(200, 'Give the framework a name of up to 200 characters.')}
      autoFocus={!editing}
    />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
      <TextInput
        source="code"
        validate={[required(), FRAMEWORK_CODE]}
        helperText="Every version of the same framework shares its code."
        parse={(value: string) => value.toLowerCase()}
      />
      <TextInput
        source="version"
        validate={requiredText(40, 'Give a version of up to 40 characters.')}
        helperText="For example 2025.1."
      />
    </Stack>
    <TextInput source="description" parse={keepText} validate={optionalText(4000)} multiline minRows={2} />
    <TextInput
      source="source"
      parse={keepText}
      validate={optionalText(4000)}
      multiline
      helperText="The documents the framework is drawn from."
    />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
      <DateInput source="effectiveFrom" label="Effective from" validate={required()} />
      <DateInput
        source="effectiveTo"
        label="Effective to"
        validate={notBefore('effectiveFrom', 'effective from date')}
        helperText="Empty while it is current."
      />
    </Stack>
    <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
      Levels
    </Typography>
    {editing ? (
      <Labeled label="Proficiency scale">
        <TextField source="scale.name" />
      </Labeled>
    ) : (
      <ReferenceInput source="scaleId" reference="ProficiencyScale" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput
          label="Proficiency scale"
          optionText={scaleOption}
          inputText={(scale: ProficiencyScale) => scale.name}
          validate={required()}
          helperText="The levels competencies are held at. It cannot be changed later: requirements and evidence are levels on it."
          noOptionsText="No scale matches. Add one under Scales first."
        />
      </ReferenceInput>
    )}
    <RadioButtonGroupInput
      source="levelRule"
      label="When someone has several pieces of evidence, their level is the"
      choices={LEVEL_RULE_CHOICES}
      optionText={levelRuleOption}
      row={false}
    />
    <BooleanInput source="selfAssessmentCounts" label="Self-assessments count" helperText={SELF_ASSESSMENT_HELP} />
  </>
);

export const FrameworkCreate = () => {
  const mutationOptions = useSaveOptions<CompetencyFramework>(
    'CompetencyFramework',
    (framework) => `${framework.name} ${framework.version} added. Add its domains and competencies next.`,
  );
  return (
    <Create<CompetencyFramework> title="Add a competency framework" mutationOptions={mutationOptions}>
      <SimpleForm
        toolbar={<SaveToolbar />}
        sx={FORM_SX}
        defaultValues={{ levelRule: 'HIGHEST_VALIDATED', selfAssessmentCounts: false, effectiveFrom: today() }}
      >
        <FrameworkInputs />
      </SimpleForm>
    </Create>
  );
};

const EditTitle = () => {
  const framework = useRecordContext<CompetencyFramework>();
  return <>{framework ? `Edit ${framework.name}` : 'Edit competency framework'}</>;
};

export const FrameworkEdit = () => {
  const mutationOptions = useSaveOptions<CompetencyFramework>(
    'CompetencyFramework',
    (framework) => `${framework.name} ${framework.version} saved.`,
  );
  return (
    <Edit<CompetencyFramework> title={<EditTitle />} mutationMode="pessimistic" mutationOptions={mutationOptions}>
      <SimpleForm toolbar={<SaveToolbar />} sx={FORM_SX}>
        <FrameworkInputs editing />
      </SimpleForm>
    </Edit>
  );
};

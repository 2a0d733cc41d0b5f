import { Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  CheckboxGroupInput,
  Create,
  Edit,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxValue,
  minValue,
  required,
  useRecordContext,
} from 'react-admin';
import { EMPLOYMENT_TYPES } from '../../workforce/choices';
import { SaveToolbar } from '../../workforce/ui';
import { useSaveOptions } from '../../workforce/useAction';
import { optionalText, requiredText, wholeNumber } from '../../workforce/validation';
import { keepText } from '../../skills/frameworks/text';
import { COURSE_MODES } from '../labels';
import type { CompetencyLevel, Course } from '../types';
import { CompetencyLevels } from './CompetencyLevels';

const FORM_SX = { maxWidth: 760 };
const REMINDER_CHOICES = [12, 9, 6, 3, 2, 1].map((months) => ({
  id: months,
  name: `${months} ${months === 1 ? 'month' : 'months'} before`,
}));

const empty = (value: unknown) => value === null || value === undefined || value === '';

/** Stored in minutes, typed in hours. */
const hours = {
  format: (minutes: number | '' | null) => (empty(minutes) ? '' : String(Number(minutes) / 60)),
  parse: (value: number | string) => (empty(value) ? null : Math.round(Number(value) * 60)),
};
/** Stored in pence, typed in pounds. */
const pounds = {
  format: (pence: number | '' | null) => (empty(pence) ? '' : (Number(pence) / 100).toFixed(2)),
  parse: (value: number | string) => (empty(value) ? null : Math.round(Number(value) * 100)),
};

const Heading = ({ children }: { children: string }) => (
  <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
    {children}
  </Typography>
);

const CourseInputs = ({ editing }: { editing?: boolean }) => (
  <>
    <Heading>Course</Heading>
    <TextInput
      source="title"
      validate={requiredText(200, 'Give the course a title of up to 200 characters.')}
      helperText="Unique in the catalogue, e.g. Safeguarding children level 2."
      autoFocus={!editing}
    />
    <ReferenceInput source="providerId" reference="TrainingProvider" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        label="Provider"
        optionText="name"
        validate={required()}
        noOptionsText="No provider matches."
      />
    </ReferenceInput>
    <TextInput
      source="summary"
      parse={keepText}
      validate={optionalText(4000)}
      multiline
      minRows={3}
      helperText="What the course is, in plain English, for people deciding whether to book."
    />
    <ArrayInput source="outcomes" label="Learning outcomes" helperText="What learners can do afterwards, one per line.">
      <SimpleFormIterator disableReordering>
        <TextInput source="" label="Outcome" validate={requiredText(500)} fullWidth />
      </SimpleFormIterator>
    </ArrayInput>
    <SelectInput source="mode" label="Mode" choices={COURSE_MODES} validate={required()} />
    <NumberInput
      source="durationMinutes"
      label="Duration (hours)"
      {...hours}
      validate={[required(), minValue(15, 'A course lasts at least a quarter of an hour.')]}
      step={0.25}
      sx={{ maxWidth: 240 }}
    />
    <NumberInput
      source="cpdMinutes"
      label="CPD time (hours)"
      {...hours}
      validate={[required(), minValue(0)]}
      step={0.25}
      helperText="Usually the time spent learning."
      sx={{ maxWidth: 240 }}
    />
    <NumberInput
      source="costPerPlacePence"
      label="Cost per place (£)"
      {...pounds}
      validate={minValue(0)}
      step={0.01}
      helperText="Charged to the organisation for late cancellations and no-shows. Leave empty if not costed."
      sx={{ maxWidth: 240 }}
    />

    <Heading>Refreshers</Heading>
    <NumberInput
      source="validityMonths"
      label="Valid for (months)"
      validate={[wholeNumber, minValue(1), maxValue(120)]}
      step={1}
      helperText="A refresher is needed after this, e.g. 36 for MHFA. Leave empty if it does not expire."
      sx={{ maxWidth: 240 }}
    />
    <CheckboxGroupInput
      source="reminderMonths"
      label="Remind holders"
      choices={REMINDER_CHOICES}
      helperText="Reminders need a validity longer than the reminder."
    />

    <Heading>Who it is for</Heading>
    <Typography color="text.secondary" variant="body2">
      Leave a list empty for no restriction on it.
    </Typography>
    <ReferenceArrayInput
      source="audience.roleProfileIds"
      reference="RoleProfile"
      sort={{ field: 'name', order: 'ASC' }}
    >
      <AutocompleteArrayInput label="Role profiles" optionText="name" />
    </ReferenceArrayInput>
    <CheckboxGroupInput
      source="audience.employmentTypes"
      label="Employment types"
      choices={EMPLOYMENT_TYPES}
      helperText="Tick Volunteer to open it to volunteers."
    />
    <ReferenceArrayInput
      source="audience.organisationIds"
      reference="Organisation"
      sort={{ field: 'name', order: 'ASC' }}
    >
      <AutocompleteArrayInput label="Organisations" optionText="name" />
    </ReferenceArrayInput>

    <Heading>Before and after</Heading>
    <ReferenceArrayInput source="prerequisiteCourseIds" reference="Course" sort={{ field: 'title', order: 'ASC' }}>
      <AutocompleteArrayInput
        label="Courses to complete first"
        optionText="title"
        helperText="Learners are warned, not stopped, when they have not."
      />
    </ReferenceArrayInput>
    <CompetencyLevels
      source="prerequisiteLevels"
      label="Levels to hold first"
      helperText="Learners without them are warned when they book."
    />
    <CompetencyLevels
      source="grants"
      label="Levels granted on completion"
      helperText="Completing the course records these levels as evidence from training."
    />
  </>
);

interface CourseFormValues extends Course {
  prerequisiteCourseIds?: string[];
  prerequisiteLevels?: CompetencyLevel[];
}

/** The form keeps prerequisites as two lists; the API reads them as one object. */
const toInput = ({ prerequisiteCourseIds, prerequisiteLevels, ...course }: CourseFormValues) => ({
  ...course,
  summary: course.summary ?? '',
  reminderMonths: course.reminderMonths ?? [],
  prerequisites: { courseIds: prerequisiteCourseIds ?? [], levels: prerequisiteLevels ?? [] },
});

const fromRecord = (course: Course) => ({
  prerequisiteCourseIds: (course.prerequisites ?? []).flatMap((p) => (p.courseId ? [p.courseId] : [])),
  prerequisiteLevels: (course.prerequisites ?? []).flatMap((p) =>
    p.competencyId && p.level !== null ? [{ competencyId: p.competencyId, level: p.level }] : [],
  ),
});

const NEW_COURSE = {
  mode: 'IN_PERSON',
  summary: '',
  outcomes: [],
  reminderMonths: [],
  audience: { roleProfileIds: [], employmentTypes: [], organisationIds: [] },
  grants: [],
};

export const CourseCreate = () => {
  const mutationOptions = useSaveOptions<Course>('Course', (course) => `${course.title} added to the catalogue.`);
  return (
    <Create<Course> title="Add a course" mutationOptions={mutationOptions} transform={toInput}>
      <SimpleForm defaultValues={NEW_COURSE} toolbar={<SaveToolbar />} sx={FORM_SX}>
        <CourseInputs />
      </SimpleForm>
    </Create>
  );
};

const EditTitle = () => {
  const course = useRecordContext<Course>();
  return <>{course ? `Edit ${course.title}` : 'Edit course'}</>;
};

export const CourseEdit = () => {
  const mutationOptions = useSaveOptions<Course>('Course', (course) => `${course.title} saved.`);
  return (
    <Edit<Course>
      title={<EditTitle />}
      mutationMode="pessimistic"
      mutationOptions={mutationOptions}
      transform={toInput}
    >
      <SimpleForm defaultValues={fromRecord} toolbar={<SaveToolbar />} sx={FORM_SX}>
        <CourseInputs editing />
      </SimpleForm>
    </Edit>
  );
};

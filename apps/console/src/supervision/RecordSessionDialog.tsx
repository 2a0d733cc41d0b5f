import { Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteArrayInput,
  CheckboxGroupInput,
  DateInput,
  DateTimeInput,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { FormDialog } from '../workforce/ui';
import { useAction } from '../workforce/useAction';
import { recordSession } from './api';
import { FUNCTIONS, GIBBS_STAGES } from './labels';
import type { PersonRef } from './types';

/** What is being written up: a 1:1 just held under an agreement, or a scheduled session. */
export interface RecordTarget {
  title: string;
  agreementId?: string;
  sessionId?: string;
  startsAt?: string;
  durationMinutes: number;
  /** Who may own an action: the supervisor and whoever was supervised. */
  people: PersonRef[];
}

interface Values {
  startsAt: string;
  durationMinutes: number;
  functions: string[];
  agenda?: string;
  discussionNotes?: string;
  reflections?: string;
  gibbs?: Record<string, string>;
  wellbeingRating?: string;
  wellbeingNote?: string;
  learningNeedIds?: string[];
  actions?: { ownerId: string; description: string; dueDate: string }[];
  nextDate?: string;
}

const long = [maxLength(20_000)];

/** The session form: Morrison's 4x4x4 prompts, the notes, a Gibbs reflection, wellbeing and actions. */
export const RecordSessionDialog = ({ target, onClose }: { target: RecordTarget | null; onClose: () => void }) => {
  const save = useAction(
    (_, values: Values) =>
      recordSession({
        sessionId: target?.sessionId ?? null,
        agreementId: target?.sessionId ? null : target?.agreementId,
        startsAt: target?.sessionId ? null : new Date(values.startsAt).toISOString(),
        durationMinutes: Number(values.durationMinutes),
        functions: values.functions ?? [],
        agenda: values.agenda || null,
        discussionNotes: values.discussionNotes || null,
        reflections: values.reflections || null,
        gibbs: values.gibbs && Object.values(values.gibbs).some(Boolean) ? values.gibbs : null,
        wellbeingRating: values.wellbeingRating || null,
        wellbeingNote: values.wellbeingNote || null,
        learningNeedIds: values.learningNeedIds ?? [],
        actions: (values.actions ?? []).map((a) => ({
          ownerId: a.ownerId,
          description: a.description,
          dueDate: a.dueDate,
        })),
        nextDate: values.nextDate || null,
      }),
    {
      success: () => 'The session is recorded. Sign it off when it is complete: it then locks.',
      failure: 'The session was not recorded.',
    },
    onClose,
  );
  if (!target) return null;
  return (
    <FormDialog<Values>
      open
      onClose={onClose}
      title={target.title}
      description="Everything written here is encrypted and only the supervisee, the supervisor and the supervisor’s line manager can read it."
      record={{ startsAt: target.startsAt, durationMinutes: target.durationMinutes, functions: [], actions: [] }}
      saving={save.isPending}
      submitLabel="Save record"
      onSubmit={(values) => save.mutate(values)}
    >
      {!target.sessionId && <DateTimeInput source="startsAt" label="Held on" validate={required()} />}
      <NumberInput
        source="durationMinutes"
        label="Duration (minutes)"
        validate={[required(), minValue(5), maxValue(600)]}
      />
      <CheckboxGroupInput
        source="functions"
        label="Functions covered (4x4x4)"
        choices={FUNCTIONS.map((f) => ({ id: f.id, name: `${f.name}: ${f.prompt}` }))}
        row={false}
      />
      <TextInput source="agenda" label="Agenda" multiline minRows={2} validate={long} />
      <TextInput source="discussionNotes" label="Discussion notes" multiline minRows={4} validate={long} />
      <TextInput source="reflections" label="Reflections" multiline minRows={2} validate={long} />
      <Typography component="h3" variant="subtitle2" sx={{ mt: 1 }}>
        Gibbs reflective cycle (optional)
      </Typography>
      {GIBBS_STAGES.map((stage) => (
        <TextInput
          key={stage.id}
          source={`gibbs.${stage.id}`}
          label={stage.name}
          helperText={stage.prompt}
          multiline
          validate={long}
        />
      ))}
      <RadioButtonGroupInput
        source="wellbeingRating"
        label="Wellbeing check"
        choices={[
          { id: 'GREEN', name: 'Green' },
          { id: 'AMBER', name: 'Amber' },
          { id: 'RED', name: 'Red' },
        ]}
      />
      <TextInput source="wellbeingNote" label="Wellbeing note" multiline minRows={2} validate={long} />
      {/* Custom pages have no resource of their own; the iterator needs one to name its inputs. */}
      <ReferenceArrayInput source="learningNeedIds" reference="Competency" filter={{ kind: 'COMPETENCY' }}>
        <AutocompleteArrayInput
          label="Learning needs"
          optionText="name"
          helperText="Competencies to develop: they feed the skills gap and the training plan."
        />
      </ReferenceArrayInput>
      <ArrayInput source="actions" label="Agreed actions" resource="SupervisionSession">
        <SimpleFormIterator inline disableReordering>
          <SelectInput
            source="ownerId"
            label="Owner"
            choices={target.people.map((p) => ({ id: p.id, name: p.fullName }))}
            validate={required()}
          />
          <TextInput source="description" label="Action" validate={[required(), maxLength(2000)]} />
          <DateInput source="dueDate" label="Due" validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      <DateInput source="nextDate" label="Next session" />
    </FormDialog>
  );
};

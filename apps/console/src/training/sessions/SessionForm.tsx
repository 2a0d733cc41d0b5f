import { Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  Create,
  DateTimeInput,
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
  useGetOne,
  useRecordContext,
  type Validator,
} from 'react-admin';
import { personOption, SitePicker } from '../../workforce/inputs';
import type { Site } from '../../workforce/types';
import { SaveToolbar } from '../../workforce/ui';
import { useSaveOptions } from '../../workforce/useAction';
import { optionalText, wholeNumber } from '../../workforce/validation';
import { partWhen } from '../labels';
import type { TrainingSession } from '../types';
import { instant, sibling } from './formValues';

const FORM_SX = { maxWidth: 760 };

/** Later than another field of the same part. */
const after =
  (field: string, what: string): Validator =>
  (value: unknown, values: Record<string, unknown>, props?: { finalSource?: string }) => {
    const other = sibling(values, props, field);
    return typeof value === 'string' && typeof other === 'string' && value <= other
      ? `Must be after ${what}.`
      : undefined;
  };

const website = (value: unknown) =>
  typeof value === 'string' && value && !/^https?:\/\/\S+$/.test(value.trim())
    ? 'Enter a web address starting with https://'
    : undefined;

/** The rooms at the chosen site; a session needs a room or an online link. */
const RoomSelect = () => {
  const siteId = useWatch({ name: 'siteId' }) as string | null;
  const { data: site } = useGetOne<Site>('Site', { id: siteId ?? '' }, { enabled: Boolean(siteId) });
  const rooms = site?.rooms ?? [];
  return (
    <SelectInput
      source="roomId"
      label="Room"
      choices={rooms.map((room) => ({ id: room.id, name: `${room.name} (holds ${room.capacity})` }))}
      disabled={!siteId}
      emptyText="No room (online)"
      helperText={siteId ? (rooms.length ? false : 'No rooms recorded at this site.') : 'Choose a site to pick a room.'}
    />
  );
};

const Heading = ({ children }: { children: string }) => (
  <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
    {children}
  </Typography>
);

const SessionInputs = ({ editing }: { editing?: boolean }) => (
  <>
    <Heading>Session</Heading>
    {!editing && (
      <ReferenceInput
        source="courseId"
        reference="Course"
        filter={{ status: 'ACTIVE' }}
        sort={{ field: 'title', order: 'ASC' }}
      >
        <AutocompleteInput label="Course" optionText="title" validate={required()} noOptionsText="No course matches." />
      </ReferenceInput>
    )}
    <ArrayInput
      source="parts"
      label="Parts"
      helperText="One part for a single day; Solihull foundation has two, about two weeks apart."
      validate={required('A session has at least one part.')}
    >
      <SimpleFormIterator inline disableReordering>
        <DateTimeInput source="startsAt" label="Starts" parse={instant} validate={required()} />
        <DateTimeInput
          source="endsAt"
          label="Ends"
          parse={instant}
          validate={[required(), after('startsAt', 'it starts')]}
        />
      </SimpleFormIterator>
    </ArrayInput>

    <Heading>Where</Heading>
    <SitePicker source="siteId" label="Site" />
    <RoomSelect />
    <TextInput
      source="onlineUrl"
      label="Online link"
      type="url"
      validate={[website, ...optionalText(500)]}
      helperText="For a virtual session, or alongside a room."
    />

    <Heading>Places</Heading>
    <NumberInput
      source="capacity"
      label="Places"
      validate={[required(), wholeNumber, minValue(1), maxValue(1000)]}
      step={1}
      helperText="No more than the room holds."
      sx={{ maxWidth: 240 }}
    />
    <NumberInput
      source="minimumNumbers"
      label="Minimum numbers"
      validate={[wholeNumber, minValue(1)]}
      step={1}
      helperText="The organiser is alerted if fewer have booked by the cut-off."
      sx={{ maxWidth: 240 }}
    />
    <DateTimeInput source="minimumCutoffAt" label="Minimum numbers cut-off" parse={instant} />
    <NumberInput
      source="offerHours"
      label="Hours to take up an offered place"
      validate={[required(), wholeNumber, minValue(1), maxValue(336)]}
      step={1}
      helperText="When a place frees, the next person on the waitlist has this long to accept it."
      sx={{ maxWidth: 320 }}
    />

    <Heading>Dates</Heading>
    <DateTimeInput
      source="registrationOpensAt"
      label="Registration opens"
      parse={instant}
      helperText="Leave empty to open on publishing."
    />
    <DateTimeInput
      source="registrationClosesAt"
      label="Registration closes"
      parse={instant}
      validate={required()}
      helperText="Before the session starts. Requests not approved by then expire."
    />
    <DateTimeInput
      source="cancellationCutoffAt"
      label="Cancellation cut-off"
      parse={instant}
      validate={required()}
      helperText="Later cancellations are counted as late and may be charged."
    />

    <Heading>Trainers</Heading>
    <ReferenceArrayInput
      source="trainerIds"
      reference="Person"
      filter={{ active: true }}
      sort={{ field: 'familyName', order: 'ASC' }}
    >
      <AutocompleteArrayInput
        label="Trainers"
        optionText={personOption}
        helperText="They see the check-in code and take the register."
      />
    </ReferenceArrayInput>
  </>
);

const NEW_SESSION = { parts: [{}], capacity: 20, offerHours: 48, trainerIds: [] };

/** Only what the session inputs take; a part is its start and end. */
const toInput = (session: TrainingSession & { trainerIds?: string[] }) => ({
  ...session,
  parts: session.parts.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
  siteId: session.siteId || null,
  roomId: session.roomId || null,
  onlineUrl: session.onlineUrl || null,
  minimumNumbers: session.minimumNumbers ?? null,
  trainerIds: session.trainerIds ?? [],
});

const fromRecord = (session: TrainingSession) => ({ trainerIds: (session.trainers ?? []).map((t) => t.id) });

const sessionName = (session: TrainingSession) =>
  `${session.course.title}, ${session.parts?.[0] ? partWhen(session.parts[0]) : ''}`;

export const SessionCreate = () => {
  const mutationOptions = useSaveOptions<TrainingSession>(
    'TrainingSession',
    (session) => `${sessionName(session)} added as a draft. Publish it to take bookings.`,
  );
  return (
    <Create<TrainingSession> title="Plan a session" mutationOptions={mutationOptions} transform={toInput}>
      <SimpleForm defaultValues={NEW_SESSION} toolbar={<SaveToolbar />} sx={FORM_SX}>
        <SessionInputs />
      </SimpleForm>
    </Create>
  );
};

const EditTitle = () => {
  const session = useRecordContext<TrainingSession>();
  return <>{session?.course ? `Edit ${session.course.title}` : 'Edit session'}</>;
};

export const SessionEdit = () => {
  const mutationOptions = useSaveOptions<TrainingSession>(
    'TrainingSession',
    (session) => `${sessionName(session)} saved.`,
  );
  return (
    <Edit<TrainingSession>
      title={<EditTitle />}
      mutationMode="pessimistic"
      mutationOptions={mutationOptions}
      transform={toInput}
    >
      <SimpleForm defaultValues={fromRecord} toolbar={<SaveToolbar />} sx={FORM_SX}>
        <SessionInputs editing />
      </SimpleForm>
    </Edit>
  );
};

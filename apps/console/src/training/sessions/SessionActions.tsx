import CancelIcon from '@mui/icons-material/EventBusyOutlined';
import GroupAddIcon from '@mui/icons-material/GroupAddOutlined';
import PublishIcon from '@mui/icons-material/PublishOutlined';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  AutocompleteArrayInput,
  Confirm,
  EditButton,
  ReferenceArrayInput,
  TextInput,
  TopToolbar,
  maxLength,
  required,
  useGetMany,
  useRecordContext,
} from 'react-admin';
import { personOption } from '../../workforce/inputs';
import type { Person } from '../../workforce/types';
import { FormDialog, useIsSmall, usePermission } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { bookPeople, cancelSession, publishSession, useBookedSessions, type GroupBookingResult } from '../api';
import { BOOKING_STATUS_LABELS } from '../labels';
import type { TrainingSession } from '../types';
import { BookButton } from './BookButton';

const PublishButton = ({ session }: { session: TrainingSession }) => {
  const [confirming, setConfirming] = useState(false);
  const publish = useAction(
    (_, target: TrainingSession) => publishSession(target.id),
    {
      success: () => 'The session is published: people can book it now.',
      failure: 'The session was not published.',
    },
    () => setConfirming(false),
  );
  return (
    <>
      <Button size="small" variant="contained" startIcon={<PublishIcon />} onClick={() => setConfirming(true)}>
        Publish
      </Button>
      <Confirm
        isOpen={confirming}
        loading={publish.isPending}
        title={`Publish ${session.course.title}?`}
        content="It appears in Find training and takes bookings. Sessions are published with enough notice for partner staff to arrange cover."
        confirm="Publish"
        onConfirm={() => publish.mutate(session, { onSettled: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

const CancelSessionButton = ({ session }: { session: TrainingSession }) => {
  const [open, setOpen] = useState(false);
  const cancel = useAction(
    (_, { reason }: { reason: string }) => cancelSession(session.id, reason),
    {
      success: () => 'The session is cancelled and everyone booked on it is told.',
      failure: 'The session was not cancelled.',
    },
    () => setOpen(false),
  );
  return (
    <>
      <Button size="small" color="error" startIcon={<CancelIcon />} onClick={() => setOpen(true)}>
        Cancel session
      </Button>
      {open && (
        <FormDialog<{ reason: string }>
          open
          onClose={() => setOpen(false)}
          title={`Cancel ${session.course.title}?`}
          description={
            <Typography>
              Every booking on it ends, and nobody is charged. The people booked are told your reason.
            </Typography>
          }
          saving={cancel.isPending}
          submitLabel="Cancel session"
          onSubmit={(values) => cancel.mutate(values)}
        >
          <TextInput
            source="reason"
            label="Reason"
            multiline
            minRows={2}
            validate={[required('Say why: the people booked are told.'), maxLength(2000)]}
          />
        </FormDialog>
      )}
    </>
  );
};

/** Who was booked, and who was not and why, after booking a group. */
const GroupResults = ({ results, onClose }: { results: GroupBookingResult[]; onClose: () => void }) => {
  const titleId = useId();
  const isSmall = useIsSmall();
  const { data: people } = useGetMany<Person>('Person', { ids: results.map((r) => r.personId) });
  const name = (id: string) => people?.find((p) => p.id === id)?.fullName ?? 'Someone';
  const booked = results.filter((r) => r.outcome).length;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm" fullScreen={isSmall}>
      <DialogTitle id={titleId} component="h2">
        {booked} of {results.length} booked
      </DialogTitle>
      <DialogContent>
        <List dense aria-label="Booking results">
          {results.map((result) => (
            <ListItem key={result.personId} disableGutters>
              <ListItemText
                primary={name(result.personId)}
                secondary={
                  result.outcome
                    ? [BOOKING_STATUS_LABELS[result.outcome.booking.status], ...result.outcome.warnings].join('. ')
                    : `Not booked: ${result.error}`
                }
              />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="contained" onClick={onClose}>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** A workforce lead (or a manager, for their team) books several people; each is booked or refused alone. */
const BookPeopleButton = ({ session }: { session: TrainingSession }) => {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const book = useMutation({
    mutationFn: (values: { personIds: string[]; overrideReason?: string }) =>
      bookPeople({ sessionId: session.id, personIds: values.personIds, overrideReason: values.overrideReason || null }),
    onSuccess: () => {
      setOpen(false);
      return queryClient.invalidateQueries();
    },
  });
  return (
    <>
      <Button size="small" startIcon={<GroupAddIcon />} onClick={() => setOpen(true)}>
        Book people
      </Button>
      {open && (
        <FormDialog<{ personIds: string[]; overrideReason?: string }>
          open
          onClose={() => setOpen(false)}
          title={`Book people on ${session.course.title}`}
          description={
            <>
              <Typography>
                Each person gets a place, or a waitlist position once the session is full. Bookings you make need no
                approval.
              </Typography>
              {book.error && (
                <Alert severity="error" sx={{ mt: 2 }}>
                  {book.error.message}
                </Alert>
              )}
            </>
          }
          saving={book.isPending}
          submitLabel="Book"
          onSubmit={(values) => book.mutate(values)}
        >
          <ReferenceArrayInput
            source="personIds"
            reference="Person"
            filter={{ active: true }}
            sort={{ field: 'familyName', order: 'ASC' }}
          >
            <AutocompleteArrayInput label="People" optionText={personOption} validate={required()} />
          </ReferenceArrayInput>
          <TextInput
            source="overrideReason"
            label="Reason to override limits (if any)"
            multiline
            minRows={2}
            validate={maxLength(2000)}
            helperText="Needed for anyone the booking takes over the training-hours or team-cover limit."
          />
        </FormDialog>
      )}
      {book.data && <GroupResults results={book.data} onClose={() => book.reset()} />}
    </>
  );
};

/** The learner's own booking on this session, or the way to make one. */
const MyPlace = ({ session }: { session: TrainingSession }) => {
  const booked = useBookedSessions(true)[session.id];
  if (booked) return <Typography variant="body2">Your booking: {BOOKING_STATUS_LABELS[booked]}</Typography>;
  if (new Date(session.registrationClosesAt) < new Date()) return null;
  return <BookButton session={session} courseTitle={session.course.title} />;
};

export const SessionActions = () => {
  const session = useRecordContext<TrainingSession>();
  const canPlan = usePermission('training.write') === true;
  const canBookOthers = usePermission('booking.others') === true;
  const canBook = usePermission('booking.self') === true;
  if (!session?.course) return <TopToolbar />;
  const live = session.status === 'DRAFT' || session.status === 'PUBLISHED';
  const published = session.status === 'PUBLISHED';
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      {published && canBook && <MyPlace session={session} />}
      {published && canBookOthers && <BookPeopleButton session={session} />}
      {canPlan && session.status === 'DRAFT' && <PublishButton session={session} />}
      {live && <EditButton />}
      {canPlan && live && <CancelSessionButton session={session} />}
    </TopToolbar>
  );
};

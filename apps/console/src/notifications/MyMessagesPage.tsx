import {
  Alert,
  Button,
  FormControlLabel,
  List,
  ListItem,
  ListItemText,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { formatDateTime } from '../workforce/dates';
import { EmptyState, Section, Sections, usePermission } from '../workforce/ui';
import { ERROR_NOTIFICATION } from '../workforce/useAction';
import { LoadError, Loading } from '../training/ui';
import {
  type CalendarFeed,
  issueCalendarFeed,
  myCalendarFeed,
  myNotifications,
  myPreferences,
  type Preferences,
  revokeCalendarFeed,
  setPreferences,
} from './api';

const PreferencesSection = () => {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const preferences = useQuery({ queryKey: ['myPreferences'], queryFn: myPreferences });
  const save = useMutation({
    mutationFn: (input: Preferences) => setPreferences(input),
    onSuccess: (saved) => {
      queryClient.setQueryData(['myPreferences'], saved);
      notify('Your message settings are saved.', { type: 'success' });
    },
    onError: (error: Error) => notify(`Your settings were not saved. ${error.message}`, ERROR_NOTIFICATION),
  });
  if (preferences.isPending) return <Loading label="Loading your message settings" />;
  if (preferences.error) return <LoadError what="Your message settings" error={preferences.error} />;
  const current = preferences.data;
  return (
    <Section id="message-settings" title="Which emails you get">
      <Stack>
        <FormControlLabel
          control={
            <Switch
              checked={current.reminders}
              disabled={save.isPending}
              onChange={(event) => save.mutate({ ...current, reminders: event.target.checked })}
            />
          }
          label="Reminders: sessions a week and a day ahead, and training about to expire"
        />
        <FormControlLabel
          control={
            <Switch
              checked={current.digests}
              disabled={save.isPending}
              onChange={(event) => save.mutate({ ...current, digests: event.target.checked })}
            />
          }
          label="The weekly digest for managers"
        />
        <Typography variant="body2">
          Messages about your own bookings, approvals and certificates always come.
        </Typography>
      </Stack>
    </Section>
  );
};

const CalendarSection = () => {
  const notify = useNotify();
  const [made, setMade] = useState<string | null>(null);
  const feed = useQuery({ queryKey: ['myCalendarFeed'], queryFn: myCalendarFeed });
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (issue: boolean) => (issue ? issueCalendarFeed() : revokeCalendarFeed()),
    onSuccess: (result: CalendarFeed) => {
      setMade(result.url);
      queryClient.setQueryData(['myCalendarFeed'], result);
      notify(result.active ? 'Your calendar address is ready.' : 'Your calendar address no longer works.', {
        type: 'success',
      });
    },
    onError: (error: Error) => notify(`That did not work. ${error.message}`, ERROR_NOTIFICATION),
  });
  if (feed.isPending) return <Loading label="Loading your calendar subscription" />;
  if (feed.error) return <LoadError what="Your calendar subscription" error={feed.error} />;
  return (
    <Section
      id="calendar-feed"
      title="Your training in your calendar"
      actions={
        <>
          <Button variant="contained" disabled={change.isPending} onClick={() => change.mutate(true)}>
            {feed.data.active ? 'Make a new address' : 'Make an address'}
          </Button>
          {feed.data.active && (
            <Button variant="outlined" disabled={change.isPending} onClick={() => change.mutate(false)}>
              Stop the address working
            </Button>
          )}
        </>
      }
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        Subscribe to a private address in Outlook, Google or Apple Calendar and your confirmed sessions appear there.
        Keep it to yourself: anyone with it can see your sessions. A new address stops the old one working.
      </Typography>
      {made && (
        <TextField
          fullWidth
          label="Your calendar address (shown once)"
          value={made}
          slotProps={{ input: { readOnly: true } }}
        />
      )}
      {!made && feed.data.active && <Alert severity="info">You have a calendar address in use.</Alert>}
    </Section>
  );
};

const SentSection = () => {
  const mine = useQuery({ queryKey: ['myNotifications'], queryFn: () => myNotifications(1, 50) });
  return (
    <Section id="my-messages" title="Emails sent to you">
      {mine.isPending ? (
        <Loading label="Loading your messages" />
      ) : mine.error ? (
        <LoadError what="Your messages" error={mine.error} />
      ) : mine.data.totalCount === 0 ? (
        <EmptyState title="No emails yet" text="Emails Kindred sends you, about bookings and training, appear here." />
      ) : (
        <List dense>
          {mine.data.nodes.map((message) => (
            <ListItem key={message.id} divider>
              <ListItemText
                primary={message.subject ?? message.type}
                secondary={message.sentAt ? `Sent ${formatDateTime(message.sentAt)}` : undefined}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
};

/** What Kindred has emailed the person, which optional emails they get, and their calendar address. */
export const MyMessagesPage = () => {
  const allowed = usePermission('notification.self');
  return (
    <Sections>
      <Title title="My messages" />
      {allowed && (
        <>
          <SentSection />
          <PreferencesSection />
          <CalendarSection />
        </>
      )}
    </Sections>
  );
};

import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { Link, Title } from 'react-admin';
import { useParams } from 'react-router-dom';
import { formatDate, today } from '../../workforce/dates';
import { Section, Sections } from '../../workforce/ui';
import { LoadError, Loading } from '../../training/ui';
import { answerFollowUp, giveFeedback, useAttendedSessions, useCultureAction } from './api';
import { CONFIDENCE_WORDS, RatingField, REACTION_WORDS, USEFUL_WORDS } from './RatingField';
import type { AttendedSession, PracticeUse } from './types';

const BackToMyTraining = () => (
  <Link to="/my-training" sx={{ display: 'inline-block', mt: 2 }}>
    Back to My training
  </Link>
);

/** Reaction, usefulness and confidence on each outcome, before and after; a comment if they like. */
const FeedbackForm = ({ session }: { session: AttendedSession }) => {
  const [reaction, setReaction] = useState<number | null>(null);
  const [usefulness, setUsefulness] = useState<number | null>(null);
  const [confidence, setConfidence] = useState(session.outcomes.map(() => ({ before: 0, after: 0 })));
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const send = useCultureAction(giveFeedback, 'Thank you: your feedback is in.', 'Your feedback was not saved.');
  const complete = reaction !== null && usefulness !== null && confidence.every((c) => c.before > 0 && c.after > 0);
  const rate = (i: number, when: 'before' | 'after', value: number) =>
    setConfidence((all) => all.map((c, j) => (j === i ? { ...c, [when]: value } : c)));
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!complete) return;
        send.mutate({
          sessionId: session.sessionId,
          reaction,
          usefulness,
          confidence,
          comment: comment.trim() || null,
        });
      }}
    >
      <RatingField
        label="Overall, how was the session?"
        value={reaction}
        onChange={setReaction}
        words={REACTION_WORDS}
      />
      <RatingField
        label="How useful is it for your work with families?"
        value={usefulness}
        onChange={setUsefulness}
        words={USEFUL_WORDS}
      />
      {session.outcomes.length > 0 && (
        <Typography component="h3" variant="subtitle1" sx={{ mt: 2, mb: 1, fontWeight: 600 }}>
          How confident do you feel about each thing the course set out to teach?
        </Typography>
      )}
      {session.outcomes.map((outcome, i) => (
        <Box key={outcome} sx={{ mb: 2, pl: 2, borderLeft: 3, borderColor: 'divider' }}>
          <Typography sx={{ fontWeight: 500, mb: 1 }}>{outcome}</Typography>
          <RatingField
            label={`Before the session: ${outcome}`}
            value={confidence[i].before || null}
            onChange={(value) => rate(i, 'before', value)}
            words={CONFIDENCE_WORDS}
          />
          <RatingField
            label={`Now: ${outcome}`}
            value={confidence[i].after || null}
            onChange={(value) => rate(i, 'after', value)}
            words={CONFIDENCE_WORDS}
          />
        </Box>
      ))}
      <TextField
        label="Anything else you want to tell us? (optional)"
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        multiline
        minRows={3}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 2000 } }}
        sx={{ mb: 2 }}
      />
      {tried && !complete && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Please answer every question with a rating before sending.
        </Alert>
      )}
      <Button type="submit" variant="contained" disabled={send.isPending}>
        {send.isPending ? 'Sending…' : 'Send feedback'}
      </Button>
    </Box>
  );
};

const PRACTICE: [PracticeUse, string][] = [
  ['YES', 'Yes'],
  ['PARTLY', 'Partly'],
  ['NO', 'No'],
];

/** Three months on: is the learning used in practice? */
const FollowUpForm = ({ session }: { session: AttendedSession }) => {
  const id = useId();
  const [used, setUsed] = useState<PracticeUse | ''>('');
  const [comment, setComment] = useState('');
  const send = useCultureAction(answerFollowUp, 'Thank you: your answer is in.', 'Your answer was not saved.');
  return (
    <Box
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (used) send.mutate({ sessionId: session.sessionId, used, comment: comment.trim() || null });
      }}
    >
      <FormControl component="fieldset" sx={{ mb: 2, display: 'block' }}>
        <FormLabel component="legend" id={id} sx={{ color: 'text.primary' }}>
          Are you using what you learnt in your work?
        </FormLabel>
        <RadioGroup
          row
          aria-labelledby={id}
          value={used}
          onChange={(event) => setUsed(event.target.value as PracticeUse)}
        >
          {PRACTICE.map(([value, label]) => (
            <FormControlLabel key={value} value={value} control={<Radio />} label={label} />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        label="How, or what gets in the way? (optional)"
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        multiline
        minRows={3}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 2000 } }}
        sx={{ mb: 2 }}
      />
      <Button type="submit" variant="contained" disabled={!used || send.isPending}>
        {send.isPending ? 'Sending…' : 'Send answer'}
      </Button>
    </Box>
  );
};

/** The feedback form for one completed session, reached from My training or the email asking for it. */
export const FeedbackPage = () => {
  const { sessionId } = useParams<{ sessionId: string }>();
  const attended = useAttendedSessions();
  const session = attended.data?.find((s) => s.sessionId === sessionId);
  const followUpOpen = session ? session.followUpOpensOn <= today() : false;
  return (
    <Sections>
      <Title title="Feedback on training" />
      <Section id="feedback-heading" title={session ? `Feedback: ${session.courseTitle}` : 'Feedback on training'}>
        {attended.error ? (
          <LoadError what="Your training" error={attended.error} />
        ) : attended.isPending ? (
          <Loading label="Loading your training" />
        ) : !session ? (
          <Alert severity="info">
            Feedback is for people who attended a session, once it is completed. This is not one of your completed
            sessions.
          </Alert>
        ) : (
          <Stack spacing={2}>
            <Typography color="text.secondary">
              Session on {formatDate(session.startsAt)}. Your answers go to the people who plan training; your name is
              not shown with them.
            </Typography>
            {!session.feedbackGiven ? (
              <FeedbackForm session={session} />
            ) : followUpOpen && !session.followUpGiven ? (
              <FollowUpForm session={session} />
            ) : (
              <Alert severity="success">
                {session.followUpGiven
                  ? 'Thank you: you have answered both the feedback and the follow-up.'
                  : `Thank you for your feedback. We will ask again from ${formatDate(session.followUpOpensOn)} whether you use what you learnt.`}
              </Alert>
            )}
          </Stack>
        )}
        <BackToMyTraining />
      </Section>
    </Sections>
  );
};

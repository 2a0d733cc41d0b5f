import { Alert, Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { Link, Title } from 'react-admin';
import { formatDate } from '../../workforce/dates';
import { EmptyState, Section, Sections } from '../../workforce/ui';
import { LoadError, Loading } from '../../training/ui';
import { answerSurvey, useCultureAction, useOpenWaves } from './api';
import { AGREEMENT_WORDS, RatingField } from './RatingField';
import type { OpenSurveyWave } from './types';

/** One open wave's statements, answered together. */
const WaveForm = ({ wave }: { wave: OpenSurveyWave }) => {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [tried, setTried] = useState(false);
  const send = useCultureAction(
    (values: { statementId: string; agreement: number }[]) => answerSurvey(wave.waveId, values),
    'Thank you: your answers are in.',
    'Your answers were not saved.',
  );
  const complete = wave.statements.every((s) => answers[s.id]);
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (complete) send.mutate(wave.statements.map((s) => ({ statementId: s.id, agreement: answers[s.id] })));
      }}
    >
      {wave.statements.map((statement) => (
        <RatingField
          key={statement.id}
          label={statement.text}
          value={answers[statement.id] ?? null}
          onChange={(value) => setAnswers({ ...answers, [statement.id]: value })}
          words={AGREEMENT_WORDS}
        />
      ))}
      {tried && !complete && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Please answer every statement before sending.
        </Alert>
      )}
      <Button type="submit" variant="contained" disabled={send.isPending}>
        {send.isPending ? 'Sending…' : 'Send my answers'}
      </Button>
    </Box>
  );
};

/** The pulse survey as staff see it: open waves to answer, once each. */
export const PulseSurveyPage = () => {
  const waves = useOpenWaves();
  return (
    <Sections>
      <Title title="Staff survey" />
      {waves.error ? (
        <LoadError what="The survey" error={waves.error} />
      ) : waves.isPending ? (
        <Loading label="Loading the survey" />
      ) : waves.data.length === 0 ? (
        <Section id="survey-heading" title="Staff survey">
          <EmptyState
            title="No survey open just now"
            text="When the partnership asks staff how things are going, the survey appears here."
          />
        </Section>
      ) : (
        waves.data.map((wave) => (
          <Section key={wave.waveId} id={`wave-${wave.waveId}`} title={`${wave.surveyTitle}: ${wave.name}`}>
            {wave.answered ? (
              <Alert severity="success">
                You have answered this survey. Thank you. See what is being done about it in{' '}
                <Link to="/you-said-we-did">You said, we did</Link>.
              </Alert>
            ) : (
              <>
                <Typography color="text.secondary" sx={{ mb: 2 }}>
                  Open until {formatDate(wave.closesOn)}. Your answers are anonymous: they are kept without your name,
                  only with your organisation, role and type of employment, and results are shown only for groups of
                  several people. You can answer once.
                </Typography>
                <WaveForm wave={wave} />
              </>
            )}
          </Section>
        ))
      )}
    </Sections>
  );
};

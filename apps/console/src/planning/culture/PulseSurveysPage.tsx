import {
  Box,
  Button,
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { formatDate, today } from '../../workforce/dates';
import { EmptyState, Section, Sections } from '../../workforce/ui';
import { LabelledTable, LoadError, Loading } from '../../training/ui';
import { addStatement, addWave, createSurvey, retireStatement, useCultureAction, usePulseSurveys } from './api';
import type { PulseSurvey } from './types';

const waveState = (wave: { opensOn: string; closesOn: string }) => {
  const day = today();
  return day < wave.opensOn ? 'Not open yet' : day > wave.closesOn ? 'Closed' : 'Open now';
};

/** The survey's statements: the evaluation's, the partnership's own, and a box to add one. */
const Statements = ({ survey }: { survey: PulseSurvey }) => {
  const [text, setText] = useState('');
  const add = useCultureAction(
    (statement: string) => addStatement(survey.id, statement),
    'Statement added.',
    'The statement was not added.',
    () => setText(''),
  );
  const retire = useCultureAction(retireStatement, 'Statement taken out of future waves.', 'The statement was kept.');
  const current = survey.statements.filter((s) => !s.retired);
  return (
    <>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        Statements
      </Typography>
      <Typography color="text.secondary" variant="body2">
        Staff say how far they agree with each, from 1 (strongly disagree) to 5 (strongly agree). Statements change
        between waves, not while one is open.
      </Typography>
      <List dense>
        {current.map((statement) => (
          <ListItem
            key={statement.id}
            secondaryAction={
              <Button
                size="small"
                onClick={() => retire.mutate(statement.id)}
                disabled={retire.isPending || current.length === 1}
                aria-label={`Take out: ${statement.text}`}
              >
                Take out
              </Button>
            }
          >
            <ListItemText
              primary={statement.text}
              secondary={statement.fromEvaluation ? 'From the Family Hubs evaluation' : 'Our own'}
            />
          </ListItem>
        ))}
      </List>
      <Box
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) add.mutate(text.trim());
        }}
        sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap', mb: 3 }}
      >
        <TextField
          label="A statement of your own"
          value={text}
          onChange={(event) => setText(event.target.value)}
          size="small"
          sx={{ flex: '1 1 320px' }}
          slotProps={{ htmlInput: { maxLength: 300 } }}
        />
        <Button type="submit" variant="outlined" disabled={!text.trim() || add.isPending}>
          Add statement
        </Button>
      </Box>
    </>
  );
};

/** The survey's waves, how many answered each, and a form for the next. */
const Waves = ({ survey }: { survey: PulseSurvey }) => {
  const [wave, setWave] = useState({ name: '', opensOn: '', closesOn: '' });
  const add = useCultureAction(
    (values: typeof wave) => addWave(survey.id, values),
    'Wave added.',
    'The wave was not added.',
    () => setWave({ name: '', opensOn: '', closesOn: '' }),
  );
  const headingId = `waves-${survey.id}`;
  return (
    <>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        Waves
      </Typography>
      {survey.waves.length === 0 ? (
        <Typography color="text.secondary" sx={{ my: 1 }}>
          No waves yet. Add one to open the survey to staff between two dates.
        </Typography>
      ) : (
        <LabelledTable
          labelledBy={headingId}
          head={
            <>
              <TableCell>Wave</TableCell>
              <TableCell>Opens</TableCell>
              <TableCell>Closes</TableCell>
              <TableCell>State</TableCell>
              <TableCell align="right">Responses</TableCell>
            </>
          }
        >
          {survey.waves.map((w) => (
            <TableRow key={w.id}>
              <TableCell component="th" scope="row">
                {w.name}
              </TableCell>
              <TableCell>{formatDate(w.opensOn)}</TableCell>
              <TableCell>{formatDate(w.closesOn)}</TableCell>
              <TableCell>
                <Chip size="small" label={waveState(w)} />
              </TableCell>
              <TableCell align="right">{w.responses}</TableCell>
            </TableRow>
          ))}
        </LabelledTable>
      )}
      <Box
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate(wave);
        }}
        sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap', mt: 2 }}
      >
        <TextField
          label="Wave name"
          placeholder="Spring 2027"
          value={wave.name}
          onChange={(event) => setWave({ ...wave, name: event.target.value })}
          size="small"
          required
        />
        <TextField
          label="Opens on"
          type="date"
          value={wave.opensOn}
          onChange={(event) => setWave({ ...wave, opensOn: event.target.value })}
          size="small"
          required
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          label="Closes on"
          type="date"
          value={wave.closesOn}
          onChange={(event) => setWave({ ...wave, closesOn: event.target.value })}
          size="small"
          required
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button type="submit" variant="outlined" disabled={add.isPending}>
          Add wave
        </Button>
      </Box>
    </>
  );
};

/** Building pulse surveys: statements and waves. */
export const PulseSurveysPage = () => {
  const surveys = usePulseSurveys();
  const [title, setTitle] = useState('Workforce pulse survey');
  const create = useCultureAction(
    createSurvey,
    'Survey created with the evaluation’s statements.',
    'The survey was not created.',
  );
  return (
    <Sections>
      <Title title="Pulse surveys" />
      <Section id="new-survey-heading" title="Start a pulse survey">
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          A new survey starts with the five statements of the Family Hubs evaluation’s workforce survey, so your results
          compare with it. Add your own after. Answers are anonymous: results for fewer than the minimum number of
          people are never shown.
        </Typography>
        <Stack
          component="form"
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap' }}
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim()) create.mutate(title.trim());
          }}
        >
          <TextField
            label="Survey title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            size="small"
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <Button type="submit" variant="contained" disabled={!title.trim() || create.isPending}>
            Create survey
          </Button>
        </Stack>
      </Section>
      {surveys.error ? (
        <LoadError what="Surveys" error={surveys.error} />
      ) : surveys.isPending ? (
        <Loading label="Loading surveys" />
      ) : surveys.data.length === 0 ? (
        <EmptyState title="No pulse surveys yet" text="Create one above, then add a wave to open it to staff." />
      ) : (
        surveys.data.map((survey) => (
          <Section key={survey.id} id={`survey-${survey.id}`} title={survey.title}>
            <Statements survey={survey} />
            <Waves survey={survey} />
          </Section>
        ))
      )}
    </Sections>
  );
};

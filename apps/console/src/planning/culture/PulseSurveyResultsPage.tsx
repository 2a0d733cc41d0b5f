import { Alert, Box, MenuItem, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { formatDate } from '../../workforce/dates';
import { EmptyState, Section, Sections } from '../../workforce/ui';
import { LabelledTable, LoadError, Loading } from '../../training/ui';
import { usePulseSurveys, useSurveyResults } from './api';
import type { PulseSurveyResults, SurveyGroupResults, SurveyGrouping } from './types';

const GROUPINGS: [SurveyGrouping, string][] = [
  ['ORGANISATION', 'Organisation'],
  ['ROLE_PROFILE', 'Role'],
  ['EMPLOYMENT_TYPE', 'Type of employment'],
];

const percent = (share: number | null) => (share === null ? '' : `${Math.round(share * 100)}%`);
const change = (value: number | null) => (value === null ? '–' : `${value > 0 ? '+' : ''}${value.toFixed(2)}`);

const Row = ({ group, index, header }: { group: SurveyGroupResults; index: number; header?: boolean }) => {
  const figures = group.statements[index];
  return (
    <TableRow sx={header ? { '& > *': { fontWeight: 600 } } : undefined}>
      <TableCell component="th" scope="row">
        {group.name}
      </TableCell>
      {group.withheld ? (
        <TableCell colSpan={4}>
          <Typography variant="body2" color="text.secondary">
            {group.note}
          </Typography>
        </TableCell>
      ) : (
        <>
          <TableCell align="right">{group.responses}</TableCell>
          <TableCell align="right">{figures.mean?.toFixed(2)}</TableCell>
          <TableCell align="right">{percent(figures.agreeShare)}</TableCell>
          <TableCell align="right">{change(figures.change)}</TableCell>
        </>
      )}
    </TableRow>
  );
};

/** One table per statement: everyone, then each group. */
const Results = ({ results }: { results: PulseSurveyResults }) => (
  <>
    <Typography color="text.secondary" sx={{ mb: 2 }}>
      Mean agreement from 1 (strongly disagree) to 5 (strongly agree), and the share who agree or strongly agree.
      {results.previousWave
        ? ` Change is since ${results.previousWave.name}, for groups shown in both waves.`
        : ' This is the first wave, so there is no change to show yet.'}{' '}
      Groups of fewer than {results.minimumGroupSize} people are not shown, so nobody can be identified.
    </Typography>
    {results.overall.withheld && (
      <Alert severity="info" sx={{ mb: 2 }}>
        Fewer than {results.minimumGroupSize} people have answered this wave so far: results appear once more do.
      </Alert>
    )}
    {results.statements.map((statement, index) => {
      const id = `statement-${statement.id}`;
      return (
        <Box key={statement.id} sx={{ mb: 3 }}>
          <Typography id={id} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {statement.text}
          </Typography>
          <LabelledTable
            labelledBy={id}
            head={
              <>
                <TableCell>Group</TableCell>
                <TableCell align="right">Responses</TableCell>
                <TableCell align="right">Mean</TableCell>
                <TableCell align="right">Agree</TableCell>
                <TableCell align="right">Change</TableCell>
              </>
            }
          >
            <Row group={results.overall} index={index} header />
            {results.groups.map((group) => (
              <Row key={group.key} group={group} index={index} />
            ))}
          </LabelledTable>
        </Box>
      );
    })}
  </>
);

/** Pulse-survey results for one wave, by organisation, role or type of employment. */
export const PulseSurveyResultsPage = () => {
  const surveys = usePulseSurveys();
  const waves = (surveys.data ?? []).flatMap((survey) =>
    survey.waves.map((wave) => ({ ...wave, survey: survey.title })),
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const [by, setBy] = useState<SurveyGrouping>('ORGANISATION');
  // The latest wave anyone has answered, until another is chosen.
  const waveId = chosen ?? [...waves].reverse().find((w) => w.responses > 0)?.id ?? waves.at(-1)?.id ?? null;
  const results = useSurveyResults(waveId, by);
  return (
    <Sections>
      <Title title="Survey results" />
      <Section id="survey-results-heading" title="Staff survey results">
        {surveys.error ? (
          <LoadError what="Surveys" error={surveys.error} />
        ) : surveys.isPending ? (
          <Loading label="Loading surveys" />
        ) : waves.length === 0 ? (
          <EmptyState title="No survey waves yet" text="Results appear here once a pulse survey has a wave." />
        ) : (
          <>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
              <TextField
                select
                label="Wave"
                value={waveId ?? ''}
                onChange={(event) => setChosen(event.target.value)}
                size="small"
                sx={{ minWidth: 260 }}
              >
                {waves.map((wave) => (
                  <MenuItem key={wave.id} value={wave.id}>
                    {wave.survey}: {wave.name} ({formatDate(wave.opensOn)} to {formatDate(wave.closesOn)})
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                label="Show by"
                value={by}
                onChange={(event) => setBy(event.target.value as SurveyGrouping)}
                size="small"
                sx={{ minWidth: 200 }}
              >
                {GROUPINGS.map(([value, label]) => (
                  <MenuItem key={value} value={value}>
                    {label}
                  </MenuItem>
                ))}
              </TextField>
            </Box>
            {results.error ? (
              <LoadError what="Results" error={results.error} />
            ) : results.isPending ? (
              <Loading label="Loading results" />
            ) : (
              <Results results={results.data} />
            )}
          </>
        )}
      </Section>
    </Sections>
  );
};

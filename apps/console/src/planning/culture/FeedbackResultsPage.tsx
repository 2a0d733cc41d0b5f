import { Alert, Box, Tab, TableCell, TableRow, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { EmptyState, Section, Sections } from '../../workforce/ui';
import { LabelledTable, LoadError, Loading } from '../../training/ui';
import { useFeedbackResults } from './api';
import type { FeedbackFigures, FeedbackGrouping } from './types';

const GROUPINGS: [FeedbackGrouping, string, string][] = [
  ['COURSE', 'By course', 'Course'],
  ['PROVIDER', 'By provider', 'Provider'],
  ['TRAINER', 'By trainer', 'Trainer'],
];

const figure = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const signed = (value: number | null) => (value === null ? '–' : `${value > 0 ? '+' : ''}${value.toFixed(2)}`);
const used = (row: FeedbackFigures) =>
  row.followUps === 0 ? 'No answers yet' : `${row.usedYes} yes, ${row.usedPartly} partly, ${row.usedNo} no`;

/** Feedback after training, summed up per course, provider or trainer (scores out of 5). */
export const FeedbackResultsPage = () => {
  const [by, setBy] = useState<FeedbackGrouping>('COURSE');
  const results = useFeedbackResults(by);
  const label = GROUPINGS.find(([value]) => value === by)![2];
  return (
    <Sections>
      <Title title="Training feedback" />
      <Section id="feedback-results-heading" title="Training feedback">
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          What attendees said after each session, and three months on whether they use it. Scores are out of 5.
          Confidence is the mean over every learning outcome rated.
        </Typography>
        <Tabs value={by} onChange={(_, value: FeedbackGrouping) => setBy(value)} aria-label="Group the feedback">
          {GROUPINGS.map(([value, text]) => (
            <Tab key={value} value={value} label={text} />
          ))}
        </Tabs>
        <Box sx={{ mt: 2 }}>
          {results.error ? (
            <LoadError what="Feedback" error={results.error} />
          ) : results.isPending ? (
            <Loading label="Loading feedback" />
          ) : results.data.length === 0 ? (
            <EmptyState
              title="No feedback yet"
              text="Attendees are asked for feedback once a session is completed; their answers appear here."
            />
          ) : (
            <LabelledTable
              labelledBy="feedback-results-heading"
              head={
                <>
                  <TableCell>{label}</TableCell>
                  <TableCell align="right">Responses</TableCell>
                  <TableCell align="right">Reaction</TableCell>
                  <TableCell align="right">Usefulness</TableCell>
                  <TableCell align="right">Confidence before</TableCell>
                  <TableCell align="right">Confidence after</TableCell>
                  <TableCell align="right">Change</TableCell>
                  <TableCell>Used in practice (3 months on)</TableCell>
                </>
              }
            >
              {results.data.map((row) => (
                <TableRow key={row.key}>
                  <TableCell component="th" scope="row">
                    {row.name}
                    {row.comments.length > 0 && (
                      <Box component="details" sx={{ mt: 0.5 }}>
                        <summary>
                          {row.comments.length} comment{row.comments.length === 1 ? '' : 's'}
                        </summary>
                        <Box component="ul" sx={{ pl: 2, my: 0.5 }}>
                          {row.comments.map((comment, i) => (
                            <li key={i}>
                              <Typography variant="body2">{comment}</Typography>
                            </li>
                          ))}
                        </Box>
                      </Box>
                    )}
                  </TableCell>
                  <TableCell align="right">{row.responses}</TableCell>
                  <TableCell align="right">{figure(row.reaction)}</TableCell>
                  <TableCell align="right">{figure(row.usefulness)}</TableCell>
                  <TableCell align="right">{figure(row.confidenceBefore)}</TableCell>
                  <TableCell align="right">{figure(row.confidenceAfter)}</TableCell>
                  <TableCell align="right">{signed(row.confidenceChange)}</TableCell>
                  <TableCell>{used(row)}</TableCell>
                </TableRow>
              ))}
            </LabelledTable>
          )}
        </Box>
        {by === 'TRAINER' && (
          <Alert severity="info" sx={{ mt: 2 }}>
            A session with two trainers counts for each of them.
          </Alert>
        )}
      </Section>
    </Sections>
  );
};

import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { ImportProblemsTable } from './ImportProblemsTable';
import type { ImportRun } from './peopleImportApi';

const number = (n: number) => n.toLocaleString('en-GB');
export const people = (n: number) => `${number(n)} ${n === 1 ? 'person' : 'people'}`;
const counts = (run: ImportRun) =>
  `${number(run.created)} new, ${number(run.updated)} updated, ${number(run.unchanged)} unchanged`;
const badRows = (run: ImportRun) => new Set(run.problems.map((p) => p.row)).size;

export const Progress = ({ label, run }: { label: string; run: ImportRun | null }) => {
  const value = run?.totalRows ? Math.round((100 * run.processedRows) / run.totalRows) : undefined;
  return (
    <Box>
      <LinearProgress aria-label={label} variant={value ? 'determinate' : 'indeterminate'} value={value} />
      <Typography role="status" sx={{ mt: 1 }}>
        {label}
        {run?.totalRows ? `: ${number(run.processedRows)} of ${number(run.totalRows)} rows` : '…'}
      </Typography>
    </Box>
  );
};

/** What a finished dry run found: the problems, and what importing would do. */
export const CheckReport = ({ run }: { run: ImportRun }) => {
  if (run.status === 'FAILED') {
    return <Alert severity="error">Checking stopped because of a fault on our side. Please try again.</Alert>;
  }
  const total = run.created + run.updated + run.unchanged;
  return (
    <>
      {run.problems.length === 0 ? (
        <Alert severity="success">
          No problems found. All {number(run.totalRows)} rows can be imported: {counts(run)}.
        </Alert>
      ) : (
        <Alert severity="warning">
          {number(badRows(run))} of {number(run.totalRows)} rows have problems. The other rows would give{' '}
          {people(total)}: {counts(run)}.
        </Alert>
      )}
      {run.problems.length > 0 && <ImportProblemsTable problems={run.problems} />}
    </>
  );
};

export const ImportResult = ({ run }: { run: ImportRun }) => {
  const message = {
    SUCCEEDED: ['success', `Import finished: ${counts(run)}.`],
    PARTIAL: [
      'warning',
      `Imported the rows without problems: ${counts(run)}. ${number(badRows(run))} rows with problems were skipped; fix them and import them again.`,
    ],
    REJECTED: ['error', 'Nothing was imported: the file has rows with problems.'],
    FAILED: ['error', 'The import stopped because of a fault on our side. Nothing was written. Please try again.'],
  } as const;
  const [severity, text] = message[run.status as keyof typeof message];
  return (
    <>
      <Alert severity={severity}>{text}</Alert>
      {run.problems.length > 0 && <ImportProblemsTable problems={run.problems} />}
    </>
  );
};

import { Alert, Box, Button, Card, CardContent, Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { Title, useNotify, usePermissions } from 'react-admin';
import { CheckReport, ImportResult, people, Progress } from './ImportReports';
import { downloadFile, isFinished, uploadPeopleFile } from './peopleImportApi';
import { useImportRun } from './useImportRun';

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Card component="section" aria-labelledby={id}>
    <CardContent>
      <Typography id={id} component="h2" variant="h6" gutterBottom>
        {title}
      </Typography>
      <Stack spacing={2}>{children}</Stack>
    </CardContent>
  </Card>
);

/**
 * The people import wizard: choose a file, see the dry-run report, confirm (optionally skipping
 * rows with problems), follow the progress and read the result.
 */
export const PeopleImportPage = () => {
  const { permissions, isPending } = usePermissions<string[]>();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [checkId, setCheckId] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [sending, setSending] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  // Remounting the file input is the only way to empty it.
  const [inputKey, setInputKey] = useState(0);
  const check = useImportRun(checkId);
  const result = useImportRun(importId);

  if (isPending) return null;
  if (!permissions?.includes('person.import')) {
    return (
      <Box sx={{ mt: 2, maxWidth: 960 }}>
        <Title title="Import people" />
        <Alert severity="info">
          Importing people is for workforce leads and partner admins. Ask your partnership&apos;s workforce lead if you
          need to load people from a file.
        </Alert>
      </Box>
    );
  }

  const start = (chosen: File | null) => {
    if (!chosen) setInputKey((key) => key + 1);
    setFile(chosen);
    setCheckId(null);
    setImportId(null);
    setSkipInvalid(false);
    setUploadError(null);
  };

  const download = (path: string, fallbackName: string) =>
    void downloadFile(path, fallbackName).catch((error: Error) => notify(error.message, { type: 'error' }));

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setSending(true);
    setUploadError(null);
    try {
      const { id } = await uploadPeopleFile(file, { dryRun, skipInvalid: !dryRun && skipInvalid });
      if (dryRun) setCheckId(id);
      else setImportId(id);
    } catch (error) {
      setUploadError((error as Error).message);
    } finally {
      setSending(false);
    }
  };

  const checked = check.run && isFinished(check.run.status) ? check.run : null;
  const importable = checked ? checked.created + checked.updated + checked.unchanged : 0;
  const blocked = !checked || importable === 0 || (checked.problems.length > 0 && !skipInvalid);
  const canExport = permissions.includes('person.read');

  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4, maxWidth: 960 }}>
      {/* react-admin shows the title as the page's h1, in the app bar. */}
      <Title title="Import people" />

      <Section id="choose-heading" title="1. Choose a file">
        <Typography>
          A CSV (UTF-8) or Excel (.xlsx) file of up to 10 MB, one row per job, with a header row naming the columns.
          Your HR system&apos;s own column names (such as Forename, Surname or Staff number) are understood. Dates are
          read day first, as in 01/09/2025. Importing the same file again changes nothing.
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <Button variant="outlined" onClick={() => download('/imports/people/template.csv', 'people-template.csv')}>
            Download the template
          </Button>
          {canExport && (
            <>
              <Button variant="outlined" onClick={() => download('/exports/people?format=csv', 'people.csv')}>
                Export people as CSV
              </Button>
              <Button variant="outlined" onClick={() => download('/exports/people?format=xlsx', 'people.xlsx')}>
                Export people as Excel
              </Button>
            </>
          )}
        </Stack>
        <Box>
          <Typography component="label" htmlFor="people-file" sx={{ display: 'block', fontWeight: 500, mb: 0.5 }}>
            People file (CSV or Excel)
          </Typography>
          <input
            key={inputKey}
            id="people-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => start(event.target.files?.[0] ?? null)}
          />
        </Box>
        <Box>
          <Button variant="contained" disabled={!file || sending || Boolean(checkId)} onClick={() => void send(true)}>
            Check file
          </Button>
        </Box>
        {uploadError && !checkId && <Alert severity="error">{uploadError}</Alert>}
      </Section>

      {checkId && (
        <Section id="check-heading" title="2. Check report">
          {check.error && <Alert severity="error">{check.error}</Alert>}
          {!checked && !check.error && <Progress label={`Checking ${file?.name ?? 'the file'}`} run={check.run} />}
          {checked && <CheckReport run={checked} />}
          {checked && checked.problems.length > 0 && importable > 0 && !importId && (
            <FormControlLabel
              control={<Checkbox checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)} />}
              label="Skip the rows with problems and import the rest"
            />
          )}
          {checked && !importId && blocked && importable > 0 && (
            <Typography id="import-blocked" variant="body2">
              Fix the problems in your file and check it again, or tick the box to import only the rows without
              problems.
            </Typography>
          )}
          {checked && !importId && (
            <Stack direction="row" spacing={1}>
              <Button
                variant="contained"
                disabled={blocked || sending}
                aria-describedby={blocked ? 'import-blocked' : undefined}
                onClick={() => void send(false)}
              >
                Import {people(importable)}
              </Button>
              <Button onClick={() => start(null)}>Choose another file</Button>
            </Stack>
          )}
          {uploadError && !importId && <Alert severity="error">{uploadError}</Alert>}
        </Section>
      )}

      {importId && (
        <Section id="result-heading" title="3. Import">
          {result.error && <Alert severity="error">{result.error}</Alert>}
          {!result.error && (!result.run || !isFinished(result.run.status)) && (
            <Progress label={`Importing ${file?.name ?? 'the file'}`} run={result.run} />
          )}
          {result.run && isFinished(result.run.status) && <ImportResult run={result.run} />}
          {result.run && isFinished(result.run.status) && (
            <Box>
              <Button variant="outlined" onClick={() => start(null)}>
                Import another file
              </Button>
            </Box>
          )}
        </Section>
      )}
    </Stack>
  );
};

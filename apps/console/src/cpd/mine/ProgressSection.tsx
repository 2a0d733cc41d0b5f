import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import {
  Box,
  Button,
  Chip,
  FormControlLabel,
  List,
  ListItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { downloadFile } from '../../imports/peopleImportApi';
import { formatDate } from '../../workforce/dates';
import { Section } from '../../workforce/ui';
import { ERROR_NOTIFICATION, useAction } from '../../workforce/useAction';
import { LoadError, Loading } from '../../training/ui';
import { setAutoEntries, useMyProgress } from '../api';
import { REGULATOR_LABELS, STATUS_COLOURS, STATUS_LABELS } from '../labels';
import type { Progress } from '../types';

const ProgressCard = ({ progress }: { progress: Progress }) => (
  <Box
    component="article"
    aria-label={REGULATOR_LABELS[progress.regulator]}
    sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}
  >
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {REGULATOR_LABELS[progress.regulator]}
      </Typography>
      <Chip
        size="small"
        color={STATUS_COLOURS[progress.status]}
        label={progress.complete ? 'Complete' : STATUS_LABELS[progress.status]}
      />
    </Stack>
    <Typography color="text.secondary" variant="body2">
      {progress.rule}. From {formatDate(progress.periodStart)} to {formatDate(progress.periodEnd)}; due by{' '}
      {formatDate(progress.dueBy)}.
    </Typography>
    <List dense aria-label={`${REGULATOR_LABELS[progress.regulator]} requirements`}>
      {progress.requirements.map((r) => (
        <ListItem key={r.code} disableGutters>
          <Typography variant="body2">
            <Box component="span" aria-hidden sx={{ color: r.met ? 'success.main' : 'error.main', mr: 1 }}>
              {r.met ? '✓' : '✗'}
            </Box>
            {r.label}: {r.have} of {r.need} {r.met ? '(met)' : '(missing)'}
          </Typography>
        </ListItem>
      ))}
    </List>
  </Box>
);

/** Downloads one of the portfolio files, which the api gives to signed-in users only. */
const DownloadButton = ({ path, label, fallback }: { path: string; label: string; fallback: string }) => {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    downloadFile(path, fallback)
      .catch((error: Error) => notify(`The file was not downloaded. ${error.message}`, ERROR_NOTIFICATION))
      .finally(() => setBusy(false));
  };
  return (
    <Button size="small" variant="outlined" startIcon={<DownloadIcon />} onClick={download} disabled={busy}>
      {busy ? 'Downloading…' : label}
    </Button>
  );
};

/** Where the person stands against their regulator's rules, the exports, and automatic entries. */
export const ProgressSection = () => {
  const progress = useMyProgress();
  const auto = useAction((_, enabled: boolean) => setAutoEntries(enabled), {
    success: (result) =>
      result.autoEntries
        ? 'Attended training will be added to your log.'
        : 'Attended training will no longer be added.',
    failure: 'Your choice was not saved.',
  });
  const hasNmc = progress.data?.myProfessionalRegistrations.some((r) => r.regulator === 'NMC');
  // The export period; left empty, the api takes the last three years up to today.
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const period = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString();
  const query = period ? `?${period}` : '';
  return (
    <Section
      id="cpd-progress-heading"
      title="My progress"
      actions={
        <>
          <TextField
            type="date"
            size="small"
            label="Export from"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            size="small"
            label="Export to"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <DownloadButton path={`/cpd/portfolio.pdf${query}`} label="Portfolio PDF" fallback="cpd-portfolio.pdf" />
          <DownloadButton path={`/cpd/portfolio.csv${query}`} label="Portfolio CSV" fallback="cpd-portfolio.csv" />
          {hasNmc && (
            <DownloadButton
              path="/cpd/nmc-revalidation.pdf"
              label="NMC revalidation pack"
              fallback="nmc-revalidation.pdf"
            />
          )}
        </>
      }
    >
      {progress.error ? (
        <LoadError what="Your progress" error={progress.error} />
      ) : progress.isPending ? (
        <Loading label="Loading your progress" />
      ) : (
        <Stack spacing={2}>
          {progress.data.myCpdProgress.map((p) => (
            <ProgressCard key={p.regulator} progress={p} />
          ))}
          <FormControlLabel
            control={
              <Switch
                checked={progress.data.myCpdPreferences.autoEntries}
                disabled={auto.isPending}
                onChange={(event) => auto.mutate(event.target.checked)}
              />
            }
            label="Add training I attend to my log automatically"
          />
        </Stack>
      )}
    </Section>
  );
};

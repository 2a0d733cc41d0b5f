import { Alert, Box, MenuItem, Stack, TableCell, TableRow, TableSortLabel, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { LabelledTable, LoadError, Loading } from '../../training/ui';
import { useTrainingNeeds } from './api';
import type { TrainingNeed } from './types';

type Column =
  'courseTitle' | 'siteName' | 'organisationName' | 'needing' | 'essential' | 'overdue' | 'booked' | 'stillNeeded';

const COLUMNS: { key: Column; label: string; numeric?: boolean }[] = [
  { key: 'courseTitle', label: 'Course' },
  { key: 'siteName', label: 'Site' },
  { key: 'organisationName', label: 'Organisation' },
  { key: 'needing', label: 'People needing it', numeric: true },
  { key: 'essential', label: 'Essential', numeric: true },
  { key: 'overdue', label: 'Overdue', numeric: true },
  { key: 'booked', label: 'Places booked', numeric: true },
  { key: 'stillNeeded', label: 'Places still needed', numeric: true },
];

const compare = (a: TrainingNeed, b: TrainingNeed, column: Column): number => {
  const x = a[column];
  const y = b[column];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x ?? '').localeCompare(String(y ?? ''));
};

/** Distinct values of a column as choices for its filter. */
const choicesOf = (rows: TrainingNeed[], id: (r: TrainingNeed) => string, name: (r: TrainingNeed) => string) =>
  [...new Map(rows.map((r) => [id(r), name(r)])).entries()].sort((a, b) => a[1].localeCompare(b[1]));

const Filter = ({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: [string, string][];
}) => (
  <TextField select label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 220 }}>
    <MenuItem value="">All</MenuItem>
    {options.map(([id, name]) => (
      <MenuItem key={id} value={id}>
        {name}
      </MenuItem>
    ))}
  </TextField>
);

/**
 * The training needs analysis: per course, site and organisation, the people needing it (gaps,
 * expiries, interest, supervision learning needs), the places already booked and still needed.
 */
export const TrainingNeedsPage = () => {
  const needs = useTrainingNeeds();
  const [sort, setSort] = useState<{ column: Column; order: 'asc' | 'desc' }>({ column: 'stillNeeded', order: 'desc' });
  const [course, setCourse] = useState('');
  const [site, setSite] = useState('');
  const [organisation, setOrganisation] = useState('');
  if (needs.isPending) return <Loading label="Loading training needs" />;
  if (needs.error) return <LoadError what="training needs" error={needs.error} />;
  const rows = needs.data;
  const NO_SITE = 'none';
  const shown = rows
    .filter(
      (r) =>
        (!course || r.courseId === course) &&
        (!site || (r.siteId ?? NO_SITE) === site) &&
        (!organisation || r.organisationId === organisation),
    )
    .sort((a, b) => (sort.order === 'asc' ? 1 : -1) * compare(a, b, sort.column));
  const total = (key: 'needing' | 'booked' | 'stillNeeded') => shown.reduce((sum, r) => sum + r[key], 0);
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Training needs analysis" />
      <Typography variant="h4" component="h1" id="tna-heading">
        Training needs analysis
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Who needs each course, from skills gaps, expiring training, expressions of interest and learning needs raised in
        supervision, against the places already booked on future sessions. Expiries count up to three months ahead.
      </Typography>
      {rows.length === 0 ? (
        <Alert severity="info">
          No training needs found. Needs appear when role profiles set required levels, training records expire or
          people ask for a course.
        </Alert>
      ) : (
        <>
          <Stack
            direction="row"
            spacing={2}
            useFlexGap
            component="form"
            aria-label="Filter needs"
            sx={{ mb: 2, flexWrap: 'wrap' }}
          >
            <Filter
              label="Course"
              value={course}
              onChange={setCourse}
              options={choicesOf(
                rows,
                (r) => r.courseId,
                (r) => r.courseTitle,
              )}
            />
            <Filter
              label="Site"
              value={site}
              onChange={setSite}
              options={choicesOf(
                rows,
                (r) => r.siteId ?? NO_SITE,
                (r) => r.siteName ?? 'No site',
              )}
            />
            <Filter
              label="Organisation"
              value={organisation}
              onChange={setOrganisation}
              options={choicesOf(
                rows,
                (r) => r.organisationId,
                (r) => r.organisationName,
              )}
            />
          </Stack>
          <Typography sx={{ mb: 1 }} aria-live="polite">
            {total('needing')} people need training; {total('booked')} hold places; {total('stillNeeded')} places still
            needed.
          </Typography>
          {shown.length === 0 ? (
            <Alert severity="info">Nothing matches these filters. Choose “All” to widen them.</Alert>
          ) : (
            <LabelledTable
              labelledBy="tna-heading"
              head={COLUMNS.map((c) => (
                <TableCell
                  key={c.key}
                  align={c.numeric ? 'right' : 'left'}
                  sortDirection={sort.column === c.key ? sort.order : false}
                >
                  <TableSortLabel
                    active={sort.column === c.key}
                    direction={sort.column === c.key ? sort.order : 'asc'}
                    onClick={() =>
                      setSort({
                        column: c.key,
                        order: sort.column === c.key && sort.order === 'asc' ? 'desc' : 'asc',
                      })
                    }
                  >
                    {c.label}
                  </TableSortLabel>
                </TableCell>
              ))}
            >
              {shown.map((r) => (
                <TableRow key={`${r.courseId}-${r.siteId}-${r.organisationId}`}>
                  <TableCell>{r.courseTitle}</TableCell>
                  <TableCell>{r.siteName ?? 'No site'}</TableCell>
                  <TableCell>{r.organisationName}</TableCell>
                  <TableCell align="right">{r.needing}</TableCell>
                  <TableCell align="right">{r.essential}</TableCell>
                  <TableCell align="right">{r.overdue}</TableCell>
                  <TableCell align="right">{r.booked}</TableCell>
                  <TableCell align="right">{r.stillNeeded}</TableCell>
                </TableRow>
              ))}
            </LabelledTable>
          )}
        </>
      )}
    </Box>
  );
};

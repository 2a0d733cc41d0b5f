import {
  Alert,
  Box,
  Chip,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TableCell,
  TablePagination,
  TableRow,
  Typography,
  type ChipProps,
} from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { formatDate } from '../../workforce/dates';
import { OrganisationPicker, PersonPicker, TeamPicker } from '../../workforce/inputs';
import { EmptyState, Section, Sections, ShowLink, usePermission } from '../../workforce/ui';
import { useTrainingExpiry } from '../api';
import { EXPIRY_BUCKET_LABELS } from '../labels';
import type { ExpiryBucket, TrainingExpiry } from '../types';
import { FilterBar, LoadError, Loading, useUrlFilters, LabelledTable } from '../ui';

const SCOPE = ['organisationId', 'teamId', 'personId'] as const;
const PARAMS = [...SCOPE, 'within'] as const;
const WINDOWS = [30, 60, 90] as const;

const BUCKET_COLOURS: Record<ExpiryBucket, ChipProps['color']> = {
  EXPIRED: 'error',
  WITHIN_30_DAYS: 'warning',
  WITHIN_60_DAYS: 'info',
  WITHIN_90_DAYS: 'default',
};

const daysText = (days: number) =>
  days < 0
    ? `${-days} ${days === -1 ? 'day' : 'days'} ago`
    : days === 0
      ? 'Today'
      : `${days} ${days === 1 ? 'day' : 'days'}`;

/** The four counts, as label and value pairs. */
const Figures = ({ report }: { report: TrainingExpiry }) => (
  <Box
    component="dl"
    sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: 2, m: 0 }}
  >
    {(
      [
        ['Expired', report.expired],
        ['Within 30 days', report.within30Days],
        ['In 31 to 60 days', report.within60Days],
        ['In 61 to 90 days', report.within90Days],
      ] as [string, number][]
    ).map(([label, value]) => (
      <Box key={label} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
        <Typography component="dt" variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography component="dd" variant="h5" sx={{ m: 0 }}>
          {value}
        </Typography>
      </Box>
    ))}
  </Box>
);

const Report = () => {
  const { values, update } = useUrlFilters(PARAMS);
  const within = WINDOWS.find((w) => String(w) === values.within) ?? 90;
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const scope = { organisationId: values.organisationId, teamId: values.teamId, personId: values.personId };
  const report = useTrainingExpiry(scope, within, page, perPage);
  return (
    <>
      <Section id="expiry-scope-heading" title="Whose training">
        <FilterBar
          names={SCOPE}
          values={values}
          onChange={(changes) => {
            update(changes);
            setPage(1);
          }}
        >
          <OrganisationPicker source="organisationId" label="Organisation" />
          <TeamPicker source="teamId" label="Team" />
          <PersonPicker source="personId" label="Person" />
        </FilterBar>
        <FormLabel id="expiry-window-label">Look ahead</FormLabel>
        <RadioGroup
          row
          aria-labelledby="expiry-window-label"
          value={String(within)}
          onChange={(event) => {
            update({ within: event.target.value === '90' ? null : event.target.value });
            setPage(1);
          }}
        >
          {WINDOWS.map((days) => (
            <FormControlLabel key={days} value={String(days)} control={<Radio />} label={`${days} days`} />
          ))}
        </RadioGroup>
      </Section>
      {report.error ? (
        <LoadError what="The expiry report" error={report.error} />
      ) : report.isPending ? (
        <Loading label="Working out what expires" />
      ) : (
        <Section id="expiry-report-heading" title={`Expired, and expiring in the next ${within} days`}>
          <Figures report={report.data} />
          {report.data.totalCount === 0 ? (
            <EmptyState
              title="Nothing expired or expiring"
              text="Nobody in scope has training that has expired or expires in this window."
            />
          ) : (
            <>
              <LabelledTable
                labelledBy="expiry-report-heading"
                sx={{ mt: 2 }}
                head={
                  <>
                    <TableCell>Person</TableCell>
                    <TableCell>Training</TableCell>
                    <TableCell>Completed</TableCell>
                    <TableCell>Last valid day</TableCell>
                    <TableCell>Left</TableCell>
                    <TableCell>When</TableCell>
                  </>
                }
              >
                {report.data.rows.map((row) => (
                  <TableRow key={row.record.id}>
                    <TableCell component="th" scope="row">
                      <ShowLink resource="Person" record={row.record.person} text={(p) => p.fullName} />
                    </TableCell>
                    <TableCell>{row.record.title}</TableCell>
                    <TableCell>{formatDate(row.record.completedOn)}</TableCell>
                    <TableCell>{formatDate(row.record.expiresOn)}</TableCell>
                    <TableCell>{daysText(row.daysLeft)}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        variant="outlined"
                        color={BUCKET_COLOURS[row.bucket]}
                        label={EXPIRY_BUCKET_LABELS[row.bucket]}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </LabelledTable>
              {report.data.totalCount > 25 && (
                <TablePagination
                  component="div"
                  count={report.data.totalCount}
                  page={page - 1}
                  rowsPerPage={perPage}
                  rowsPerPageOptions={[25, 50, 100]}
                  onPageChange={(_, next) => setPage(next + 1)}
                  onRowsPerPageChange={(event) => {
                    setPerPage(Number(event.target.value));
                    setPage(1);
                  }}
                />
              )}
            </>
          )}
        </Section>
      )}
    </>
  );
};

/** Training expired, or expiring in the next 30, 60 or 90 days, for the people the user reaches. */
export const ExpiryReportPage = () => {
  const canRead = usePermission('record.read');
  return (
    <Sections>
      <Title title="Training expiry" />
      {canRead === false ? (
        <Alert severity="info">The expiry report is for managers and workforce leads.</Alert>
      ) : (
        canRead && <Report />
      )}
    </Sections>
  );
};

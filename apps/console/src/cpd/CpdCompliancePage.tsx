import {
  Chip,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { formatDate } from '../workforce/dates';
import { EmptyState, Section, Sections } from '../workforce/ui';
import { FilterBar, LoadError, Loading, useUrlFilters } from '../training/ui';
import { OrganisationPicker, TeamPicker } from '../workforce/inputs';
import { useCompliance } from './api';
import { STATUS_COLOURS, STATUS_LABELS, choices } from './labels';
import type { ComplianceStatus } from './types';

const SCOPE = ['organisationId', 'teamId'] as const;
const PARAMS = [...SCOPE, 'status'] as const;
const STATUSES: ComplianceStatus[] = ['ON_TRACK', 'AT_RISK', 'MISSING'];

/** Team CPD compliance: figures for the people in the signed-in user's scope, never what they wrote. */
export const CpdCompliancePage = () => {
  const { values, update } = useUrlFilters(PARAMS);
  const status = (STATUSES.find((s) => s === values.status) ?? '') as ComplianceStatus | '';
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const compliance = useCompliance(
    { organisationId: values.organisationId, teamId: values.teamId, ...(status ? { status } : {}) },
    page + 1,
    perPage,
  );
  return (
    <Sections>
      <Title title="Team CPD" />
      <Section
        id="cpd-compliance-heading"
        title="CPD compliance"
        actions={
          <TextField
            select
            size="small"
            label="Status"
            value={status}
            onChange={(event) => {
              update({ status: event.target.value || null });
              setPage(0);
            }}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">Everyone</MenuItem>
            {choices(STATUS_LABELS).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        }
      >
        <FilterBar
          names={SCOPE}
          values={values}
          onChange={(changes) => {
            update(changes);
            setPage(0);
          }}
        >
          <OrganisationPicker source="organisationId" label="Organisation" />
          <TeamPicker source="teamId" label="Team" />
        </FilterBar>
        {compliance.error ? (
          <LoadError what="CPD compliance" error={compliance.error} />
        ) : compliance.isPending ? (
          <Loading label="Loading CPD compliance" />
        ) : (
          <>
            <Stack direction="row" spacing={2} sx={{ mb: 2 }} aria-label="Totals">
              <Typography>
                <strong>{compliance.data.onTrack}</strong> on track
              </Typography>
              <Typography>
                <strong>{compliance.data.atRisk}</strong> at risk
              </Typography>
              <Typography>
                <strong>{compliance.data.missing}</strong> missing
              </Typography>
            </Stack>
            {compliance.data.totalCount === 0 ? (
              <EmptyState title="Nobody to show" text="Nobody in your scope with a current job matches." />
            ) : (
              <>
                <TableContainer>
                  <Table size="small" aria-labelledby="cpd-compliance-heading">
                    <TableHead>
                      <TableRow>
                        <TableCell>Person</TableCell>
                        <TableCell>Rules</TableCell>
                        <TableCell>Status</TableCell>
                        <TableCell>Due by</TableCell>
                        <TableCell>Missing</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {compliance.data.rows.map((row) => (
                        <TableRow key={row.person.id}>
                          <TableCell component="th" scope="row">
                            {row.person.fullName}
                          </TableCell>
                          <TableCell>
                            {row.regulators.map((r) => (r === 'NONE' ? 'Partnership target' : r)).join(', ')}
                          </TableCell>
                          <TableCell>
                            <Chip size="small" color={STATUS_COLOURS[row.status]} label={STATUS_LABELS[row.status]} />
                          </TableCell>
                          <TableCell>{formatDate(row.dueBy)}</TableCell>
                          <TableCell>{row.missing.join('; ') || '—'}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
                <TablePagination
                  component="div"
                  count={compliance.data.totalCount}
                  page={page}
                  rowsPerPage={perPage}
                  onPageChange={(_, next) => setPage(next)}
                  onRowsPerPageChange={(event) => {
                    setPerPage(Number(event.target.value));
                    setPage(0);
                  }}
                />
              </>
            )}
          </>
        )}
      </Section>
    </Sections>
  );
};

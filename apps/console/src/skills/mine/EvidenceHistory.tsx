import {
  Alert,
  Box,
  Chip,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { formatDate } from '../../workforce/dates';
import { levelName } from '../gaps/frameworks';
import { EVIDENCE_SOURCE_LABELS, REVIEW_LABELS } from './labels';
import { useAssessments, type Assessment } from './skillsApi';

const Source = ({ assessment }: { assessment: Assessment }) => (
  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
    <span>{EVIDENCE_SOURCE_LABELS[assessment.source]}</span>
    {assessment.review && (
      <Chip
        size="small"
        variant="outlined"
        color={assessment.review === 'PENDING' ? 'info' : 'default'}
        label={REVIEW_LABELS[assessment.review]}
      />
    )}
  </Stack>
);

/** Every piece of evidence of a person's levels, newest first: the record behind their current levels. */
export const EvidenceHistory = ({ personId, headingId }: { personId: string; headingId: string }) => {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(10);
  const { data, error, isPending } = useAssessments(personId, page, perPage);

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        Evidence
      </Typography>
      {error ? (
        <Alert severity="error">The evidence could not be loaded. {error.message}</Alert>
      ) : isPending ? (
        <CircularProgress size={24} aria-label="Loading evidence" />
      ) : data.totalCount === 0 ? (
        <Typography color="text.secondary">No assessments, training or imported records yet.</Typography>
      ) : (
        <>
          <TableContainer>
            <Table size="small" aria-labelledby={headingId}>
              <TableHead>
                <TableRow>
                  <TableCell>Date</TableCell>
                  <TableCell>Competency</TableCell>
                  <TableCell>Level</TableCell>
                  <TableCell>Source</TableCell>
                  <TableCell>By</TableCell>
                  <TableCell>Valid until</TableCell>
                  <TableCell>Note</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.nodes.map((assessment) => (
                  <TableRow key={assessment.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(assessment.assessedOn)}</TableCell>
                    <TableCell component="th" scope="row">
                      {assessment.competency.code} · {assessment.competency.name}
                    </TableCell>
                    <TableCell>{levelName(assessment.competency.framework.scale.levels, assessment.level)}</TableCell>
                    <TableCell>
                      <Source assessment={assessment} />
                    </TableCell>
                    <TableCell>{assessment.assessor?.fullName ?? '—'}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {assessment.validUntil ? formatDate(assessment.validUntil) : 'No end date'}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-line', maxWidth: 360 }}>{assessment.note ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {data.totalCount > 10 && (
            <TablePagination
              component="div"
              count={data.totalCount}
              page={page - 1}
              rowsPerPage={perPage}
              rowsPerPageOptions={[10, 25, 50]}
              onPageChange={(_, next) => setPage(next + 1)}
              onRowsPerPageChange={(event) => {
                setPerPage(Number(event.target.value));
                setPage(1);
              }}
            />
          )}
        </>
      )}
    </Box>
  );
};

import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { Link, useCreatePath } from 'react-admin';
import { formatDate } from '../../workforce/dates';
import { useIsSmall } from '../../workforce/ui';
import type { ScaleLevel } from '../frameworks/types';
import { levelName } from './frameworks';
import { useGapPeople, type GapFigures, type GapPerson, type GapScope, type HeatmapAxis } from './gapApi';

/** A figure to open: one competency, in one heatmap column or across the whole scope. */
export interface GapFigureChoice {
  competencyId: string;
  /** "Safeguarding at Northshire Council" or just the competency. */
  title: string;
  figures: GapFigures;
  column?: { axis: HeatmapAxis; id: string };
}

const PersonRow = ({ person, levels }: { person: GapPerson; levels: readonly ScaleLevel[] | undefined }) => {
  const createPath = useCreatePath();
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        <Link to={createPath({ resource: 'Person', type: 'show', id: person.personId })} sx={{ fontWeight: 500 }}>
          {person.fullName}
        </Link>
      </TableCell>
      <TableCell>{person.jobTitles}</TableCell>
      <TableCell>{person.organisations}</TableCell>
      <TableCell>
        {levelName(levels, person.requiredLevel)}
        {person.essential && (
          <Typography component="span" variant="body2" color="text.secondary">
            {' '}
            (essential)
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {person.currentLevel === null ? (
          <Box component="span" sx={{ color: 'text.secondary' }}>
            None recorded
          </Box>
        ) : (
          levelName(levels, person.currentLevel)
        )}
      </TableCell>
      <TableCell>
        {person.meets ? (
          <Chip size="small" color="success" variant="outlined" label="Meets" />
        ) : (
          <Chip size="small" color="warning" variant="outlined" label="Gap" />
        )}
      </TableCell>
      <TableCell>{person.dueOn ? formatDate(person.dueOn) : '—'}</TableCell>
      <TableCell>{person.overdue ? <Chip size="small" color="error" label="Overdue" /> : 'No'}</TableCell>
    </TableRow>
  );
};

/** The people behind a gap figure or heatmap cell, gaps first, one page at a time. */
export const GapPeopleDialog = ({
  scope,
  choice,
  levels,
  onClose,
}: {
  scope: GapScope;
  choice: GapFigureChoice;
  levels: readonly ScaleLevel[] | undefined;
  onClose: () => void;
}) => {
  const titleId = useId();
  const isSmall = useIsSmall();
  const [onlyGaps, setOnlyGaps] = useState(false);
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const { data, error, isPending, isFetching } = useGapPeople({
    scope,
    competencyId: choice.competencyId,
    axis: choice.column?.axis,
    columnId: choice.column?.id,
    onlyGaps,
    page,
    perPage,
  });
  const { meeting, required } = choice.figures;

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="lg" fullScreen={isSmall}>
      <DialogTitle id={titleId} component="h2">
        {choice.title}
      </DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1 }}>
          {meeting} of {required} {required === 1 ? 'person meets' : 'people meet'} the level their job needs.
        </Typography>
        <FormControlLabel
          control={
            <Switch
              checked={onlyGaps}
              onChange={(event) => {
                setOnlyGaps(event.target.checked);
                setPage(1);
              }}
            />
          }
          label="Only gaps (people who do not meet it yet)"
        />
        {isFetching && <LinearProgress aria-label="Loading people" />}
        {error ? (
          <Alert severity="error">The people could not be loaded. {error.message}</Alert>
        ) : isPending ? null : data.totalCount === 0 ? (
          <Typography color="text.secondary" sx={{ py: 2 }}>
            {onlyGaps ? 'Everyone here meets the level their job needs.' : 'Nobody here needs this competency.'}
          </Typography>
        ) : (
          <>
            <TableContainer>
              <Table size="small" aria-label="People">
                <TableHead>
                  <TableRow>
                    <TableCell>Name</TableCell>
                    <TableCell>Jobs</TableCell>
                    <TableCell>Organisations</TableCell>
                    <TableCell>Required level</TableCell>
                    <TableCell>Current level</TableCell>
                    <TableCell>Meets</TableCell>
                    <TableCell>Due by</TableCell>
                    <TableCell>Overdue</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.nodes.map((person) => (
                    <PersonRow key={person.personId} person={person} levels={levels} />
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
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
          </>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
};

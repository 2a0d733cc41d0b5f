import { Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { formatDate } from '../../workforce/dates';
import type { GapReport, GapRow } from './gapApi';
import { percent } from './shareBands';

const inScope = (n: number) => (n === 1 ? '1 person in scope has' : `${n} people in scope have`);

/** Required against current per competency, essential gaps first (the API's order). */
export const GapSummary = ({ report, onOpen }: { report: GapReport; onOpen: (row: GapRow) => void }) => {
  const rows = report.rows.filter((row) => row.required > 0);
  return (
    <>
      <Typography sx={{ mb: 1 }}>
        {inScope(report.people)} requirements in this framework, as of {formatDate(report.asOf)}.
      </Typography>
      <TableContainer>
        <Table size="small" aria-label="Gaps by competency">
          <TableHead>
            <TableRow>
              <TableCell>Competency</TableCell>
              <TableCell align="right">Required</TableCell>
              <TableCell align="right">Meeting</TableCell>
              <TableCell align="right">Share meeting</TableCell>
              <TableCell align="right">Essential gaps</TableCell>
              <TableCell align="right">Overdue</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.competencyId}>
                <TableCell component="th" scope="row">
                  <Button
                    size="small"
                    onClick={() => onOpen(row)}
                    aria-label={`${row.name}: ${row.meeting} of ${row.required} meet. Show the people`}
                    sx={{ textAlign: 'left', justifyContent: 'flex-start', p: 0, minWidth: 0 }}
                  >
                    {row.code} · {row.name}
                  </Button>
                </TableCell>
                <TableCell align="right">{row.required}</TableCell>
                <TableCell align="right">{row.meeting}</TableCell>
                <TableCell align="right">{percent(row.share)}</TableCell>
                <TableCell align="right" sx={{ fontWeight: row.essentialGaps > 0 ? 600 : undefined }}>
                  {row.essentialGaps}
                </TableCell>
                <TableCell align="right" sx={{ color: row.overdue > 0 ? 'error.main' : undefined }}>
                  {row.overdue}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
};

import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { ImportProblem } from './peopleImportApi';

/** A long report is cut here; the rest is counted, so fixing the first ones is the next step. */
const SHOWN = 200;

export const ImportProblemsTable = ({ problems }: { problems: ImportProblem[] }) => {
  const rows = new Set(problems.map((p) => p.row)).size;
  return (
    <>
      <TableContainer sx={{ maxHeight: 480 }}>
        <Table size="small" stickyHeader aria-labelledby="problems-caption">
          <caption id="problems-caption" style={{ captionSide: 'top', textAlign: 'left', padding: '8px 0' }}>
            {problems.length === 1 ? '1 problem' : `${problems.length} problems`} in{' '}
            {rows === 1 ? '1 row' : `${rows} rows`}. Row numbers are as your spreadsheet shows them.
          </caption>
          <TableHead>
            <TableRow>
              <TableCell scope="col">Row</TableCell>
              <TableCell scope="col">Column</TableCell>
              <TableCell scope="col">Value</TableCell>
              <TableCell scope="col">Problem</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {problems.slice(0, SHOWN).map((problem, index) => (
              <TableRow key={index}>
                <TableCell component="th" scope="row">
                  {problem.row}
                </TableCell>
                <TableCell>{problem.column ?? '—'}</TableCell>
                <TableCell sx={{ wordBreak: 'break-word' }}>{problem.value ?? '(empty)'}</TableCell>
                <TableCell>{problem.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {problems.length > SHOWN && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          Showing the first {SHOWN}. Fix these and check the file again to see the rest.
        </Typography>
      )}
    </>
  );
};

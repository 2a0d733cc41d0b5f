import { Box, ButtonBase, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { VISUALLY_HIDDEN } from '../../workforce/ui';
import type { GapFigureChoice } from './GapPeopleDialog';
import { NO_SITE, type Heatmap, type HeatmapAxis, type HeatmapColumn, type HeatmapRow } from './gapApi';
import { bandOf, percent } from './shareBands';

/** "Safeguarding at Northshire Council", "… for Family support worker", "… with no site". */
export const cellName = (axis: HeatmapAxis, competency: string, column: HeatmapColumn) => {
  if (column.id === NO_SITE) return `${competency} with no site`;
  return `${competency} ${axis === 'ROLE_PROFILE' ? 'for' : 'at'} ${column.name}`;
};

const Cell = ({
  axis,
  row,
  column,
  onOpen,
}: {
  axis: HeatmapAxis;
  row: HeatmapRow;
  column: HeatmapColumn;
  onOpen: (choice: GapFigureChoice) => void;
}) => {
  const figures = row.cells.find((cell) => cell.columnId === column.id);
  if (!figures) {
    return (
      <TableCell align="center" sx={{ color: 'text.secondary' }}>
        <span aria-hidden>—</span>
        <Box component="span" sx={VISUALLY_HIDDEN}>
          Nobody here needs it
        </Box>
      </TableCell>
    );
  }
  return (
    <TableCell align="center" sx={{ p: 0.5 }}>
      <ButtonBase
        onClick={() =>
          onOpen({
            competencyId: row.competencyId,
            title: cellName(axis, row.name, column),
            figures,
            column: { axis, id: column.id },
          })
        }
        aria-label={`${cellName(axis, row.name, column)}: ${figures.meeting} of ${figures.required} meet`}
        sx={{
          width: '100%',
          minWidth: 88,
          py: 1,
          borderRadius: 1,
          flexDirection: 'column',
          bgcolor: bandOf(figures.share).fill,
          color: 'rgba(0, 0, 0, 0.87)',
          '&:hover': { outline: 2, outlineColor: 'text.primary', outlineStyle: 'solid' },
        }}
      >
        <Box component="span" sx={{ fontWeight: 600, fontSize: '1rem' }}>
          {percent(figures.share)}
        </Box>
        <Box component="span" sx={{ fontSize: '0.8125rem' }}>
          {figures.meeting}/{figures.required}
        </Box>
      </ButtonBase>
    </TableCell>
  );
};

/** Competencies down, organisations (or sites, or role profiles) across: who meets what, where. */
export const HeatmapTable = ({ heatmap, onOpen }: { heatmap: Heatmap; onOpen: (choice: GapFigureChoice) => void }) => (
  <TableContainer sx={{ maxHeight: '70vh' }}>
    <Table size="small" stickyHeader aria-label="Skills heatmap">
      <TableHead>
        <TableRow>
          <TableCell sx={{ minWidth: 220, left: 0, zIndex: 3 }}>Competency</TableCell>
          {heatmap.columns.map((column) => (
            <TableCell key={column.id} align="center" sx={{ minWidth: 100, verticalAlign: 'bottom' }}>
              {column.name}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {heatmap.rows
          .filter((row) => row.required > 0)
          .map((row) => (
            <TableRow key={row.competencyId}>
              <TableCell
                component="th"
                scope="row"
                sx={{ position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper' }}
              >
                {row.code} · {row.name}
              </TableCell>
              {heatmap.columns.map((column) => (
                <Cell key={column.id} axis={heatmap.axis} row={row} column={column} onOpen={onOpen} />
              ))}
            </TableRow>
          ))}
      </TableBody>
    </Table>
  </TableContainer>
);

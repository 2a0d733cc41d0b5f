import { Alert, Box, Stack, TableCell, TableRow, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title } from 'react-admin';
import { today } from '../../workforce/dates';
import { EmptyState, Section, Sections, ShowLink, usePermission } from '../../workforce/ui';
import { type ChargeFigures, useBookingCharges } from '../api';
import { money } from '../labels';
import { LoadError, Loading, useUrlFilters, LabelledTable } from '../ui';

const PARAMS = ['from', 'to'] as const;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first day of the financial year (1 April) that today falls in: what recharging runs on. */
const financialYearStart = (): string => {
  const day = today();
  const year = Number(day.slice(0, 4)) - (day.slice(5) < '04-01' ? 1 : 0);
  return `${year}-04-01`;
};

const FigureCells = ({ row }: { row: ChargeFigures }) => (
  <>
    <TableCell align="right">{row.lateCancellations}</TableCell>
    <TableCell align="right">{row.noShows}</TableCell>
    <TableCell align="right">{row.waived}</TableCell>
    <TableCell align="right">{money(row.chargePence)}</TableCell>
  </>
);

const FigureHeads = () => (
  <>
    <TableCell align="right">Late cancellations</TableCell>
    <TableCell align="right">No-shows</TableCell>
    <TableCell align="right">Waived</TableCell>
    <TableCell align="right">To recharge</TableCell>
  </>
);

const ChargesTable = ({ labelledBy, first, rows }: { labelledBy: string; first: ReactNode; rows: ReactNode }) => (
  <LabelledTable
    labelledBy={labelledBy}
    head={
      <>
        {first}
        <FigureHeads />
      </>
    }
  >
    {rows}
  </LabelledTable>
);

const Report = () => {
  const { values, update } = useUrlFilters(PARAMS);
  const from = values.from && ISO_DAY.test(values.from) ? values.from : financialYearStart();
  const to = values.to && ISO_DAY.test(values.to) ? values.to : today();
  const report = useBookingCharges(from, to);
  return (
    <>
      <Section id="charges-period-heading" title="Sessions starting">
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            type="date"
            label="From"
            value={from}
            onChange={(event) => update({ from: event.target.value || null })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            label="To"
            value={to}
            onChange={(event) => update({ to: event.target.value || null })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Stack>
      </Section>
      {report.error ? (
        <LoadError what="The charges report" error={report.error} />
      ) : report.isPending ? (
        <Loading label="Counting late cancellations and no-shows" />
      ) : report.data.organisations.length === 0 ? (
        <EmptyState
          title="Nothing to recharge"
          text="No late cancellations or no-shows on sessions that started in this period."
        />
      ) : (
        <>
          <Section id="charges-organisations-heading" title="By organisation">
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              Each late cancellation or no-show not waived costs its organisation the course's cost per place. In total:{' '}
              {money(report.data.total.chargePence)}.
            </Typography>
            <ChargesTable
              labelledBy="charges-organisations-heading"
              first={<TableCell>Organisation</TableCell>}
              rows={report.data.organisations.map((row) => (
                <TableRow key={row.organisation.id}>
                  <TableCell component="th" scope="row">
                    <ShowLink resource="Organisation" record={row.organisation} text={(o) => o.name} />
                  </TableCell>
                  <FigureCells row={row} />
                </TableRow>
              ))}
            />
          </Section>
          <Section id="charges-people-heading" title="By person">
            <ChargesTable
              labelledBy="charges-people-heading"
              first={
                <>
                  <TableCell>Person</TableCell>
                  <TableCell>Place for</TableCell>
                </>
              }
              rows={report.data.people.map((row) => (
                <TableRow key={`${row.person.id}:${row.organisation.id}`}>
                  <TableCell component="th" scope="row">
                    <ShowLink resource="Person" record={row.person} text={(p) => p.fullName} />
                  </TableCell>
                  <TableCell>{row.organisation.name}</TableCell>
                  <FigureCells row={row} />
                </TableRow>
              ))}
            />
          </Section>
        </>
      )}
    </>
  );
};

/**
 * Late cancellations and no-shows per organisation and person, with what to recharge. A charge is
 * waived from the session's bookings, where the reason is kept.
 */
export const ChargesReportPage = () => {
  const canRead = usePermission('booking.approve');
  return (
    <Sections>
      <Title title="Training charges" />
      {canRead === false ? (
        <Alert severity="info">The charges report is for managers and workforce leads.</Alert>
      ) : (
        canRead && (
          <Box>
            <Report />
          </Box>
        )
      )}
    </Sections>
  );
};

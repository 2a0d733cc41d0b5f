import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Button,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { BooleanInput, DateInput, SelectInput, TextInput, required } from 'react-admin';
import type { DbsCheckInput } from '../workforce/api';
import { DBS_LEVEL_LABELS, DBS_LEVELS } from '../workforce/choices';
import { formatDate, today } from '../workforce/dates';
import type { DbsCheck, Person } from '../workforce/types';
import { FormDialog, useIsSmall, usePermission } from '../workforce/ui';
import { useAction } from '../workforce/useAction';
import { DBS_CERTIFICATE_NUMBER, notInFuture } from '../workforce/validation';

/** Within this many days a recheck is flagged as coming up. */
const DUE_SOON_DAYS = 90;

const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const Recheck = ({ check }: { check: DbsCheck }) => {
  if (check.updateService) return <>Checked online (Update Service)</>;
  if (!check.recheckDue) return null;
  const due = check.recheckDue;
  if (due < today()) return <Chip size="small" color="error" label={`Overdue since ${formatDate(due)}`} />;
  if (due <= addDays(today(), DUE_SOON_DAYS)) {
    return <Chip size="small" color="warning" label={`Due ${formatDate(due)}`} />;
  }
  return <>{formatDate(due)}</>;
};

type Values = Omit<DbsCheckInput, 'personId'>;

/** A person's DBS checks, newest certificate first; shown only to those who may see them. */
export const DbsChecks = ({ person }: { person: Person }) => {
  const canWrite = usePermission('dbs.write') ?? false;
  const isSmall = useIsSmall();
  const [open, setOpen] = useState(false);
  const checks = person.dbsChecks ?? [];
  const record = useAction(
    (dataProvider, data: DbsCheckInput) => dataProvider.recordDbsCheck({ data }),
    {
      success: ({ data }) =>
        `${DBS_LEVEL_LABELS[data.level]} DBS check recorded for ${person.fullName}.` +
        (data.recheckDue ? ` Recheck due ${formatDate(data.recheckDue)}.` : ''),
      failure: 'The DBS check was not recorded.',
    },
    () => setOpen(false),
  );

  return (
    <Box sx={{ py: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography component="h2" variant="h6">
          DBS checks
        </Typography>
        {canWrite && (
          <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
            Record DBS check
          </Button>
        )}
      </Box>
      {checks.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          No DBS check recorded for {person.fullName}.
        </Typography>
      ) : isSmall ? (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {checks.map((check) => (
            <Box component="li" key={check.id} sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
              <Typography sx={{ fontWeight: 500 }}>{DBS_LEVEL_LABELS[check.level]}</Typography>
              <Typography variant="body2">
                Certificate {check.certificateNumber ?? 'number not recorded'}, {formatDate(check.certificateDate)}
              </Typography>
              <Typography variant="body2" component="div">
                Recheck: <Recheck check={check} />
              </Typography>
            </Box>
          ))}
        </Box>
      ) : (
        <TableContainer sx={{ mt: 1 }}>
          <Table size="small" aria-label="DBS checks">
            <TableHead>
              <TableRow>
                <TableCell>Level</TableCell>
                <TableCell>Certificate number</TableCell>
                <TableCell>Certificate date</TableCell>
                <TableCell>Update Service</TableCell>
                <TableCell>Recheck due</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {checks.map((check) => (
                <TableRow key={check.id}>
                  <TableCell component="th" scope="row">
                    {DBS_LEVEL_LABELS[check.level]}
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{check.certificateNumber ?? '—'}</TableCell>
                  <TableCell>{formatDate(check.certificateDate)}</TableCell>
                  <TableCell>{check.updateService ? 'Subscribed' : 'No'}</TableCell>
                  <TableCell>
                    <Recheck check={check} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      {open && (
        <FormDialog<Values>
          open
          onClose={() => setOpen(false)}
          title={`Record a DBS check for ${person.fullName}`}
          description={
            <Typography color="text.secondary" variant="body2">
              The recheck date follows the partnership’s policy, unless they subscribe to the Update Service.
            </Typography>
          }
          record={{ updateService: false }}
          saving={record.isPending}
          submitLabel="Record check"
          onSubmit={(values) => record.mutate({ ...values, personId: person.id })}
        >
          <SelectInput source="level" label="Check level" choices={DBS_LEVELS} validate={required()} />
          <TextInput
            source="certificateNumber"
            label="Certificate number"
            validate={DBS_CERTIFICATE_NUMBER}
            helperText="12 digits, from the certificate."
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
          />
          <DateInput
            source="certificateDate"
            label="Certificate date"
            validate={[required(), notInFuture]}
            sx={{ maxWidth: 240 }}
          />
          <BooleanInput source="updateService" label="Subscribed to the DBS Update Service" />
        </FormDialog>
      )}
    </Box>
  );
};

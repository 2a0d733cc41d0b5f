import AddIcon from '@mui/icons-material/Add';
import { Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { DateInput, FormDataConsumer, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { formatDate } from '../../workforce/dates';
import { EmptyState, FormDialog, Section } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { removeRegistration, saveRegistration, useMyProgress } from '../api';
import { REGULATOR_LABELS, choices } from '../labels';
import type { Registration, Regulator } from '../types';

const HINTS: Record<Regulator, string> = {
  SWE: 'Like SW123456. Registration years run from 1 December to 30 November.',
  NMC: 'Your PIN, like 12A3456E, and your revalidation date.',
  HCPC: 'Like OT12345, and the date your registration renews.',
  NONE: 'The partnership’s yearly target applies.',
};

const RegistrationButton = () => {
  const [open, setOpen] = useState(false);
  const save = useAction(
    (_, values: { regulator: Regulator; number?: string; renewalOn?: string }) =>
      saveRegistration({
        regulator: values.regulator,
        number: values.number || null,
        renewalOn: values.renewalOn || null,
      }),
    { success: () => 'Your registration is saved.', failure: 'The registration was not saved.' },
    () => setOpen(false),
  );
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        Add or change registration
      </Button>
      {open && (
        <FormDialog<{ regulator: Regulator; number?: string; renewalOn?: string }>
          open
          onClose={() => setOpen(false)}
          title="Professional registration"
          record={{ regulator: 'SWE' }}
          saving={save.isPending}
          onSubmit={(values) => save.mutate(values)}
        >
          <SelectInput source="regulator" label="Regulator" choices={choices(REGULATOR_LABELS)} validate={required()} />
          <FormDataConsumer<{ regulator: Regulator }>>
            {({ formData }) => (
              <>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {HINTS[formData.regulator] ?? ''}
                </Typography>
                {formData.regulator !== 'NONE' && (
                  <TextInput source="number" label="Registration number" validate={[required(), maxLength(20)]} />
                )}
                {(formData.regulator === 'NMC' || formData.regulator === 'HCPC') && (
                  <DateInput
                    source="renewalOn"
                    label={formData.regulator === 'NMC' ? 'Revalidation date' : 'Renewal date'}
                    validate={required()}
                  />
                )}
              </>
            )}
          </FormDataConsumer>
        </FormDialog>
      )}
    </>
  );
};

const RemoveButton = ({ registration }: { registration: Registration }) => {
  const remove = useAction((_, id: string) => removeRegistration(id), {
    success: () => 'The registration is removed.',
    failure: 'The registration was not removed.',
  });
  return (
    <Button size="small" color="error" onClick={() => remove.mutate(registration.id)} disabled={remove.isPending}>
      Remove
    </Button>
  );
};

/** The person's registrations with their regulators; they decide which rules measure the log. */
export const Registrations = () => {
  const progress = useMyProgress();
  const registrations = progress.data?.myProfessionalRegistrations ?? [];
  return (
    <Section id="cpd-registrations-heading" title="My registrations" actions={<RegistrationButton />}>
      {registrations.length === 0 ? (
        <EmptyState
          title="No professional registration"
          text="Social workers, nurses, health visitors, midwives and allied health professionals: add your registration to see your regulator’s rules. Otherwise the partnership’s target applies."
        />
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby="cpd-registrations-heading">
            <TableHead>
              <TableRow>
                <TableCell>Regulator</TableCell>
                <TableCell>Number</TableCell>
                <TableCell>Renewal or revalidation</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {registrations.map((r) => (
                <TableRow key={r.id}>
                  <TableCell component="th" scope="row">
                    {REGULATOR_LABELS[r.regulator]}
                  </TableCell>
                  <TableCell>{r.number ?? '—'}</TableCell>
                  <TableCell>
                    {r.renewalOn ? formatDate(r.renewalOn) : r.regulator === 'SWE' ? '30 November each year' : '—'}
                  </TableCell>
                  <TableCell align="right">
                    <RemoveButton registration={r} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
};

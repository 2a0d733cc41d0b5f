import TuneIcon from '@mui/icons-material/Tune';
import { Button, TableCell, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import {
  ArrayInput,
  DateTimeInput,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  minValue,
  required,
  useGetMany,
  type Validator,
} from 'react-admin';
import { ORGANISATION_KIND_SHORT, ORGANISATION_KINDS } from '../../workforce/choices';
import { formatDateTime } from '../../workforce/dates';
import { OrganisationPicker } from '../../workforce/inputs';
import type { Organisation } from '../../workforce/types';
import { FormDialog, Section, usePermission } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { wholeNumber } from '../../workforce/validation';
import { setSessionQuotas, type QuotaInput } from '../api';
import type { SessionQuota, TrainingSession } from '../types';
import { LabelledTable } from '../ui';
import { instant, sibling } from './formValues';

/** A quota is for one organisation or one kind of organisation, never both. */
const oneHolder: Validator = (kind: unknown, values: Record<string, unknown>, props?: { finalSource?: string }) => {
  const organisationId = sibling(values, props, 'organisationId');
  if (organisationId && kind) return 'Choose an organisation or a kind of organisation, not both.';
  return organisationId || kind ? undefined : 'Choose an organisation or a kind of organisation.';
};

const beforeStart =
  (startsAt: string): Validator =>
  (value: unknown) =>
    typeof value === 'string' && value > startsAt ? 'Release reserved places before the session starts.' : undefined;

/**
 * Places held back for an organisation or a kind of organisation (20% for VCFSE) until a release
 * date, after which unused ones join the open pool. Saving replaces them all.
 */
export const Quotas = ({ session }: { session: TrainingSession }) => {
  const canPlan = usePermission('training.write') === true;
  const [editing, setEditing] = useState(false);
  const { data: organisations } = useGetMany<Organisation>('Organisation', {
    ids: session.quotas.flatMap((q) => (q.organisationId ? [q.organisationId] : [])),
  });
  const save = useAction(
    (_, { quotas }: { quotas: QuotaInput[] }) =>
      setSessionQuotas(
        session.id,
        quotas.map((q) => ({
          organisationId: q.organisationId || null,
          organisationKind: q.organisationKind || null,
          seats: q.seats,
          releaseAt: q.releaseAt,
        })),
      ),
    { success: () => 'Reserved places saved.', failure: 'The reserved places were not saved.' },
    () => setEditing(false),
  );
  const holder = (quota: SessionQuota) =>
    quota.organisationKind
      ? `${ORGANISATION_KIND_SHORT[quota.organisationKind]} organisations`
      : (organisations?.find((o) => o.id === quota.organisationId)?.name ?? 'One organisation');
  const editable = canPlan && (session.status === 'DRAFT' || session.status === 'PUBLISHED');
  return (
    <Section
      id="session-quotas-heading"
      title="Reserved places"
      actions={
        editable && (
          <Button variant="outlined" size="small" startIcon={<TuneIcon />} onClick={() => setEditing(true)}>
            Change reserved places
          </Button>
        )
      }
    >
      {session.quotas.length === 0 ? (
        <Typography color="text.secondary">No places are reserved: every place is open to anyone eligible.</Typography>
      ) : (
        <LabelledTable
          labelledBy="session-quotas-heading"
          head={
            <>
              <TableCell>Reserved for</TableCell>
              <TableCell align="right">Places</TableCell>
              <TableCell>Released to everyone</TableCell>
            </>
          }
        >
          {session.quotas.map((quota) => (
            <TableRow key={quota.id}>
              <TableCell component="th" scope="row">
                {holder(quota)}
              </TableCell>
              <TableCell align="right">{quota.seats}</TableCell>
              <TableCell>{formatDateTime(quota.releaseAt)}</TableCell>
            </TableRow>
          ))}
        </LabelledTable>
      )}
      {editing && (
        <FormDialog<{ quotas: QuotaInput[] }>
          open
          onClose={() => setEditing(false)}
          title="Reserved places"
          description={
            <Typography>
              Hold places for one organisation or a kind of organisation until a date; unused ones then join the open
              pool. Reserved places come out of the session’s {session.capacity}. Once anyone holds a reserved place
              they can no longer change.
            </Typography>
          }
          record={{ quotas: session.quotas }}
          saving={save.isPending}
          submitLabel="Save reserved places"
          onSubmit={(values) => save.mutate({ quotas: values.quotas ?? [] })}
        >
          <ArrayInput source="quotas" label={false}>
            <SimpleFormIterator disableReordering>
              <OrganisationPicker source="organisationId" label="Organisation" />
              <SelectInput
                source="organisationKind"
                label="Or every organisation of a kind"
                choices={ORGANISATION_KINDS}
                emptyText="None"
                validate={oneHolder}
              />
              <NumberInput source="seats" label="Places" validate={[required(), wholeNumber, minValue(1)]} step={1} />
              <DateTimeInput
                source="releaseAt"
                label="Release unused places on"
                parse={instant}
                validate={[required(), beforeStart(session.startsAt)]}
              />
            </SimpleFormIterator>
          </ArrayInput>
        </FormDialog>
      )}
    </Section>
  );
};

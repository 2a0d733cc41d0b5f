import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { Button, Chip, TableCell, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  TextInput,
  maxLength,
  minValue,
  required,
  useNotify,
} from 'react-admin';
import { downloadFile } from '../../imports/peopleImportApi';
import { formatDate } from '../../workforce/dates';
import { EmptyState, FormDialog, Section } from '../../workforce/ui';
import { ERROR_NOTIFICATION, useAction } from '../../workforce/useAction';
import { notBefore, notInFuture, requiredText } from '../../workforce/validation';
import { recordExternalTraining, useMyRecords, type ExternalTrainingValues } from '../api';
import { RECORD_SOURCE_LABELS, VALIDATION_LABELS } from '../labels';
import type { TrainingRecord } from '../types';
import { LoadError, Loading, LabelledTable, HiddenHeading } from '../ui';

/** The PDF is served to signed-in users only, so it is fetched with the user's token. */
const CertificateButton = ({ record }: { record: TrainingRecord }) => {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    downloadFile(`/certificates/${record.certificateCode}.pdf`, `certificate-${record.certificateCode}.pdf`)
      .catch((error: Error) => notify(`The certificate was not downloaded. ${error.message}`, ERROR_NOTIFICATION))
      .finally(() => setBusy(false));
  };
  return (
    <Button
      size="small"
      startIcon={<DownloadIcon />}
      onClick={download}
      disabled={busy}
      aria-label={`Download the certificate for ${record.title}`}
    >
      {busy ? 'Downloading…' : 'Certificate'}
    </Button>
  );
};

const status = (record: TrainingRecord) => {
  if (record.revokedAt) return <Chip size="small" variant="outlined" color="error" label="Revoked" />;
  const colour = record.validation === 'VALIDATED' ? 'success' : record.validation === 'PENDING' ? 'warning' : 'error';
  return <Chip size="small" variant="outlined" color={colour} label={VALIDATION_LABELS[record.validation]} />;
};

const expiry = (record: TrainingRecord) => {
  if (!record.expiresOn) return 'Does not expire';
  const expired = record.expiresOn < new Date().toISOString().slice(0, 10);
  return `${expired ? 'Expired' : 'Until'} ${formatDate(record.expiresOn)}`;
};

/** Training done elsewhere, with evidence, for the learner's manager to validate. */
const RecordElsewhereButton = () => {
  const [open, setOpen] = useState(false);
  const save = useAction(
    (_, values: ExternalTrainingValues) =>
      recordExternalTraining({
        ...values,
        expiresOn: values.expiresOn || null,
        courseId: values.courseId || null,
      }),
    {
      success: (record) => `${record.title} is recorded and has gone to your manager to validate.`,
      failure: 'The training was not recorded.',
    },
    () => setOpen(false),
  );
  return (
    <>
      <Button variant="outlined" size="small" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        Record training done elsewhere
      </Button>
      {open && (
        <FormDialog<ExternalTrainingValues>
          open
          onClose={() => setOpen(false)}
          title="Record training done elsewhere"
          description={
            <Typography>
              Add a course you completed outside Kindred. It counts, and you get a certificate, once your manager
              validates it against your evidence.
            </Typography>
          }
          record={{ cpdMinutes: 0 }}
          saving={save.isPending}
          submitLabel="Send for validation"
          onSubmit={(values) => save.mutate(values)}
        >
          <TextInput
            source="title"
            label="Training"
            validate={requiredText(200)}
            helperText="As on your certificate."
          />
          <ReferenceInput source="courseId" reference="Course" sort={{ field: 'title', order: 'ASC' }}>
            <AutocompleteInput
              label="Matching course in the catalogue (optional)"
              optionText="title"
              helperText="If it is the same as one of ours, it grants that course’s levels."
            />
          </ReferenceInput>
          <DateInput source="completedOn" label="Completed on" validate={[required(), notInFuture]} />
          <DateInput
            source="expiresOn"
            label="Expires on (optional)"
            validate={notBefore('completedOn', 'completion date')}
            helperText="Left empty, the matching course’s validity sets it."
          />
          <NumberInput
            source="cpdMinutes"
            label="CPD time (minutes)"
            validate={[required(), minValue(0)]}
            step={15}
            sx={{ maxWidth: 240 }}
          />
          <TextInput
            source="evidence"
            label="Evidence"
            multiline
            minRows={2}
            validate={[required('Add a certificate reference or link your manager can check.'), maxLength(4000)]}
            helperText="A certificate number, a link, or what your manager can check."
          />
        </FormDialog>
      )}
    </>
  );
};

/** Everything on the learner's training record, pending and revoked included, with certificates. */
export const MyRecords = () => {
  const records = useMyRecords();
  return (
    <Section id="my-records-heading" title="My training records" actions={<RecordElsewhereButton />}>
      {records.error ? (
        <LoadError what="Your records" error={records.error} />
      ) : records.isPending ? (
        <Loading label="Loading your records" />
      ) : records.data.length === 0 ? (
        <EmptyState
          title="No training records yet"
          text="When you complete a session, or your manager validates training you did elsewhere, it is recorded here with a certificate."
        />
      ) : (
        <LabelledTable
          labelledBy="my-records-heading"
          head={
            <>
              <TableCell>Training</TableCell>
              <TableCell>Completed</TableCell>
              <TableCell>Valid</TableCell>
              <TableCell>From</TableCell>
              <TableCell>Status</TableCell>
              <HiddenHeading label="Certificate" />
            </>
          }
        >
          {records.data.map((record) => (
            <TableRow key={record.id}>
              <TableCell component="th" scope="row">
                {record.title}
              </TableCell>
              <TableCell>{formatDate(record.completedOn)}</TableCell>
              <TableCell>{expiry(record)}</TableCell>
              <TableCell>{RECORD_SOURCE_LABELS[record.source]}</TableCell>
              <TableCell>{status(record)}</TableCell>
              <TableCell align="right">
                {record.counts && record.certificateCode && <CertificateButton record={record} />}
              </TableCell>
            </TableRow>
          ))}
        </LabelledTable>
      )}
    </Section>
  );
};

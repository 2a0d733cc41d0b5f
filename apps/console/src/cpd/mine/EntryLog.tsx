import AddIcon from '@mui/icons-material/Add';
import AttachFileIcon from '@mui/icons-material/AttachFileOutlined';
import CloseIcon from '@mui/icons-material/Close';
import {
  Box,
  Button,
  Chip,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TablePagination,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  ArrayInput,
  BooleanInput,
  DateInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
} from 'react-admin';
import { useNotify } from 'react-admin';
import { downloadFile } from '../../imports/peopleImportApi';
import { formatDate } from '../../workforce/dates';
import { EmptyState, FormDialog, Section } from '../../workforce/ui';
import { ERROR_NOTIFICATION, useAction } from '../../workforce/useAction';
import { notInFuture, requiredText } from '../../workforce/validation';
import { LoadError, Loading } from '../../training/ui';
import {
  createEntry,
  deleteEntry,
  removeEvidence,
  updateEntry,
  uploadEvidence,
  useMyEntries,
  type EntryValues,
} from '../api';
import { CPD_TYPE_LABELS, choices } from '../labels';
import type { CpdEntry } from '../types';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx';

interface FormValues extends Omit<EntryValues, 'competencies'> {
  competencies?: { name: string }[];
  withPeer?: boolean;
}

const formValues = (entry: CpdEntry): FormValues => ({
  date: entry.date,
  title: entry.title,
  type: entry.type,
  hours: entry.hours,
  participatory: entry.participatory,
  learned: entry.learned,
  practiceChange: entry.practiceChange,
  competencies: entry.competencies.map((name) => ({ name })),
  withPeer: entry.peerReflection !== null,
  peerReflection: entry.peerReflection,
});

/**
 * Adds an entry, or changes one, then sends the evidence files chosen; a refused file leaves the
 * entry without it and says why.
 */
const EntryDialogButton = ({ entry }: { entry?: CpdEntry }) => {
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const save = useAction(
    async (_, values: FormValues) => {
      const { withPeer, competencies, peerReflection, ...rest } = values;
      // Only the input's own fields: what came from the API also carries __typename.
      const input: EntryValues = {
        date: rest.date,
        title: rest.title,
        type: rest.type,
        hours: rest.hours,
        participatory: rest.participatory,
        learned: rest.learned || null,
        practiceChange: rest.practiceChange || null,
        competencies: (competencies ?? []).map((c) => c.name).filter(Boolean),
        peerReflection:
          withPeer && peerReflection
            ? { withWhom: peerReflection.withWhom, on: peerReflection.on, summary: peerReflection.summary }
            : null,
      };
      const saved = entry ? await updateEntry(entry.id, input) : await createEntry(input);
      for (const file of files) {
        await uploadEvidence(saved.id, file).catch((error: Error) => {
          throw new Error(`${saved.title} is in your log, but ${file.name} was not attached: ${error.message}`);
        });
      }
      return saved;
    },
    {
      success: (saved) => `${saved.title} is in your log.`,
      failure: 'The entry was not saved in full.',
    },
    () => {
      setOpen(false);
      setFiles([]);
    },
  );
  return (
    <>
      {entry ? (
        <Button size="small" onClick={() => setOpen(true)} aria-label={`Edit ${entry.title}`}>
          Edit
        </Button>
      ) : (
        <Button variant="contained" size="small" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
          Add CPD
        </Button>
      )}
      {open && (
        <FormDialog<FormValues>
          open
          onClose={() => setOpen(false)}
          title={entry ? `Edit ${entry.title}` : 'Add CPD'}
          record={entry ? formValues(entry) : { hours: 1, participatory: false, type: 'COURSE', withPeer: false }}
          saving={save.isPending}
          submitLabel={entry ? 'Save' : 'Add to my log'}
          onSubmit={(values) => save.mutate(values)}
        >
          <TextInput source="title" label="Title" validate={requiredText(200)} />
          <DateInput source="date" label="Date" validate={[required(), notInFuture]} />
          <SelectInput source="type" label="Type" choices={choices(CPD_TYPE_LABELS)} validate={required()} />
          <NumberInput
            source="hours"
            label="Hours"
            step={0.25}
            validate={[
              required(),
              minValue(0.25, 'At least a quarter of an hour.'),
              maxValue(150, 'At most 150 hours in one entry.'),
            ]}
            sx={{ maxWidth: 200 }}
          />
          <BooleanInput source="participatory" label="Participatory (learning with others)" />
          <TextInput source="learned" label="What I learned" multiline minRows={2} validate={maxLength(8000)} />
          <TextInput
            source="practiceChange"
            label="How it changed my practice"
            multiline
            minRows={2}
            validate={maxLength(8000)}
          />
          <ArrayInput source="competencies" label="Competencies">
            <SimpleFormIterator inline disableReordering>
              <TextInput source="name" label="Competency" validate={maxLength(200)} helperText={false} />
            </SimpleFormIterator>
          </ArrayInput>
          <BooleanInput source="withPeer" label="I reflected on this with a peer (Social Work England)" />
          <FormDataConsumer<FormValues>>
            {({ formData }) =>
              formData.withPeer && (
                <>
                  <TextInput
                    source="peerReflection.withWhom"
                    label="Peer reflection with"
                    validate={requiredText(200)}
                  />
                  <DateInput
                    source="peerReflection.on"
                    label="Peer reflection date"
                    validate={[required(), notInFuture]}
                  />
                  <TextInput
                    source="peerReflection.summary"
                    label="Peer reflection summary"
                    multiline
                    validate={requiredText(4000)}
                  />
                </>
              )
            }
          </FormDataConsumer>
          <Box sx={{ mt: 1 }}>
            <Typography component="label" htmlFor="cpd-evidence" variant="body2" sx={{ display: 'block', mb: 0.5 }}>
              Evidence files (PDF, images, Office documents; up to 5 MB each)
            </Typography>
            <input
              id="cpd-evidence"
              type="file"
              multiple
              accept={ACCEPT}
              onChange={(event) => setFiles([...(event.target.files ?? [])])}
            />
          </Box>
        </FormDialog>
      )}
    </>
  );
};

/** Evidence is served to its owner only, so it is fetched with the user's token. */
const EvidenceLink = ({ id, fileName }: { id: string; fileName: string }) => {
  const notify = useNotify();
  const remove = useAction((_, evidenceId: string) => removeEvidence(evidenceId), {
    success: () => `${fileName} is removed.`,
    failure: `${fileName} was not removed.`,
  });
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center' }}>
      <Button
        size="small"
        startIcon={<AttachFileIcon />}
        sx={{ textTransform: 'none' }}
        onClick={() =>
          downloadFile(`/cpd/evidence/${id}`, fileName).catch((error: Error) =>
            notify(`${fileName} was not downloaded. ${error.message}`, ERROR_NOTIFICATION),
          )
        }
      >
        {fileName}
      </Button>
      <IconButton
        size="small"
        aria-label={`Remove ${fileName}`}
        disabled={remove.isPending}
        onClick={() => remove.mutate(id)}
      >
        <CloseIcon fontSize="small" />
      </IconButton>
    </Box>
  );
};

const DeleteEntryButton = ({ entry }: { entry: CpdEntry }) => {
  const remove = useAction((_, id: string) => deleteEntry(id), {
    success: () => `${entry.title} is removed from your log.`,
    failure: 'The entry was not removed.',
  });
  return (
    <Button
      size="small"
      color="error"
      onClick={() => remove.mutate(entry.id)}
      disabled={remove.isPending}
      aria-label={`Remove ${entry.title}`}
    >
      Remove
    </Button>
  );
};

/** The person's CPD log, newest first, with its evidence. */
export const EntryLog = () => {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const entries = useMyEntries(page + 1, perPage);
  return (
    <Section id="cpd-log-heading" title="My CPD log" actions={<EntryDialogButton />}>
      {entries.error ? (
        <LoadError what="Your log" error={entries.error} />
      ) : entries.isPending ? (
        <Loading label="Loading your log" />
      ) : entries.data.totalCount === 0 ? (
        <EmptyState
          title="No CPD recorded yet"
          text="Add what you have learned: courses, reading, shadowing, supervision. Training you attend is added for you."
        />
      ) : (
        <>
          <TableContainer>
            <Table size="small" aria-labelledby="cpd-log-heading">
              <TableHead>
                <TableRow>
                  <TableCell>Title</TableCell>
                  <TableCell>Date</TableCell>
                  <TableCell>Type</TableCell>
                  <TableCell align="right">Hours</TableCell>
                  <TableCell>Evidence</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {entries.data.nodes.map((entry) => (
                  <TableRow key={entry.id}>
                    <TableCell component="th" scope="row">
                      {entry.title}
                      {entry.peerReflection && (
                        <Chip size="small" variant="outlined" label="Peer reflection" sx={{ ml: 1 }} />
                      )}
                      {entry.source === 'TRAINING' && (
                        <Chip size="small" variant="outlined" label="From training" sx={{ ml: 1 }} />
                      )}
                    </TableCell>
                    <TableCell>{formatDate(entry.date)}</TableCell>
                    <TableCell>{CPD_TYPE_LABELS[entry.type]}</TableCell>
                    <TableCell align="right">
                      {entry.hours}
                      {entry.participatory ? ' (participatory)' : ''}
                    </TableCell>
                    <TableCell>
                      {entry.evidence.length === 0
                        ? '—'
                        : entry.evidence.map((file) => (
                            <EvidenceLink key={file.id} id={file.id} fileName={file.fileName} />
                          ))}
                    </TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <EntryDialogButton entry={entry} />
                      {entry.source === 'MANUAL' && <DeleteEntryButton entry={entry} />}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePagination
            component="div"
            count={entries.data.totalCount}
            page={page}
            rowsPerPage={perPage}
            onPageChange={(_, next) => setPage(next)}
            onRowsPerPageChange={(event) => {
              setPerPage(Number(event.target.value));
              setPage(0);
            }}
          />
        </>
      )}
    </Section>
  );
};

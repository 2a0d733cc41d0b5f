import AddIcon from '@mui/icons-material/Add';
import { Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { CheckboxGroupInput, DateInput, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { formatDate } from '../../workforce/dates';
import { FormDialog, Section } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { notInFuture, requiredText } from '../../workforce/validation';
import { LoadError, Loading } from '../../training/ui';
import { recordFeedback, recordSignOff, removeRevalidationRecord, useMyRevalidation, writeAccount } from '../api';
import { CODE_THEME_LABELS, SIGN_OFF_LABELS, choices } from '../labels';

/** A button opening a small form that records one item of the pack. */
const AddButton = ({
  label,
  title,
  done,
  save,
  record,
  children,
}: {
  label: string;
  title: string;
  done: string;
  save: (values: Record<string, unknown>) => Promise<unknown>;
  record?: Record<string, unknown>;
  children: ReactNode;
}) => {
  const [open, setOpen] = useState(false);
  const action = useAction(
    (_, values: Record<string, unknown>) => save(values),
    { success: () => done, failure: `${title} was not saved.` },
    () => setOpen(false),
  );
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && (
        <FormDialog
          open
          onClose={() => setOpen(false)}
          title={title}
          record={record}
          saving={action.isPending}
          onSubmit={(values) => action.mutate(values)}
        >
          {children}
        </FormDialog>
      )}
    </>
  );
};

const Items = ({
  label,
  empty,
  kind,
  items,
}: {
  label: string;
  empty: string;
  kind: Parameters<typeof removeRevalidationRecord>[0];
  items: { id: string; primary: string; secondary: string }[];
}) => {
  const remove = useAction((_, id: string) => removeRevalidationRecord(kind, id), {
    success: () => 'It is removed.',
    failure: 'It was not removed.',
  });
  return items.length === 0 ? (
    <Typography color="text.secondary">{empty}</Typography>
  ) : (
    <List dense aria-label={label}>
      {items.map((item) => (
        <ListItem
          key={item.id}
          disableGutters
          secondaryAction={
            <Button
              size="small"
              color="error"
              disabled={remove.isPending}
              onClick={() => remove.mutate(item.id)}
              aria-label={`Remove ${item.primary}`}
            >
              Remove
            </Button>
          }
        >
          <ListItemText primary={item.primary} secondary={item.secondary} />
        </ListItem>
      ))}
    </List>
  );
};

/** NMC revalidation: practice-related feedback, reflective accounts on the NMC form, discussion and confirmation. */
export const Revalidation = () => {
  const data = useMyRevalidation(true);
  return (
    <Section
      id="cpd-revalidation-heading"
      title="NMC revalidation"
      actions={
        <>
          <AddButton
            label="Feedback"
            title="Practice-related feedback"
            done="The feedback is recorded."
            save={recordFeedback}
          >
            <DateInput source="receivedOn" label="Received on" validate={[required(), notInFuture]} />
            <TextInput source="source" label="From (a family, a colleague, an audit…)" validate={requiredText(200)} />
            <TextInput source="summary" label="What it said" multiline validate={requiredText(4000)} />
            <TextInput source="howUsed" label="How I used it" multiline validate={maxLength(4000)} />
          </AddButton>
          <AddButton
            label="Reflective account"
            title="Reflective account"
            done="The reflective account is saved."
            save={writeAccount}
          >
            <DateInput source="writtenOn" label="Written on" validate={[required(), notInFuture]} />
            <TextInput
              source="nature"
              label="What was the nature of the CPD activity or feedback?"
              multiline
              validate={requiredText(8000)}
            />
            <TextInput source="learned" label="What did you learn from it?" multiline validate={requiredText(8000)} />
            <TextInput
              source="practiceChange"
              label="How did you change or improve your practice as a result?"
              multiline
              validate={requiredText(8000)}
            />
            <CheckboxGroupInput
              source="codeThemes"
              label="Themes of the Code"
              choices={choices(CODE_THEME_LABELS)}
              validate={required()}
            />
            <TextInput
              source="codeRelevance"
              label="How is this relevant to the Code?"
              multiline
              validate={requiredText(8000)}
            />
          </AddButton>
          <AddButton
            label="Discussion or confirmation"
            title="Reflective discussion or confirmation"
            done="It is recorded."
            save={recordSignOff}
            record={{ kind: 'REFLECTIVE_DISCUSSION' }}
          >
            <SelectInput source="kind" label="What" choices={choices(SIGN_OFF_LABELS)} validate={required()} />
            <DateInput source="on" label="Date" validate={[required(), notInFuture]} />
            <TextInput source="partnerName" label="With (name)" validate={requiredText(200)} />
            <TextInput
              source="partnerPin"
              label="Their NMC PIN"
              helperText="Required for a reflective discussion."
              validate={maxLength(12)}
            />
            <TextInput source="notes" label="Notes" multiline validate={maxLength(4000)} />
          </AddButton>
        </>
      }
    >
      {data.error ? (
        <LoadError what="Your revalidation records" error={data.error} />
      ) : data.isPending ? (
        <Loading label="Loading your revalidation records" />
      ) : (
        <Stack spacing={2}>
          <Typography component="h3" variant="subtitle1">
            Practice-related feedback
          </Typography>
          <Items
            label="Practice-related feedback"
            kind="feedback"
            empty="None recorded yet: the NMC asks for 5 pieces."
            items={data.data.myPracticeFeedback.map((f) => ({
              id: f.id,
              primary: `${formatDate(f.receivedOn)}, from ${f.source}`,
              secondary: f.summary,
            }))}
          />
          <Typography component="h3" variant="subtitle1">
            Reflective accounts
          </Typography>
          <Items
            label="Reflective accounts"
            kind="account"
            empty="None written yet: the NMC asks for 5."
            items={data.data.myReflectiveAccounts.map((a) => ({
              id: a.id,
              primary: `${formatDate(a.writtenOn)}: ${a.nature}`,
              secondary: a.learned,
            }))}
          />
          <Typography component="h3" variant="subtitle1">
            Reflective discussion and confirmation
          </Typography>
          <Items
            label="Reflective discussion and confirmation"
            kind="signOff"
            empty="Neither recorded yet."
            items={data.data.myRevalidationSignOffs.map((s) => ({
              id: s.id,
              primary: `${SIGN_OFF_LABELS[s.kind]}, ${formatDate(s.on)}`,
              secondary: s.partnerPin ? `${s.partnerName} (NMC PIN ${s.partnerPin})` : s.partnerName,
            }))}
          />
        </Stack>
      )}
    </Section>
  );
};

import {
  Alert,
  Box,
  Button,
  Chip,
  IconButton,
  MenuItem,
  Stack,
  TableCell,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Fragment, useState } from 'react';
import { Confirm, Title, usePermissions } from 'react-admin';
import { HiddenHeading, LabelledTable, LoadError, Loading } from '../../training/ui';
import { formatDate, today } from '../../workforce/dates';
import { MeasurePicker, OneOf, ProgressBar, usePlanChoices, useRun } from '../plan';
import type { Choices } from '../plan/types';
import {
  addStep,
  createPathway,
  deletePathway,
  enrol,
  movePathway,
  moveStep,
  recordQualification,
  removeStep,
  setEnrolmentStatus,
  updatePathway,
  useEnrolments,
  usePathways,
  usePathwaysInUse,
} from './api';
import type { Pathway, PathwayFields, StepFields, StepKind } from './types';
import { PATHWAY_STATUS_LABELS, StepProgressList } from './ui';

const useAction = () => useRun(['pathways', 'pathwayEnrolments', 'pathwaysInUse', 'myPathwayEnrolments']);
type Run = ReturnType<typeof useAction>['run'];

/** A destructive change waiting for the user to confirm it. */
interface Pending {
  title: string;
  content: string;
  confirm: string;
  action: () => Promise<unknown>;
}
type AskFirst = (pending: Pending) => void;

const STEP_KINDS: Record<StepKind, string> = {
  COURSE: 'Complete a course (and keep it in date)',
  COMPETENCY: 'Hold a competency at a level',
  SUPERVISION: 'Supervision within its agreed frequency',
  QUALIFICATION: 'Attain a qualification',
};

const PathwayForm = ({
  initial,
  choices,
  submitLabel,
  onSubmit,
}: {
  initial: PathwayFields;
  choices: Choices;
  submitLabel: string;
  onSubmit: (fields: PathwayFields) => Promise<boolean>;
}) => {
  const [fields, setFields] = useState(initial);
  const set = (patch: Partial<PathwayFields>) => setFields((f) => ({ ...f, ...patch }));
  return (
    <Stack
      component="form"
      spacing={2}
      sx={{ my: 2 }}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(fields).then((done) => done && setFields(initial));
      }}
    >
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          label="Pathway name"
          value={fields.name}
          onChange={(e) => set({ name: e.target.value })}
          required
          sx={{ minWidth: 360 }}
        />
        <OneOf
          label="From role"
          options={choices.roleProfiles}
          value={fields.fromRoleProfileId || null}
          onChange={(id) => set({ fromRoleProfileId: id ?? '' })}
          required
        />
        <OneOf
          label="To role"
          options={choices.roleProfiles}
          value={fields.toRoleProfileId || null}
          onChange={(id) => set({ toRoleProfileId: id ?? '' })}
          required
        />
      </Stack>
      <TextField
        label="Description"
        value={fields.description}
        onChange={(e) => set({ description: e.target.value })}
        multiline
        minRows={2}
      />
      <Box>
        <Button type="submit" variant="contained">
          {submitLabel}
        </Button>
      </Box>
    </Stack>
  );
};

const emptyStep = (): StepFields => ({
  kind: 'COURSE',
  courseId: null,
  competencyId: null,
  level: null,
  qualification: null,
  note: '',
});

const StepForm = ({ pathwayId, choices, run }: { pathwayId: string; choices: Choices; run: Run }) => {
  const [fields, setFields] = useState(emptyStep);
  const set = (patch: Partial<StepFields>) => setFields((f) => ({ ...f, ...patch }));
  const kind = fields.kind;
  return (
    <Stack
      component="form"
      aria-labelledby="new-step"
      spacing={2}
      sx={{ my: 2 }}
      onSubmit={(e) => {
        e.preventDefault();
        // Only the fields of the chosen kind go to the API; the others may hold an earlier choice.
        void run(() =>
          addStep(pathwayId, {
            kind,
            courseId: kind === 'COURSE' ? fields.courseId : null,
            competencyId: kind === 'COMPETENCY' ? fields.competencyId : null,
            level: kind === 'COMPETENCY' ? fields.level : null,
            qualification: kind === 'QUALIFICATION' ? fields.qualification : null,
            note: fields.note,
          }),
        ).then((done) => done && setFields(emptyStep()));
      }}
    >
      <Typography variant="h6" component="h4" id="new-step">
        Add a step
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <MeasurePicker
          label="Kind of step"
          kinds={STEP_KINDS}
          course="COURSE"
          competency="COMPETENCY"
          value={fields}
          onChange={set}
          choices={choices}
        />
        {kind === 'QUALIFICATION' && (
          <TextField
            label="Qualification"
            value={fields.qualification ?? ''}
            onChange={(e) => set({ qualification: e.target.value })}
            placeholder="Level 4 Children, Young People and Families Practitioner"
            required
            sx={{ minWidth: 420 }}
          />
        )}
        <TextField
          label="Note for the person (optional)"
          value={fields.note}
          onChange={(e) => set({ note: e.target.value })}
          sx={{ minWidth: 360 }}
        />
      </Stack>
      <Box>
        <Button type="submit" variant="contained">
          Add step
        </Button>
      </Box>
    </Stack>
  );
};

const Steps = ({
  pathway,
  editable,
  run,
  askFirst,
}: {
  pathway: Pathway;
  editable: boolean;
  run: Run;
  askFirst: AskFirst;
}) => {
  const count = pathway.steps.length;
  if (count === 0) {
    return (
      <Alert severity="info" sx={{ my: 1 }}>
        No steps yet.{' '}
        {editable
          ? 'Add the first below: a course, a competency level, supervision or a qualification.'
          : 'The workforce lead adds them while the pathway is a draft.'}
      </Alert>
    );
  }
  return (
    <LabelledTable
      labelledBy="pathway-steps"
      head={
        <>
          <TableCell>Step</TableCell>
          <TableCell>What it asks</TableCell>
          <TableCell>Note</TableCell>
          {editable && <HiddenHeading label="Change" />}
        </>
      }
    >
      {pathway.steps.map((s) => (
        <TableRow key={s.id}>
          <TableCell>{s.position}</TableCell>
          <TableCell>{s.title}</TableCell>
          <TableCell>{s.note}</TableCell>
          {editable && (
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <IconButton
                aria-label={`Move step ${s.position} up`}
                disabled={s.position === 1}
                onClick={() => void run(() => moveStep(s.id, s.position - 1))}
              >
                <ArrowUpwardIcon />
              </IconButton>
              <IconButton
                aria-label={`Move step ${s.position} down`}
                disabled={s.position === count}
                onClick={() => void run(() => moveStep(s.id, s.position + 1))}
              >
                <ArrowDownwardIcon />
              </IconButton>
              <IconButton
                aria-label={`Remove step ${s.position}`}
                onClick={() =>
                  askFirst({
                    title: `Remove step ${s.position}?`,
                    content: `"${s.title}" comes off the pathway and the steps after it move up.`,
                    confirm: 'Remove step',
                    action: () => removeStep(s.id),
                  })
                }
              >
                <DeleteIcon />
              </IconButton>
            </TableCell>
          )}
        </TableRow>
      ))}
    </LabelledTable>
  );
};

const EnrolForm = ({ pathway, choices, run }: { pathway: Pathway; choices: Choices; run: Run }) => {
  const empty = { personId: null as string | null, startedOn: today(), targetOn: '' };
  const [fields, setFields] = useState(empty);
  return (
    <Stack
      component="form"
      aria-labelledby="enrol-someone"
      spacing={2}
      sx={{ my: 2 }}
      onSubmit={(e) => {
        e.preventDefault();
        void run(() =>
          enrol({
            pathwayId: pathway.id,
            personId: fields.personId ?? '',
            startedOn: fields.startedOn,
            targetOn: fields.targetOn || null,
          }),
        ).then((done) => done && setFields(empty));
      }}
    >
      <Typography variant="h6" component="h4" id="enrol-someone">
        Enrol someone
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <OneOf
          label="Person"
          options={choices.people}
          value={fields.personId}
          onChange={(id) => setFields((f) => ({ ...f, personId: id }))}
          required
        />
        <TextField
          label="Started on"
          type="date"
          value={fields.startedOn}
          onChange={(e) => setFields((f) => ({ ...f, startedOn: e.target.value }))}
          slotProps={{ inputLabel: { shrink: true } }}
          required
        />
        <TextField
          label="Aim to finish by (optional)"
          type="date"
          value={fields.targetOn}
          onChange={(e) => setFields((f) => ({ ...f, targetOn: e.target.value }))}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <Box>
        <Button type="submit" variant="contained">
          Enrol
        </Button>
      </Box>
    </Stack>
  );
};

const QualificationForm = ({
  qualifications,
  people,
  run,
}: {
  qualifications: string[];
  people: { id: string; name: string }[];
  run: Run;
}) => {
  const empty = { personId: null as string | null, qualification: qualifications[0], attainedOn: '' };
  const [fields, setFields] = useState(empty);
  return (
    <Stack
      component="form"
      aria-labelledby="record-qualification"
      spacing={2}
      sx={{ my: 2 }}
      onSubmit={(e) => {
        e.preventDefault();
        void run(() =>
          recordQualification({
            personId: fields.personId ?? '',
            qualification: fields.qualification,
            attainedOn: fields.attainedOn,
          }),
        ).then((done) => done && setFields(empty));
      }}
    >
      <Typography variant="h6" component="h4" id="record-qualification">
        Record a qualification attained
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <OneOf
          label="Who attained it"
          options={people}
          value={fields.personId}
          onChange={(id) => setFields((f) => ({ ...f, personId: id }))}
          required
        />
        <TextField
          select
          label="Qualification"
          value={fields.qualification}
          onChange={(e) => setFields((f) => ({ ...f, qualification: e.target.value }))}
          sx={{ minWidth: 360 }}
        >
          {qualifications.map((q) => (
            <MenuItem key={q} value={q}>
              {q}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Date attained"
          type="date"
          value={fields.attainedOn}
          onChange={(e) => setFields((f) => ({ ...f, attainedOn: e.target.value }))}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today() } }}
          required
        />
      </Stack>
      <Box>
        <Button type="submit" variant="outlined">
          Record qualification
        </Button>
      </Box>
    </Stack>
  );
};

const Enrolments = ({
  pathway,
  choices,
  canEnrol,
  run,
  askFirst,
}: {
  pathway: Pathway;
  choices: Choices | undefined;
  canEnrol: boolean;
  run: Run;
  askFirst: AskFirst;
}) => {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const [open, setOpen] = useState<string | null>(null);
  const enrolments = useEnrolments(pathway.id, page + 1, perPage, true);
  const qualifications = pathway.steps.filter((s) => s.kind === 'QUALIFICATION').map((s) => s.qualification!);
  const active = (enrolments.data?.nodes ?? []).filter((e) => e.status === 'ACTIVE');
  return (
    <Box component="section" aria-labelledby="pathway-people" sx={{ my: 3 }}>
      <Typography variant="h5" component="h3" id="pathway-people">
        People on this pathway
      </Typography>
      {enrolments.isPending && <Loading label="Loading the people on this pathway" />}
      {enrolments.error && <LoadError what="The people on this pathway" error={enrolments.error} />}
      {enrolments.data?.totalCount === 0 && (
        <Alert severity="info" sx={{ my: 1 }}>
          Nobody you can see is on this pathway yet.
          {canEnrol && pathway.status === 'PUBLISHED' ? ' Enrol someone below.' : ''}
        </Alert>
      )}
      {enrolments.data && enrolments.data.totalCount > 0 && (
        <>
          <LabelledTable
            labelledBy="pathway-people"
            head={
              <>
                <TableCell>Person</TableCell>
                <TableCell>Started</TableCell>
                <TableCell>Aim to finish</TableCell>
                <TableCell sx={{ minWidth: 220 }}>Progress</TableCell>
                <TableCell>Next step</TableCell>
                <HiddenHeading label="Actions" />
              </>
            }
          >
            {enrolments.data.nodes.map((e) => (
              <Fragment key={e.id}>
                <TableRow>
                  <TableCell>
                    {e.personName}
                    {e.status === 'WITHDRAWN' && <Chip size="small" label="Withdrawn" sx={{ ml: 1 }} />}
                  </TableCell>
                  <TableCell>{formatDate(e.startedOn)}</TableCell>
                  <TableCell>{e.targetOn ? formatDate(e.targetOn) : 'No date set'}</TableCell>
                  <TableCell>
                    <ProgressBar label={`${e.personName} progress`} percent={e.progress.percent} />
                    <Typography variant="body2">
                      {e.progress.done} of {e.progress.total} steps done
                    </Typography>
                  </TableCell>
                  <TableCell>{e.progress.complete ? 'Every step done' : e.progress.nextStep?.title}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      aria-expanded={open === e.id}
                      aria-label={`${open === e.id ? 'Hide' : 'Show'} steps for ${e.personName}`}
                      onClick={() => setOpen(open === e.id ? null : e.id)}
                    >
                      {open === e.id ? 'Hide steps' : 'Show steps'}
                    </Button>
                    {canEnrol && e.status === 'ACTIVE' && (
                      <Button
                        size="small"
                        color="warning"
                        onClick={() =>
                          askFirst({
                            title: `Withdraw ${e.personName} from this pathway?`,
                            content: 'Their records stay as they are; you can enrol them again later.',
                            confirm: 'Withdraw',
                            action: () => setEnrolmentStatus(e, 'WITHDRAWN'),
                          })
                        }
                      >
                        Withdraw
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
                {open === e.id && (
                  <TableRow>
                    <TableCell colSpan={6}>
                      <StepProgressList steps={e.progress.steps} label={`Steps for ${e.personName}`} />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            ))}
          </LabelledTable>
          <TablePagination
            component="div"
            count={enrolments.data.totalCount}
            page={page}
            onPageChange={(_, p) => setPage(p)}
            rowsPerPage={perPage}
            onRowsPerPageChange={(e) => {
              setPerPage(Number(e.target.value));
              setPage(0);
            }}
            rowsPerPageOptions={[10, 25, 50]}
            labelRowsPerPage="People per page"
          />
        </>
      )}
      {canEnrol && choices && pathway.status === 'PUBLISHED' && (
        <EnrolForm pathway={pathway} choices={choices} run={run} />
      )}
      {canEnrol && qualifications.length > 0 && active.length > 0 && (
        <QualificationForm
          qualifications={qualifications}
          people={active.map((e) => ({ id: e.personId, name: e.personName }))}
          run={run}
        />
      )}
    </Box>
  );
};

const PathwayView = ({
  pathway,
  choices,
  permissions,
  run,
  onDeleted,
}: {
  pathway: Pathway;
  choices: Choices | undefined;
  permissions: string[];
  run: Run;
  onDeleted: () => void;
}) => {
  const [pending, setPending] = useState<Pending | null>(null);
  const writable = permissions.includes('pathway.write');
  const draft = pathway.status === 'DRAFT';
  const details: PathwayFields = {
    name: pathway.name,
    description: pathway.description,
    fromRoleProfileId: pathway.fromRoleProfileId,
    toRoleProfileId: pathway.toRoleProfileId,
  };
  return (
    <Box component="section" aria-labelledby="pathway-heading">
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
        <Typography variant="h4" component="h2" id="pathway-heading">
          {pathway.name}
        </Typography>
        <Chip
          label={PATHWAY_STATUS_LABELS[pathway.status]}
          aria-label={`Status: ${PATHWAY_STATUS_LABELS[pathway.status]}`}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        From {pathway.fromRoleName} to {pathway.toRoleName}
      </Typography>
      {pathway.description && <Typography sx={{ my: 1 }}>{pathway.description}</Typography>}
      {writable && (
        <Stack direction="row" spacing={2} sx={{ my: 1 }}>
          {draft && (
            <Button variant="contained" onClick={() => void run(() => movePathway(pathway.id, 'PUBLISHED'))}>
              Publish the pathway
            </Button>
          )}
          {pathway.status === 'PUBLISHED' && (
            <Button
              variant="outlined"
              onClick={() =>
                setPending({
                  title: `Retire ${pathway.name}?`,
                  content: 'Nobody new can be enrolled. The people on it keep their progress and can still see it.',
                  confirm: 'Retire',
                  action: () => movePathway(pathway.id, 'RETIRED'),
                })
              }
            >
              Retire the pathway
            </Button>
          )}
          {draft && (
            <Button
              variant="outlined"
              color="error"
              onClick={() =>
                setPending({
                  title: `Delete ${pathway.name}?`,
                  content: 'The draft and its steps are deleted. This cannot be undone.',
                  confirm: 'Delete',
                  action: async () => {
                    await deletePathway(pathway.id);
                    onDeleted();
                  },
                })
              }
            >
              Delete the draft
            </Button>
          )}
        </Stack>
      )}
      {draft && (
        <Alert severity="info" sx={{ my: 1 }}>
          This pathway is a draft. Publish it when its steps are settled: people can then be enrolled, and the steps no
          longer change.
        </Alert>
      )}

      <Box component="section" aria-labelledby="pathway-steps" sx={{ my: 3 }}>
        <Typography variant="h5" component="h3" id="pathway-steps">
          Steps
        </Typography>
        <Steps pathway={pathway} editable={writable && draft} run={run} askFirst={setPending} />
        {writable && draft && choices && <StepForm pathwayId={pathway.id} choices={choices} run={run} />}
      </Box>

      {!draft && permissions.includes('pathway.progress') && (
        <Enrolments
          pathway={pathway}
          choices={choices}
          canEnrol={permissions.includes('pathway.enrol')}
          run={run}
          askFirst={setPending}
        />
      )}

      {writable && choices && pathway.status !== 'RETIRED' && (
        <Box component="section" aria-labelledby="pathway-details" sx={{ my: 3 }}>
          <Typography variant="h5" component="h3" id="pathway-details">
            Pathway details
          </Typography>
          <PathwayForm
            key={JSON.stringify(details)}
            initial={details}
            choices={choices}
            submitLabel="Save pathway details"
            onSubmit={(fields) => run(() => updatePathway(pathway.id, fields))}
          />
        </Box>
      )}
      <Confirm
        isOpen={pending !== null}
        title={pending?.title ?? ''}
        content={pending?.content ?? ''}
        confirm={pending?.confirm ?? 'Confirm'}
        onConfirm={() => {
          const action = pending?.action;
          setPending(null);
          if (action) void run(action);
        }}
        onClose={() => setPending(null)}
      />
    </Box>
  );
};

/** Per pathway: how many are on it, how many have done every step, and how far on they are on average. */
const InUse = () => {
  const use = usePathwaysInUse(true);
  if (use.isPending) return <Loading label="Loading pathways in use" />;
  if (use.error) return <LoadError what="Pathways in use" error={use.error} />;
  return (
    <Box component="section" aria-labelledby="pathways-in-use" sx={{ my: 2 }}>
      <Typography variant="h5" component="h2" id="pathways-in-use">
        Pathways in use
      </Typography>
      {use.data.length === 0 ? (
        <Typography>No pathway is published yet, so nobody is on one.</Typography>
      ) : (
        <LabelledTable
          labelledBy="pathways-in-use"
          head={
            <>
              <TableCell>Pathway</TableCell>
              <TableCell>On it</TableCell>
              <TableCell>Completed</TableCell>
              <TableCell sx={{ minWidth: 220 }}>Average progress</TableCell>
            </>
          }
        >
          {use.data.map((u) => (
            <TableRow key={u.pathwayId}>
              <TableCell>
                {u.name}
                {u.status === 'RETIRED' && ' (retired)'}
              </TableCell>
              <TableCell>{u.enrolled}</TableCell>
              <TableCell>{u.completed}</TableCell>
              <TableCell>
                <ProgressBar label={`${u.name} average progress`} percent={u.averagePercent} />
              </TableCell>
            </TableRow>
          ))}
        </LabelledTable>
      )}
    </Box>
  );
};

const emptyPathway = (): PathwayFields => ({ name: '', description: '', fromRoleProfileId: '', toRoleProfileId: '' });

/**
 * Development pathways: leads build them step by step and publish them; managers enrol their
 * people and follow their progress; the figures at the top are the evidence that pathways are used.
 */
export const PathwaysPage = () => {
  const pathways = usePathways();
  const { permissions = [] } = usePermissions<string[]>();
  const writable = permissions.includes('pathway.write');
  // People, roles, courses and competencies are needed only to write pathways or enrol people.
  const needsChoices = writable || permissions.includes('pathway.enrol');
  const choices = usePlanChoices(needsChoices);
  const { error, run } = useAction();
  const [chosen, setChosen] = useState<string | null>(null);
  if (pathways.isPending) return <Loading label="Loading pathways" />;
  if (pathways.error) return <LoadError what="Pathways" error={pathways.error} />;
  const current = pathways.data.find((p) => p.id === chosen) ?? pathways.data[0] ?? null;
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Development pathways" />
      <Typography variant="h4" component="h1">
        Development pathways
      </Typography>
      {error && (
        <Alert severity="error" role="alert" sx={{ my: 1 }}>
          {error}
        </Alert>
      )}
      {needsChoices && choices.error && <LoadError what="People, roles and courses" error={choices.error} />}
      {permissions.includes('plan.read') && <InUse />}
      {pathways.data.length === 0 ? (
        <Alert severity="info" sx={{ my: 1 }}>
          {writable
            ? 'There are no development pathways yet. Start one below: name it, and choose the role it leads from and to.'
            : 'No development pathways are on offer yet. Your workforce lead publishes them.'}
        </Alert>
      ) : (
        <TextField
          select
          label="Pathway"
          value={current?.id ?? ''}
          onChange={(e) => setChosen(e.target.value)}
          sx={{ minWidth: 420, my: 2 }}
        >
          {pathways.data.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name} ({PATHWAY_STATUS_LABELS[p.status]})
            </MenuItem>
          ))}
        </TextField>
      )}
      {current && (
        <PathwayView
          key={current.id}
          pathway={current}
          choices={needsChoices ? choices.data : undefined}
          permissions={permissions}
          run={run}
          onDeleted={() => setChosen(null)}
        />
      )}
      {writable && choices.data && (
        <Box component="section" aria-labelledby="new-pathway" sx={{ my: 3 }}>
          <Typography variant="h5" component="h2" id="new-pathway">
            Start a new pathway
          </Typography>
          <PathwayForm
            initial={emptyPathway()}
            choices={choices.data}
            submitLabel="Start the pathway"
            onSubmit={(fields) =>
              run(async () => {
                const made = await createPathway(fields);
                setChosen(made.id);
              })
            }
          />
        </Box>
      )}
    </Box>
  );
};

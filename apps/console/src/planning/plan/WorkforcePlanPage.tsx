import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Chip,
  MenuItem,
  Paper,
  Stack,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Title, usePermissions } from 'react-admin';
import { downloadFile } from '../../imports/peopleImportApi';
import { formatDate } from '../../workforce/dates';
import { LabelledTable, LoadError, Loading } from '../../training/ui';
import {
  type ActionFields,
  addAction,
  addObjective,
  createPlan,
  movePlan,
  type ObjectiveFields,
  type PlanFields,
  removeObjective,
  updateAction,
  updatePlan,
  usePlanChoices,
  useSurveyStatements,
  useWorkforcePlan,
  useWorkforcePlans,
} from './api';
import { MeasurePicker, OneOf, ProgressBar, TRAJECTORY, useRun } from './ui';
import type { ActionStatus, Choices, MeasureKind, Objective, Option, PlanStatus, WorkforcePlanDetail } from './types';

const NEXT: Record<PlanStatus, { status: PlanStatus; label: string } | null> = {
  DRAFT: { status: 'CONSULTATION', label: 'Open consultation' },
  CONSULTATION: { status: 'APPROVED', label: 'Approve the plan' },
  APPROVED: { status: 'CLOSED', label: 'Close the plan' },
  CLOSED: null,
};
const STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: 'Draft',
  CONSULTATION: 'In consultation',
  APPROVED: 'Approved',
  CLOSED: 'Closed',
};
const MEASURE_LABELS: Record<MeasureKind, string> = {
  COMPETENCY_LEVEL: 'Holds a competency at a level',
  COURSE_VALID: 'Has a course completed and in date',
  SUPERVISION_IN_FREQUENCY: 'Supervision agreement within its frequency',
  CPD_ON_TRACK: 'On track with CPD',
  SURVEY_AGREEMENT: 'Staff survey agreement',
};
const KINDS = ['LOCAL_AUTHORITY', 'HEALTH', 'EDUCATION', 'SOCIAL_CARE', 'VCFSE', 'HOUSING', 'POLICE', 'OTHER'];
const EMPLOYMENT = ['STAFF', 'VOLUNTEER', 'STUDENT', 'AGENCY', 'SECONDED'];
const words = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
const asOptions = (codes: string[]): Option[] => codes.map((id) => ({ id, name: words(id) }));

const useAction = () => useRun(['workforcePlans', 'workforcePlan']);
type Run = ReturnType<typeof useAction>['run'];

const ManyOf = ({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: Option[];
  value: string[];
  onChange: (ids: string[]) => void;
}) => (
  <Autocomplete
    multiple
    options={options}
    getOptionLabel={(o) => o.name}
    value={options.filter((o) => value.includes(o.id))}
    onChange={(_, list) => onChange(list.map((o) => o.id))}
    renderInput={(params) => <TextField {...params} label={label} />}
    sx={{ minWidth: 260 }}
  />
);

const emptyPlan = (): PlanFields => ({
  period: '',
  title: '',
  summary: '',
  startsOn: '',
  endsOn: '',
  ownerId: '',
  partnerOrganisationIds: [],
});

/** The plan's own details: new, or an edit of the chosen plan. */
const PlanForm = ({
  initial,
  choices,
  submitLabel,
  onSubmit,
}: {
  initial: PlanFields;
  choices: Choices;
  submitLabel: string;
  onSubmit: (fields: PlanFields) => Promise<boolean>;
}) => {
  const [fields, setFields] = useState(initial);
  const set = (patch: Partial<PlanFields>) => setFields((f) => ({ ...f, ...patch }));
  return (
    <Stack
      component="form"
      aria-label={submitLabel}
      spacing={2}
      sx={{ my: 2 }}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(fields);
      }}
    >
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField label="Period" value={fields.period} onChange={(e) => set({ period: e.target.value })} required />
        <TextField
          label="Title"
          value={fields.title}
          onChange={(e) => set({ title: e.target.value })}
          required
          sx={{ minWidth: 360 }}
        />
        <TextField
          label="Starts on"
          type="date"
          value={fields.startsOn}
          onChange={(e) => set({ startsOn: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          required
        />
        <TextField
          label="Ends on"
          type="date"
          value={fields.endsOn}
          onChange={(e) => set({ endsOn: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          required
        />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <OneOf
          label="Owner"
          options={choices.people}
          value={fields.ownerId || null}
          onChange={(id) => set({ ownerId: id ?? '' })}
          required
        />
        <ManyOf
          label="Partners signed up"
          options={choices.organisations}
          value={fields.partnerOrganisationIds}
          onChange={(ids) => set({ partnerOrganisationIds: ids })}
        />
      </Stack>
      <TextField
        label="Summary"
        multiline
        minRows={2}
        value={fields.summary}
        onChange={(e) => set({ summary: e.target.value })}
      />
      <Box>
        <Button type="submit" variant="contained">
          {submitLabel}
        </Button>
      </Box>
    </Stack>
  );
};

/** The share over time from the daily snapshots, against the target; drawn from the second day on. */
const ShareOverTime = ({ objective }: { objective: Objective }) => {
  const points = objective.history.map((p) => ({ ...p, label: formatDate(p.day) }));
  if (points.length < 2) return null;
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure style={{ margin: '8px 0 0' }}>
      <Typography component="figcaption" variant="body2" color="text.secondary">
        Share over time: {first.percent}% on {first.label}, {last.percent}% on {last.label}; target{' '}
        {objective.targetPercent}%
      </Typography>
      <ResponsiveContainer width="100%" height={160}>
        <LineChart data={points} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
          <Tooltip formatter={(value) => [`${String(value)}%`, 'Share']} />
          <ReferenceLine y={objective.targetPercent} stroke="#333333" strokeDasharray="4 4" />
          <Line dataKey="percent" stroke="#1f5f8b" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
};

const ObjectiveCard = ({
  objective,
  editable,
  writable,
  run,
}: {
  objective: Objective;
  editable: boolean;
  writable: boolean;
  run: Run;
}) => {
  const { progress } = objective;
  const trajectory = progress.trajectory ? TRAJECTORY[progress.trajectory] : null;
  const headingId = `objective-${objective.id}`;
  const who = objective.measureKind === 'SURVEY_AGREEMENT' ? 'respondents agree' : 'people meet it';
  return (
    <Paper variant="outlined" component="article" aria-labelledby={headingId} sx={{ p: 2, my: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6" component="h3" id={headingId}>
          {objective.title}
        </Typography>
        <Chip label={trajectory?.label ?? 'Withheld'} color={trajectory?.color ?? 'default'} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {MEASURE_LABELS[objective.measureKind]} · target {objective.targetPercent}% by {formatDate(objective.deadline)}
      </Typography>
      {progress.withheld ? (
        <Alert severity="info" sx={{ mt: 1 }}>
          Not shown: {progress.note.toLowerCase()}, so no figure or trajectory until more staff answer the survey. The
          straight line to the target stands at {progress.expectedPercent}% today.
        </Alert>
      ) : (
        <>
          <ProgressBar
            label={`${objective.title} progress`}
            percent={progress.percent}
            target={objective.targetPercent}
          />
          <Typography variant="body2">
            {progress.meeting} of {progress.population} {who}. The straight line to the target stands at{' '}
            {progress.expectedPercent}% today
            {progress.trendPer28Days !== null ? `; ${progress.trendPer28Days} points over the last 28 days` : ''}.
          </Typography>
          <ShareOverTime objective={objective} />
        </>
      )}
      {progress.byOrganisation.length === 0 ? (
        <Alert severity="info" sx={{ mt: 1 }}>
          {objective.measureKind === 'SURVEY_AGREEMENT'
            ? "Nobody in this objective's population has answered the survey's latest wave yet."
            : "Nobody with a current job matches this objective's population. Widen its filters or check job details."}
        </Alert>
      ) : (
        <>
          <Typography variant="subtitle2" component="h4" id={`${headingId}-breakdown`} sx={{ mt: 1 }}>
            By organisation
          </Typography>
          <LabelledTable
            labelledBy={`${headingId}-breakdown`}
            head={
              <>
                <TableCell>Organisation</TableCell>
                <TableCell>{objective.measureKind === 'SURVEY_AGREEMENT' ? 'Respondents' : 'People'}</TableCell>
                <TableCell>Meeting</TableCell>
                <TableCell sx={{ width: '40%' }}>Share</TableCell>
              </>
            }
          >
            {progress.byOrganisation.map((o) => (
              <TableRow key={o.organisationId}>
                <TableCell>{o.organisationName}</TableCell>
                {o.withheld ? (
                  <TableCell colSpan={3}>Not shown: {o.note.toLowerCase()}</TableCell>
                ) : (
                  <>
                    <TableCell>{o.population}</TableCell>
                    <TableCell>{o.meeting}</TableCell>
                    <TableCell>
                      <ProgressBar label={`${o.organisationName} share`} percent={o.percent} />
                    </TableCell>
                  </>
                )}
              </TableRow>
            ))}
          </LabelledTable>
        </>
      )}
      {writable && (
        <Button
          size="small"
          color="error"
          disabled={!editable}
          onClick={() => void run(() => removeObjective(objective.id))}
          sx={{ mt: 1 }}
        >
          Remove objective
        </Button>
      )}
    </Paper>
  );
};

const emptyObjective = (): ObjectiveFields => ({
  title: '',
  measure: 'COURSE_VALID',
  competencyId: null,
  level: null,
  courseId: null,
  statementId: null,
  targetPercent: 80,
  deadline: '',
  population: { organisationIds: [], organisationKinds: [], roleProfileIds: [], employmentTypes: [], siteIds: [] },
});

const ObjectiveForm = ({ planId, choices, run }: { planId: string; choices: Choices; run: Run }) => {
  const [fields, setFields] = useState(emptyObjective);
  const statements = useSurveyStatements(true);
  const set = (patch: Partial<ObjectiveFields>) => setFields((f) => ({ ...f, ...patch }));
  const population = (patch: Partial<ObjectiveFields['population']>) =>
    setFields((f) => ({ ...f, population: { ...f.population, ...patch } }));
  const measure = fields.measure as MeasureKind;
  return (
    <Stack
      component="form"
      aria-labelledby="new-objective"
      spacing={2}
      sx={{ my: 2 }}
      onSubmit={(e) => {
        e.preventDefault();
        void run(() =>
          addObjective(planId, {
            ...fields,
            competencyId: measure === 'COMPETENCY_LEVEL' ? fields.competencyId : null,
            level: measure === 'COMPETENCY_LEVEL' ? fields.level : null,
            courseId: measure === 'COURSE_VALID' ? fields.courseId : null,
            statementId: measure === 'SURVEY_AGREEMENT' ? fields.statementId : null,
          }),
        ).then((done) => done && setFields(emptyObjective()));
      }}
    >
      <Typography variant="h6" component="h3" id="new-objective">
        Add an objective
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          label="Objective title"
          value={fields.title}
          onChange={(e) => set({ title: e.target.value })}
          required
          sx={{ minWidth: 360 }}
        />
        <MeasurePicker
          label="Measure"
          kinds={MEASURE_LABELS}
          course="COURSE_VALID"
          competency="COMPETENCY_LEVEL"
          statement={{ kind: 'SURVEY_AGREEMENT', options: statements.data ?? [] }}
          value={{ ...fields, kind: measure }}
          onChange={({ kind, ...rest }) => set({ ...rest, ...(kind ? { measure: kind } : {}) })}
          choices={choices}
        />
        <TextField
          label="Target share (%)"
          type="number"
          value={fields.targetPercent}
          onChange={(e) => set({ targetPercent: Number(e.target.value) })}
          required
          slotProps={{ htmlInput: { min: 0, max: 100 } }}
        />
        <TextField
          label="Deadline"
          type="date"
          value={fields.deadline}
          onChange={(e) => set({ deadline: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          required
        />
      </Stack>
      <Typography variant="subtitle2" component="h4">
        Who it is about (everyone in a current job when left empty)
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <ManyOf
          label="Organisations"
          options={choices.organisations}
          value={fields.population.organisationIds}
          onChange={(ids) => population({ organisationIds: ids })}
        />
        <ManyOf
          label="Organisation kinds"
          options={asOptions(KINDS)}
          value={fields.population.organisationKinds}
          onChange={(ids) => population({ organisationKinds: ids })}
        />
        <ManyOf
          label="Role profiles"
          options={choices.roleProfiles}
          value={fields.population.roleProfileIds}
          onChange={(ids) => population({ roleProfileIds: ids })}
        />
        <ManyOf
          label="Employment types"
          options={asOptions(EMPLOYMENT)}
          value={fields.population.employmentTypes}
          onChange={(ids) => population({ employmentTypes: ids })}
        />
        <ManyOf
          label="Sites"
          options={choices.sites}
          value={fields.population.siteIds}
          onChange={(ids) => population({ siteIds: ids })}
        />
      </Stack>
      <Box>
        <Button type="submit" variant="contained">
          Add objective
        </Button>
      </Box>
    </Stack>
  );
};

const Actions = ({
  plan,
  choices,
  editable,
  writable,
  run,
}: {
  plan: WorkforcePlanDetail;
  choices: Choices;
  editable: boolean;
  writable: boolean;
  run: Run;
}) => {
  const empty: ActionFields = { title: '', objectiveId: null, ownerId: '', dueOn: '', status: 'OPEN' };
  const [fields, setFields] = useState(empty);
  const person = new Map(choices.people.map((p) => [p.id, p.name]));
  const objective = new Map(plan.objectives.map((o) => [o.id, o.title]));
  const objectives = plan.objectives.map((o) => ({ id: o.id, name: o.title }));
  return (
    <Box component="section" aria-labelledby="plan-actions" sx={{ my: 3 }}>
      <Typography variant="h5" component="h2" id="plan-actions">
        Actions
      </Typography>
      {plan.actions.length === 0 ? (
        <Alert severity="info" sx={{ my: 1 }}>
          No actions yet. Add what someone will do, by when, and the objective it serves.
        </Alert>
      ) : (
        <LabelledTable
          labelledBy="plan-actions"
          head={
            <>
              <TableCell>Action</TableCell>
              <TableCell>Objective</TableCell>
              <TableCell>Owner</TableCell>
              <TableCell>Due</TableCell>
              <TableCell>Status</TableCell>
            </>
          }
        >
          {plan.actions.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{a.title}</TableCell>
              <TableCell>{a.objectiveId ? objective.get(a.objectiveId) : '—'}</TableCell>
              <TableCell>{person.get(a.ownerId) ?? 'Someone who has left'}</TableCell>
              <TableCell>{formatDate(a.dueOn)}</TableCell>
              <TableCell>
                <TextField
                  select
                  size="small"
                  label="Status"
                  value={a.status}
                  disabled={!writable || !editable}
                  onChange={(e) =>
                    void run(() =>
                      updateAction(a.id, {
                        title: a.title,
                        objectiveId: a.objectiveId,
                        ownerId: a.ownerId,
                        dueOn: a.dueOn,
                        status: e.target.value as ActionStatus,
                      }),
                    )
                  }
                >
                  <MenuItem value="OPEN">Open</MenuItem>
                  <MenuItem value="DONE">Done</MenuItem>
                  <MenuItem value="DROPPED">Dropped</MenuItem>
                </TextField>
              </TableCell>
            </TableRow>
          ))}
        </LabelledTable>
      )}
      {writable && editable && (
        <Stack
          component="form"
          aria-label="Add an action"
          direction="row"
          spacing={2}
          useFlexGap
          sx={{ my: 2, flexWrap: 'wrap' }}
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => addAction(plan.id, fields)).then((done) => done && setFields(empty));
          }}
        >
          <TextField
            label="Action"
            value={fields.title}
            onChange={(e) => setFields({ ...fields, title: e.target.value })}
            required
            sx={{ minWidth: 300 }}
          />
          <OneOf
            label="Objective it serves"
            options={objectives}
            value={fields.objectiveId}
            onChange={(id) => setFields({ ...fields, objectiveId: id })}
          />
          <OneOf
            label="Action owner"
            options={choices.people}
            value={fields.ownerId || null}
            onChange={(id) => setFields({ ...fields, ownerId: id ?? '' })}
            required
          />
          <TextField
            label="Due on"
            type="date"
            value={fields.dueOn}
            onChange={(e) => setFields({ ...fields, dueOn: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
            required
          />
          <Button type="submit" variant="outlined">
            Add action
          </Button>
        </Stack>
      )}
    </Box>
  );
};

const PlanView = ({ id, choices, writable, run }: { id: string; choices: Choices; writable: boolean; run: Run }) => {
  const plan = useWorkforcePlan(id);
  if (plan.isPending) return <Loading label="Loading the plan" />;
  if (plan.error) return <LoadError what="the plan" error={plan.error} />;
  if (!plan.data) return <Alert severity="warning">This plan was not found.</Alert>;
  const p = plan.data;
  const editable = p.status !== 'CLOSED';
  const next = NEXT[p.status];
  const initial: PlanFields = {
    period: p.period,
    title: p.title,
    summary: p.summary,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    ownerId: p.ownerId,
    partnerOrganisationIds: p.partnerOrganisationIds,
  };
  const partners = choices.organisations.filter((o) => p.partnerOrganisationIds.includes(o.id));
  return (
    <Box component="section" aria-labelledby="plan-heading">
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
        <Typography variant="h4" component="h1" id="plan-heading">
          {p.title} ({p.period})
        </Typography>
        <Chip label={STATUS_LABELS[p.status]} aria-label={`Status: ${STATUS_LABELS[p.status]}`} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {formatDate(p.startsOn)} to {formatDate(p.endsOn)} · owner{' '}
        {choices.people.find((x) => x.id === p.ownerId)?.name ?? 'not in a current job'}
        {' · partners: '}
        {partners.length ? partners.map((o) => o.name).join(', ') : 'none signed up yet'}
      </Typography>
      {p.summary && <Typography sx={{ my: 1 }}>{p.summary}</Typography>}
      <Stack direction="row" spacing={2} sx={{ my: 1 }}>
        {writable && next && (
          <Button variant="contained" onClick={() => void run(() => movePlan(p.id, next.status))}>
            {next.label}
          </Button>
        )}
        {(['pdf', 'xlsx'] as const).map((ext) => (
          <Button
            key={ext}
            variant="outlined"
            startIcon={<DownloadIcon />}
            onClick={() =>
              void run(() =>
                downloadFile(`/exports/workforce-plans/${p.id}/board-report.${ext}`, `board-report-${p.period}.${ext}`),
              )
            }
          >
            Board report ({ext === 'pdf' ? 'PDF' : 'Excel'})
          </Button>
        ))}
      </Stack>
      {p.status === 'APPROVED' && (
        <Alert severity="info" sx={{ my: 1 }}>
          The plan is approved: every change is kept as a new version.
        </Alert>
      )}

      <Box component="section" aria-labelledby="plan-objectives" sx={{ my: 3 }}>
        <Typography variant="h5" component="h2" id="plan-objectives">
          Objectives
        </Typography>
        {p.objectives.length === 0 && (
          <Alert severity="info" sx={{ my: 1 }}>
            No objectives yet. Add one below: who it is about, what they should meet, the share to reach and by when.
          </Alert>
        )}
        {p.objectives.map((o) => (
          <ObjectiveCard key={o.id} objective={o} editable={editable} writable={writable} run={run} />
        ))}
        {writable && editable && <ObjectiveForm planId={p.id} choices={choices} run={run} />}
      </Box>

      <Actions plan={p} choices={choices} editable={editable} writable={writable} run={run} />

      {writable && editable && (
        <Box component="section" aria-labelledby="plan-details" sx={{ my: 3 }}>
          <Typography variant="h5" component="h2" id="plan-details">
            Plan details
          </Typography>
          <PlanForm
            key={JSON.stringify(initial)}
            initial={initial}
            choices={choices}
            submitLabel="Save plan details"
            onSubmit={(fields) => run(() => updatePlan(p.id, fields))}
          />
        </Box>
      )}

      <Box component="section" aria-labelledby="plan-versions" sx={{ my: 3 }}>
        <Typography variant="h5" component="h2" id="plan-versions">
          Versions
        </Typography>
        {p.versions.length === 0 ? (
          <Typography>No versions yet: one is kept at each status change and each change once approved.</Typography>
        ) : (
          <LabelledTable
            labelledBy="plan-versions"
            head={
              <>
                <TableCell>Version</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Why</TableCell>
                <TableCell>When</TableCell>
              </>
            }
          >
            {p.versions.map((v) => (
              <TableRow key={v.number}>
                <TableCell>{v.number}</TableCell>
                <TableCell>{STATUS_LABELS[v.status]}</TableCell>
                <TableCell>{v.reason}</TableCell>
                <TableCell>{new Date(v.createdAt).toLocaleString('en-GB')}</TableCell>
              </TableRow>
            ))}
          </LabelledTable>
        )}
      </Box>
    </Box>
  );
};

/** The multi-agency workforce development plan: choose or start one, then its objectives and actions. */
export const WorkforcePlanPage = () => {
  const plans = useWorkforcePlans();
  const choices = usePlanChoices();
  const { permissions } = usePermissions<string[]>();
  const writable = permissions?.includes('plan.write') ?? false;
  const { error, run } = useAction();
  const [chosen, setChosen] = useState<string | null>(null);
  const current = chosen ?? plans.data?.[0]?.id ?? null;
  if (plans.isPending || choices.isPending) return <Loading label="Loading plans" />;
  if (plans.error) return <LoadError what="plans" error={plans.error} />;
  if (choices.error) return <LoadError what="people and organisations" error={choices.error} />;
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Workforce development plan" />
      {error && (
        <Alert severity="error" role="alert" sx={{ my: 1 }}>
          {error}
        </Alert>
      )}
      {plans.data.length > 0 && (
        <TextField
          select
          label="Plan"
          value={current ?? ''}
          onChange={(e) => setChosen(e.target.value)}
          sx={{ minWidth: 320, my: 1 }}
        >
          {plans.data.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.period}: {p.title} ({STATUS_LABELS[p.status]})
            </MenuItem>
          ))}
        </TextField>
      )}
      {plans.data.length === 0 && (
        <Alert severity="info" sx={{ my: 1 }}>
          {writable
            ? 'There is no workforce development plan yet. Start one below: name the period, its owner and the partners signed up.'
            : 'There is no workforce development plan yet. Your workforce lead starts it.'}
        </Alert>
      )}
      {current && <PlanView id={current} choices={choices.data} writable={writable} run={run} />}
      {writable && (
        <Box component="section" aria-labelledby="new-plan" sx={{ my: 3 }}>
          <Typography variant="h5" component="h2" id="new-plan">
            Start a plan for another period
          </Typography>
          <PlanForm
            initial={emptyPlan()}
            choices={choices.data}
            submitLabel="Start the plan"
            onSubmit={(fields) =>
              run(async () => {
                const made = await createPlan(fields);
                setChosen(made.id);
              })
            }
          />
        </Box>
      )}
    </Box>
  );
};

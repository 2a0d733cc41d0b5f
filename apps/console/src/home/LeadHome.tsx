import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { usePermissions } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useCompliance as useCpdCompliance } from '../cpd/api';
import { useCompliance as useSupervisionCompliance } from '../supervision/api';
import { ProgressBar, TRAJECTORY, useWorkforcePlan, useWorkforcePlans } from '../planning/plan';
import { useFailures, useSessionsBetween, useTrainingPeriod } from './api';
import { WorstGaps } from './ManagerHome';
import { Figure, Figures, HomeSection, percent } from './Section';

/** This calendar month as the days the period report takes, and the moments the calendar takes. */
const thisMonth = () => {
  const now = new Date();
  const start = new Date(now.getFullYear(), now.getMonth(), 1);
  const end = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  const last = new Date(end.getTime() - 86_400_000);
  const day = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return {
    first: day(start),
    last: day(last),
    from: start.toISOString(),
    to: end.toISOString(),
    name: start.toLocaleDateString('en-GB', { month: 'long' }),
  };
};

const TrainingThisMonth = () => {
  const month = thisMonth();
  const period = useTrainingPeriod(month.first, month.last);
  // The chart shows each session's fill; the figures above it are the period report's.
  const sessions = useSessionsBetween(month.from, month.to);
  const chart = (sessions.data?.nodes ?? [])
    .filter((s) => s.status === 'PUBLISHED' && s.startsAt >= month.from)
    .slice(0, 12)
    .map((s) => ({
      name: `${s.course.title.slice(0, 18)} ${new Date(s.startsAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}`,
      fill: s.places.capacity ? Math.round((s.places.confirmed / s.places.capacity) * 100) : 0,
    }));
  const figures = period.data;
  return (
    <HomeSection
      title="Training this month"
      loading={period.isPending || sessions.isPending}
      error={period.error ?? sessions.error}
      empty={
        figures?.sessions === 0 &&
        figures.cancellations === 0 &&
        `No sessions run in ${month.name}. Plan some in the training calendar or the term schedule.`
      }
      more={{ to: '/training-calendar', label: 'Training calendar' }}
    >
      <Figures>
        <Figure label="Sessions" value={figures?.sessions ?? 0} />
        <Figure label="Fill rate" value={percent(figures?.fillRate ?? 0)} />
        <Figure label="Empty seats" value={figures?.emptySeats ?? 0} />
        <Figure label="Cancellations" value={figures?.cancellations ?? 0} />
      </Figures>
      {chart.length > 0 && (
        <figure style={{ margin: 0 }}>
          <Typography component="figcaption" variant="body2" color="text.secondary">
            Places filled per session still to run, per cent
          </Typography>
          <ResponsiveContainer width="100%" height={Math.max(120, chart.length * 26)}>
            <BarChart data={chart} layout="vertical" margin={{ left: 8, right: 16 }}>
              <CartesianGrid horizontal={false} />
              <XAxis type="number" domain={[0, 100]} unit="%" />
              <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 11 }} />
              <Tooltip formatter={(value) => [`${String(value)}%`, 'Filled']} />
              <Bar dataKey="fill" fill="#1f5f8b" />
            </BarChart>
          </ResponsiveContainer>
        </figure>
      )}
    </HomeSection>
  );
};

const Compliance = () => {
  const supervision = useSupervisionCompliance({});
  const cpd = useCpdCompliance({}, 1, 1);
  // One row per organisation either figure has, by name.
  const organisations = new Map<string, string>();
  for (const g of supervision.data?.byOrganisation ?? []) if (g.id) organisations.set(g.id, g.name);
  for (const g of cpd.data?.byOrganisation ?? []) organisations.set(g.organisationId, g.name);
  const byOrganisation = [...organisations.entries()]
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([id, name]) => ({
      id,
      name,
      supervision: supervision.data?.byOrganisation.find((g) => g.id === id),
      cpd: cpd.data?.byOrganisation.find((g) => g.organisationId === id),
    }));
  return (
    <HomeSection
      title="Supervision and CPD compliance"
      loading={supervision.isPending || cpd.isPending}
      error={supervision.error ?? cpd.error}
      empty={
        supervision.data?.agreements === 0 &&
        cpd.data?.totalCount === 0 &&
        'No supervision agreements or CPD targets yet. Agreements start in My supervisees; targets in Partnership settings.'
      }
      more={{ to: '/supervision-compliance', label: 'Supervision compliance' }}
    >
      <Figures>
        <Figure label="Supervision within frequency" value={percent(supervision.data?.share ?? 0)} />
        <Figure label="CPD on track" value={cpd.data?.onTrack ?? 0} />
        <Figure label="CPD at risk" value={cpd.data?.atRisk ?? 0} />
        <Figure label="CPD missing" value={cpd.data?.missing ?? 0} />
      </Figures>
      {byOrganisation.length > 0 && (
        <Table size="small" aria-label="Compliance by organisation">
          <TableHead>
            <TableRow>
              <TableCell>Organisation</TableCell>
              <TableCell align="right">Supervision within frequency</TableCell>
              <TableCell align="right">CPD on track</TableCell>
              <TableCell align="right">CPD at risk</TableCell>
              <TableCell align="right">CPD missing</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {byOrganisation.map((row) => (
              <TableRow key={row.id}>
                <TableCell component="th" scope="row">
                  {row.name}
                </TableCell>
                <TableCell align="right">
                  {row.supervision
                    ? `${percent(row.supervision.share)} (${row.supervision.withinFrequency} of ${row.supervision.agreements})`
                    : 'No agreements'}
                </TableCell>
                <TableCell align="right">{row.cpd?.onTrack ?? 0}</TableCell>
                <TableCell align="right">{row.cpd?.atRisk ?? 0}</TableCell>
                <TableCell align="right">{row.cpd?.missing ?? 0}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </HomeSection>
  );
};

export const Failures = () => {
  const { data, isPending, error } = useFailures(true);
  return (
    <HomeSection
      title="Failures to look at"
      loading={isPending}
      error={error}
      more={{ to: '/messages', label: 'Messages' }}
    >
      <Figures>
        <Figure label="Failed provider syncs" value={data?.syncRuns ?? 0} />
        <Figure label="Failed notifications" value={data?.notifications ?? 0} />
      </Figures>
      <Typography variant="body2" color="text.secondary">
        {data && data.syncRuns + data.notifications === 0
          ? 'Nothing has failed. Provider syncs and messages that fail show up here.'
          : 'Retry failed messages in Messages; see failed syncs in Provider plugins.'}
      </Typography>
    </HomeSection>
  );
};

/** The plan in force (approved, else the newest in progress): each objective against its target. */
const PlanObjectives = () => {
  const plans = useWorkforcePlans();
  const rank = (status: string) => ['APPROVED', 'CONSULTATION', 'DRAFT'].indexOf(status);
  const current = (plans.data ?? [])
    .filter((p) => rank(p.status) >= 0)
    .sort((a, b) => rank(a.status) - rank(b.status) || b.startsOn.localeCompare(a.startsOn))[0];
  const plan = useWorkforcePlan(current?.id ?? null);
  return (
    <HomeSection
      title="Plan objectives"
      loading={plans.isPending || (current !== undefined && plan.isPending)}
      error={plans.error ?? plan.error}
      empty={
        (!current || plan.data?.objectives.length === 0) &&
        "No objectives yet. Set the workforce development plan's objectives on the Workforce plan page."
      }
      more={{ to: '/workforce-plan', label: 'Workforce plan' }}
    >
      {plan.data && (
        <Stack spacing={1.5}>
          <Typography variant="body2" color="text.secondary">
            {plan.data.title} ({plan.data.period})
          </Typography>
          {plan.data.objectives.map((objective) => (
            <Box key={objective.id}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
                <Typography variant="subtitle2" component="p">
                  {objective.title}
                </Typography>
                {objective.progress.trajectory ? (
                  <Chip size="small" {...TRAJECTORY[objective.progress.trajectory]} />
                ) : (
                  <Chip size="small" label="Withheld" />
                )}
              </Stack>
              {objective.progress.withheld ? (
                <Typography variant="body2" color="text.secondary">
                  Not shown: {objective.progress.note.toLowerCase()}.
                </Typography>
              ) : (
                <ProgressBar
                  label={`${objective.title} progress`}
                  percent={objective.progress.percent}
                  target={objective.targetPercent}
                />
              )}
            </Box>
          ))}
        </Stack>
      )}
    </HomeSection>
  );
};

export const LeadHome = ({ lead }: { lead: boolean }) => {
  const { permissions } = usePermissions<string[]>();
  const can = (p: string) => permissions?.includes(p);
  return (
    <>
      {lead && <PlanObjectives />}
      <TrainingThisMonth />
      {can('gap.read') && <WorstGaps title="Worst five skills gaps" count={5} />}
      {can('supervision.compliance') && can('cpd.compliance') && <Compliance />}
      {can('plugin.read') && can('notification.read') && <Failures />}
    </>
  );
};

import AddIcon from '@mui/icons-material/Add';
import BadgeIcon from '@mui/icons-material/BadgeOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { DateInput, required } from 'react-admin';
import { JobRoleProfileDialog } from '../skills/roleProfiles';
import { EMPLOYMENT_TYPE_LABELS } from '../workforce/choices';
import { formatDate, today } from '../workforce/dates';
import type { JobAssignment, JobAssignmentInput, Person } from '../workforce/types';
import { FormDialog, ShowLink, usePermission } from '../workforce/ui';
import { useAction } from '../workforce/useAction';
import { notBefore } from '../workforce/validation';
import { JobInputs } from './JobInputs';
import { jobDates, jobStatus } from './jobText';

const statusChip = (job: JobAssignment) => {
  switch (jobStatus(job)) {
    case 'CURRENT':
      return <Chip size="small" color="success" variant="outlined" label="Current" />;
    case 'ENDING':
      return (
        <Chip
          size="small"
          color="warning"
          variant="outlined"
          label={job.endDate === today() ? 'Last day today' : `Ends ${formatDate(job.endDate)}`}
        />
      );
    case 'FUTURE':
      return <Chip size="small" color="info" variant="outlined" label={`Starts ${formatDate(job.startDate)}`} />;
    default:
      return <Chip size="small" variant="outlined" label="Ended" />;
  }
};

/** Small label/value pairs that flow into as many columns as fit. */
const JobFacts = ({ items }: { items: [string, ReactNode][] }) => (
  <Box
    component="dl"
    sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 160px), 1fr))', gap: 1.5, m: 0 }}
  >
    {items.map(([label, value]) => (
      <div key={label}>
        <Typography component="dt" variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
          {value ?? (
            <Box component="span" sx={{ color: 'text.secondary' }}>
              None
            </Box>
          )}
        </Typography>
      </div>
    ))}
  </Box>
);

const toInput = (job: JobAssignment): JobAssignmentInput => ({
  organisationId: job.organisation.id,
  teamId: job.team?.id ?? null,
  jobTitle: job.jobTitle,
  employmentType: job.employmentType,
  hoursPerWeek: job.hoursPerWeek ?? null,
  startDate: job.startDate,
  endDate: job.endDate,
  lineManagerId: job.lineManager?.id ?? null,
});

const JobCard = ({
  job,
  canWrite,
  onEdit,
  onEnd,
  onSetProfile,
}: {
  job: JobAssignment;
  canWrite: boolean;
  onEdit: () => void;
  onEnd: () => void;
  onSetProfile: () => void;
}) => {
  const headingId = `job-${job.id}-heading`;
  return (
    <Card variant="outlined" component="article" aria-labelledby={headingId}>
      <CardContent>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap', justifyContent: 'space-between', mb: 1.5 }}
        >
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
              {job.jobTitle}
            </Typography>
            {statusChip(job)}
          </Stack>
          {canWrite && (
            <Stack direction="row" spacing={1}>
              <Button size="small" startIcon={<EditIcon />} onClick={onEdit} aria-label={`Edit job ${job.jobTitle}`}>
                Edit
              </Button>
              <Button
                size="small"
                startIcon={<BadgeIcon />}
                onClick={onSetProfile}
                aria-label={`Role profile for ${job.jobTitle}`}
              >
                Role profile
              </Button>
              {!job.endDate && (
                <Button
                  size="small"
                  startIcon={<EventBusyIcon />}
                  onClick={onEnd}
                  aria-label={`End job ${job.jobTitle}`}
                >
                  End job
                </Button>
              )}
            </Stack>
          )}
        </Stack>
        <JobFacts
          items={[
            [
              'Organisation',
              <ShowLink key="o" resource="Organisation" record={job.organisation} text={(o) => o.name} />,
            ],
            ['Team', job.team && <ShowLink key="t" resource="Team" record={job.team} text={(t) => t.name} />],
            ['Employment type', EMPLOYMENT_TYPE_LABELS[job.employmentType]],
            ['Hours per week', job.hoursPerWeek ?? null],
            ['Dates', jobDates(job)],
            [
              job.employmentType === 'VOLUNTEER' ? 'Volunteer coordinator' : 'Line manager',
              job.lineManager && (
                <ShowLink key="m" resource="Person" record={job.lineManager} text={(p) => p.fullName} />
              ),
            ],
            [
              'Role profile',
              job.roleProfile && (
                <ShowLink key="r" resource="RoleProfile" record={job.roleProfile} text={(r) => r.name} />
              ),
            ],
          ]}
        />
      </CardContent>
    </Card>
  );
};

type Dialog = { kind: 'add' } | { kind: 'edit' | 'end' | 'profile'; job: JobAssignment } | null;

/** A person's jobs, newest first, with adding, changing and ending them. */
export const Jobs = ({ person }: { person: Person }) => {
  const canWrite = usePermission('person.write') ?? false;
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const save = useAction(
    (dataProvider, { id, data }: { id: string | null; data: JobAssignmentInput }) =>
      id
        ? dataProvider.updateJobAssignment({ id, data })
        : dataProvider.addJobAssignment({ personId: person.id, data }),
    {
      success: ({ data }, { id }) =>
        id ? `${data.jobTitle} saved.` : `${data.jobTitle} at ${data.organisation.name} added for ${person.fullName}.`,
      failure: 'The job was not saved.',
    },
    close,
  );
  const end = useAction(
    (dataProvider, { id, endDate }: { id: string; endDate: string }) => dataProvider.endJobAssignment({ id, endDate }),
    {
      success: ({ data }) => `${data.jobTitle} ended on ${formatDate(data.endDate)}.`,
      failure: 'The job was not ended.',
    },
    close,
  );

  return (
    <Stack spacing={2} sx={{ py: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography component="h2" variant="h6">
          Jobs
        </Typography>
        {canWrite && (
          <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'add' })}>
            Add job
          </Button>
        )}
      </Stack>
      {person.assignments.length === 0 ? (
        <Typography color="text.secondary">No jobs recorded.</Typography>
      ) : (
        person.assignments.map((job) => (
          <JobCard
            key={job.id}
            job={job}
            canWrite={canWrite}
            onEdit={() => setDialog({ kind: 'edit', job })}
            onEnd={() => setDialog({ kind: 'end', job })}
            onSetProfile={() => setDialog({ kind: 'profile', job })}
          />
        ))
      )}

      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <FormDialog<JobAssignmentInput>
          open
          onClose={close}
          title={dialog.kind === 'add' ? `Add a job for ${person.fullName}` : `Edit ${dialog.job.jobTitle}`}
          record={dialog.kind === 'add' ? { employmentType: 'STAFF', startDate: today() } : toInput(dialog.job)}
          saving={save.isPending}
          submitLabel={dialog.kind === 'add' ? 'Add job' : 'Save job'}
          onSubmit={(data) => save.mutate({ id: dialog.kind === 'edit' ? dialog.job.id : null, data })}
        >
          <JobInputs personId={person.id} />
        </FormDialog>
      )}
      {dialog?.kind === 'end' && (
        <FormDialog<{ endDate: string; startDate: string }>
          open
          onClose={close}
          title={`End ${dialog.job.jobTitle}`}
          description={
            <Typography>
              {person.fullName}’s job at {dialog.job.organisation.name} stays on record with its end date. Give their
              last working day.
            </Typography>
          }
          record={{ endDate: today(), startDate: dialog.job.startDate }}
          saving={end.isPending}
          submitLabel="End job"
          onSubmit={({ endDate }) => end.mutate({ id: dialog.job.id, endDate })}
        >
          <DateInput
            source="endDate"
            label="Last working day"
            validate={[required(), notBefore('startDate', `start date (${formatDate(dialog.job.startDate)})`)]}
          />
        </FormDialog>
      )}
      {dialog?.kind === 'profile' && <JobRoleProfileDialog job={dialog.job} onClose={close} />}
    </Stack>
  );
};

import { Typography } from '@mui/material';
import { AutocompleteInput, ReferenceInput } from 'react-admin';
import type { JobAssignment } from '../../workforce/types';
import { FormDialog } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { setJobRoleProfile } from './api';

type Values = { roleProfileId: string | null };

/** Sets or clears the role profile a job is measured against. */
export const JobRoleProfileDialog = ({ job, onClose }: { job: JobAssignment; onClose: () => void }) => {
  const save = useAction(
    (_, roleProfileId: string | null) => setJobRoleProfile(job.id, roleProfileId),
    {
      success: (saved) =>
        saved.roleProfile
          ? `${saved.jobTitle} is now measured against ${saved.roleProfile.name}.`
          : `${saved.jobTitle} no longer has a role profile.`,
      failure: 'The role profile was not changed.',
    },
    onClose,
  );
  return (
    <FormDialog<Values>
      open
      onClose={onClose}
      title={`Role profile for ${job.jobTitle}`}
      description={
        <Typography>
          The profile lists the competencies this job needs. Their skills and the partnership’s gap reports are measured
          against it.
        </Typography>
      }
      record={{ roleProfileId: job.roleProfile?.id ?? null }}
      saving={save.isPending}
      submitLabel="Save role profile"
      onSubmit={({ roleProfileId }) => save.mutate(roleProfileId || null)}
    >
      <ReferenceInput source="roleProfileId" reference="RoleProfile" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput
          label="Role profile"
          optionText="name"
          helperText="Type to search. Clear it to measure the job against no profile."
          noOptionsText="No role profile matches. Add one under Role profiles."
        />
      </ReferenceInput>
    </FormDialog>
  );
};

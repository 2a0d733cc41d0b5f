import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Button, LinearProgress } from '@mui/material';
import { useState } from 'react';
import { Confirm, EditButton, Show, TopToolbar, useRecordContext, useRedirect } from 'react-admin';
import { Facts, Section, Sections, TRANSPARENT_SHOW, usePermission } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { deleteRoleProfile } from './api';
import { Requirements } from './Requirements';
import { jobCount } from './RoleProfileList';
import type { RoleProfile } from './types';

/** Deletes the profile; the API refuses while any job names it, and says how many. */
const DeleteProfileButton = () => {
  const profile = useRecordContext<RoleProfile>();
  const canWrite = usePermission('roleProfile.write');
  const redirect = useRedirect();
  const [confirming, setConfirming] = useState(false);
  const remove = useAction(
    (_, target: RoleProfile) => deleteRoleProfile(target.id),
    { success: (_, target) => `${target.name} deleted.`, failure: 'The role profile was not deleted.' },
    () => redirect('list', 'RoleProfile'),
  );
  if (!profile || !canWrite) return null;
  return (
    <>
      <Button color="error" size="small" startIcon={<DeleteIcon />} onClick={() => setConfirming(true)}>
        Delete
      </Button>
      <Confirm
        isOpen={confirming}
        loading={remove.isPending}
        title={`Delete ${profile.name}?`}
        content="Its requirements go with it. A profile set on any job, current or ended, cannot be deleted: give those jobs another profile first."
        confirm="Delete"
        onConfirm={() => remove.mutate(profile, { onSettled: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

const RoleProfilePage = () => {
  const profile = useRecordContext<RoleProfile>();
  if (!profile) return null;
  // A record from the list (shown while the full one loads) has no requirements.
  if (!profile.requirements) return <LinearProgress sx={{ mt: 2 }} aria-label="Loading" />;
  return (
    <Sections>
      <Section id="role-profile-details-heading" title="Details">
        <Facts
          items={[
            ['Name', profile.name],
            ['Description', profile.description],
            ['Used by', jobCount(profile.assignmentCount)],
          ]}
        />
      </Section>
      <Requirements profile={profile} />
    </Sections>
  );
};

const RoleProfileTitle = () => {
  const profile = useRecordContext<RoleProfile>();
  return <>{profile?.name ?? 'Role profile'}</>;
};

export const RoleProfileShow = () => (
  <Show<RoleProfile>
    title={<RoleProfileTitle />}
    actions={
      <TopToolbar>
        <EditButton />
        <DeleteProfileButton />
      </TopToolbar>
    }
    sx={TRANSPARENT_SHOW}
  >
    <RoleProfilePage />
  </Show>
);

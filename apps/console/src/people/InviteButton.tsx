import MailIcon from '@mui/icons-material/MailOutlined';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { CheckboxGroupInput, required, SelectInput } from 'react-admin';
import { formatDateTime } from '../workforce/dates';
import type { Person } from '../workforce/types';
import { FormDialog, usePermission } from '../workforce/ui';
import { useAction } from '../workforce/useAction';
import { ROLE_CHOICES } from './roles';

interface InviteValues {
  roles: string[];
  organisationId: string;
}

/** Sends a person an email with a link to sign in, giving them an account with the chosen roles. */
export const InviteButton = ({ person }: { person: Person }) => {
  const canInvite = usePermission('invitation.send');
  const [open, setOpen] = useState(false);
  const invite = useAction(
    (dataProvider, values: InviteValues) =>
      dataProvider.invitePerson({
        personId: person.id,
        roles: values.roles,
        organisationId: values.organisationId || null,
      }),
    {
      success: ({ data }) =>
        `Invitation sent to ${person.email}. The link works until ${formatDateTime(data.expiresAt)}.`,
      failure: 'The invitation was not sent.',
    },
    () => setOpen(false),
  );
  if (!canInvite) return null;

  const organisations = [...new Map(person.assignments.map((job) => [job.organisation.id, job.organisation])).values()];
  return (
    <>
      <Button startIcon={<MailIcon />} onClick={() => setOpen(true)}>
        {person.hasAccount ? 'Send a new invitation' : 'Invite to sign in'}
      </Button>
      {open && (
        <FormDialog<InviteValues>
          open
          onClose={() => setOpen(false)}
          title={`Invite ${person.fullName} to sign in`}
          description={
            <Typography>
              {person.fullName} gets an email at {person.email} with a link that signs them in once and works for 7
              days. Afterwards they can sign in with an emailed link or set a password.
            </Typography>
          }
          record={{ roles: ['LEARNER'], organisationId: '' }}
          saving={invite.isPending}
          submitLabel="Send invitation"
          onSubmit={(values) => invite.mutate(values)}
        >
          <CheckboxGroupInput
            source="roles"
            label="Roles"
            choices={ROLE_CHOICES}
            row={false}
            validate={required('Choose at least one role.')}
          />
          <SelectInput
            source="organisationId"
            label="Limit the roles to"
            choices={[{ id: '', name: 'The whole partnership' }, ...organisations]}
            helperText="Partner admins can only give roles within their own organisation."
          />
        </FormDialog>
      )}
    </>
  );
};

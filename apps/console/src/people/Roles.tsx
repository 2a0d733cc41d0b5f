import AddIcon from '@mui/icons-material/Add';
import { Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { required, SelectInput } from 'react-admin';
import type { Person, RoleGrant } from '../workforce/types';
import { FormDialog, Section, usePermission } from '../workforce/ui';
import { useAction } from '../workforce/useAction';
import { ROLE_CHOICES, roleName } from './roles';

interface GrantValues {
  role: string;
  organisationId: string;
}

/**
 * The roles a person's account holds, given and taken away here. The API decides who may give
 * what (a partner admin only within their organisation) and says why when it refuses; a change
 * reaches the person the next time their session refreshes.
 */
export const Roles = ({ person }: { person: Person }) => {
  const canGrant = usePermission('role.grant');
  const [adding, setAdding] = useState(false);
  const account = person.account;
  const organisations = [...new Map(person.assignments.map((job) => [job.organisation.id, job.organisation])).values()];
  const where = (grant: RoleGrant) =>
    grant.organisationId
      ? (organisations.find((o) => o.id === grant.organisationId)?.name ?? 'one organisation')
      : 'the whole partnership';

  const grant = useAction(
    (dataProvider, values: GrantValues) =>
      dataProvider.grantRole({ userId: account!.id, role: values.role, organisationId: values.organisationId || null }),
    {
      success: (_, values) => `${person.fullName} is now ${roleName(values.role)}.`,
      failure: 'The role was not given.',
    },
    () => setAdding(false),
  );
  const revoke = useAction(
    (dataProvider, grant: RoleGrant) =>
      // Only the input's fields: a record read back carries __typename, which no input accepts.
      dataProvider.revokeRole({ userId: account!.id, role: grant.role, organisationId: grant.organisationId }),
    {
      success: (_, grant) => `${person.fullName} is no longer ${roleName(grant.role)}.`,
      failure: 'The role was not removed.',
    },
  );

  return (
    <Section
      id="person-roles-heading"
      title="Roles"
      actions={
        canGrant && account ? (
          <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
            Give a role
          </Button>
        ) : undefined
      }
    >
      {!account ? (
        <Typography color="text.secondary">No account yet: invite {person.givenName} to sign in first.</Typography>
      ) : (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} component="ul" aria-label="Roles held">
          {account.roles.map((role) => (
            <Chip
              component="li"
              key={`${role.role}:${role.organisationId ?? ''}`}
              label={`${roleName(role.role)} · ${where(role)}`}
              onDelete={canGrant ? () => revoke.mutate(role) : undefined}
              aria-label={`${roleName(role.role)} in ${where(role)}`}
            />
          ))}
        </Stack>
      )}
      {adding && account && (
        <FormDialog<GrantValues>
          open
          onClose={() => setAdding(false)}
          title={`Give ${person.fullName} a role`}
          record={{ role: 'LEARNER', organisationId: '' }}
          saving={grant.isPending}
          submitLabel="Give role"
          onSubmit={(values) => grant.mutate(values)}
        >
          <SelectInput source="role" label="Role" choices={ROLE_CHOICES} validate={required()} />
          <SelectInput
            source="organisationId"
            label="Within"
            choices={[{ id: '', name: 'The whole partnership' }, ...organisations]}
          />
        </FormDialog>
      )}
    </Section>
  );
};

import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Title, usePermissions } from 'react-admin';
import { useSessionUser } from '../auth/useSessionUser';
import { Failures, LeadHome } from '../home/LeadHome';
import { LearnerHome } from '../home/LearnerHome';
import { ManagerHome } from '../home/ManagerHome';
import { RoleBlock } from '../home/Section';
import { SupervisorHome } from '../home/SupervisorHome';
import { TrainerHome } from '../home/TrainerHome';
import type { Role } from '../types';
import { ROLE_GUIDE } from './roles';

/** Most specific first: a manager who also learns sees their team before their own training. */
const HOME_ORDER: Role[] = [
  'WORKFORCE_LEAD',
  'PARTNER_ADMIN',
  'MANAGER',
  'VOLUNTEER_COORDINATOR',
  'SUPERVISOR',
  'TRAINER',
  'LEARNER',
  'PLATFORM_ADMIN',
];

const RoleHome = ({ role, permissions }: { role: Role; permissions: string[] }) => {
  switch (role) {
    case 'WORKFORCE_LEAD':
    case 'PARTNER_ADMIN':
      return <LeadHome lead={role === 'WORKFORCE_LEAD'} />;
    case 'MANAGER':
    case 'VOLUNTEER_COORDINATOR':
      return <ManagerHome />;
    case 'SUPERVISOR':
      return <SupervisorHome />;
    case 'TRAINER':
      return <TrainerHome />;
    case 'LEARNER':
      return <LearnerHome />;
    case 'PLATFORM_ADMIN':
      return permissions.includes('plugin.read') && permissions.includes('notification.read') ? <Failures /> : null;
  }
};

export const Dashboard = () => {
  const user = useSessionUser();
  const { permissions, isPending } = usePermissions<string[]>();
  if (!user) return null;

  const held = new Set(user.roles.map((grant) => grant.role));
  const roles = HOME_ORDER.filter((role) => held.has(role));
  // A lead's home already holds the failures a platform administrator would see.
  const shown = roles.filter((role) => role !== 'PLATFORM_ADMIN' || !held.has('WORKFORCE_LEAD'));

  return (
    <Stack spacing={3} sx={{ mt: 2, mb: 4, maxWidth: 1200, minWidth: 0 }}>
      <Title title="Home" />
      <Card component="section" aria-labelledby="welcome-heading">
        <CardContent>
          <Typography id="welcome-heading" component="h2" variant="h4" gutterBottom sx={{ overflowWrap: 'anywhere' }}>
            Welcome, {user.displayName}
          </Typography>
          <Typography variant="h6" component="p" color="primary">
            {user.partnership.name}
          </Typography>
          {roles.length > 0 && (
            <Typography sx={{ mt: 1 }}>
              Signed in as {roles.map((role) => ROLE_GUIDE[role].label.toLowerCase()).join(', ')}.
            </Typography>
          )}
        </CardContent>
      </Card>
      {!isPending &&
        shown.map((role) => (
          <RoleBlock key={role} label={ROLE_GUIDE[role].label}>
            <RoleHome role={role} permissions={permissions ?? []} />
          </RoleBlock>
        ))}
    </Stack>
  );
};

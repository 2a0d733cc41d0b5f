import { Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Link, Title, usePermissions } from 'react-admin';
import { useSessionUser } from '../auth/useSessionUser';
import { MENU_ITEMS } from '../layout/Menu';
import { ROLE_GUIDE } from './roles';

export const Dashboard = () => {
  const user = useSessionUser();
  const { permissions, isPending } = usePermissions<string[]>();
  if (!user) return null;

  const roles = [...new Set(user.roles.map((grant) => grant.role))].filter((role) => role in ROLE_GUIDE);
  const available = MENU_ITEMS.filter((item) => permissions?.includes(item.permission));

  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 880 }}>
      <Title title="Home" />
      <Card component="section" aria-labelledby="welcome-heading">
        <CardContent>
          <Typography id="welcome-heading" component="h2" variant="h4" gutterBottom>
            Welcome, {user.displayName}
          </Typography>
          <Typography variant="h6" component="p" color="primary">
            {user.partnership.name}
          </Typography>
          <Typography sx={{ mt: 1 }}>
            Kindred is being built for the people who work with families across the partnership. This console is the
            first part of it.
          </Typography>
        </CardContent>
      </Card>
      {!isPending && (
        <Card component="section" aria-labelledby="ready-heading">
          <CardContent>
            <Typography id="ready-heading" component="h2" variant="h6" gutterBottom>
              Ready now
            </Typography>
            {available.length > 0 ? (
              <List dense disablePadding>
                {available.map((item) => (
                  <ListItem key={item.to} disableGutters>
                    <Link to={item.to}>{item.label}</Link>
                  </ListItem>
                ))}
              </List>
            ) : (
              <Typography>Nothing for your role yet. Here is what is on its way.</Typography>
            )}
          </CardContent>
        </Card>
      )}
      {roles.length > 0 && (
        <Card component="section" aria-labelledby="coming-heading">
          <CardContent>
            <Typography id="coming-heading" component="h2" variant="h6">
              What is coming for you
            </Typography>
            <List dense disablePadding>
              {roles.map((role) => (
                <ListItem key={role} disableGutters>
                  <ListItemText primary={ROLE_GUIDE[role].label} secondary={ROLE_GUIDE[role].coming} />
                </ListItem>
              ))}
            </List>
          </CardContent>
        </Card>
      )}
    </Stack>
  );
};

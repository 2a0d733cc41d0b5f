import { Typography } from '@mui/material';
import { AppBar, TitlePortal } from 'react-admin';
import { useSessionUser } from '../auth/useSessionUser';

export const KindredAppBar = () => {
  const user = useSessionUser();
  return (
    <AppBar>
      {/* The page title is the page's main heading. */}
      <TitlePortal component="h1" variant="h6" />
      {user && (
        <Typography
          variant="body2"
          noWrap
          sx={{ display: { xs: 'none', sm: 'block' }, mx: 1, fontWeight: 500, opacity: 0.9 }}
        >
          {user.partnership.name}
        </Typography>
      )}
    </AppBar>
  );
};

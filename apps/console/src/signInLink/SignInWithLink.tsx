import { Box, Button, CircularProgress, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate, useNotificationContext } from 'react-admin';
import { saveSession } from '../auth/session';
import { LinkError } from './LinkError';
import { signInWithLink } from './requests';

/** Signs in with the token of an emailed link, then opens the console as a password sign-in does. */
export const SignInWithLink = ({ token }: { token: string }) => {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { resetNotifications } = useNotificationContext();
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    signInWithLink(token).then(
      (payload) => {
        if (!current) return;
        saveSession(payload);
        resetNotifications();
        void queryClient.invalidateQueries({ queryKey: ['auth', 'getPermissions'] });
        // Replacing the entry takes the token out of the address bar and the history.
        navigate('/', { replace: true });
      },
      (err: unknown) => current && setError(err),
    );
    return () => {
      current = false;
    };
  }, [token, navigate, queryClient, resetNotifications]);

  if (error === null) {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 2 }}>
        <CircularProgress size={24} aria-hidden />
        <Typography>Signing you in…</Typography>
      </Box>
    );
  }
  return (
    <>
      <LinkError error={error} />
      <Button variant="contained" fullWidth onClick={() => navigate('/login', { replace: true })}>
        Back to sign-in
      </Button>
    </>
  );
};

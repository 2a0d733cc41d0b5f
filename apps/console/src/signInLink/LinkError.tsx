import { Alert, AlertTitle, Typography } from '@mui/material';
import { KindredError, NETWORK_ERROR } from '../errors';

const TITLES: Record<string, string> = {
  UNAUTHENTICATED: 'That link did not work',
  TOO_MANY_REQUESTS: 'Please wait a little',
  BAD_USER_INPUT: 'Check your email address',
  [NETWORK_ERROR]: 'No connection',
};

/** What went wrong with a sign-in link, in the server's words, with the code for support. */
export const LinkError = ({ error }: { error: unknown }) => {
  const { code, message } =
    error instanceof KindredError
      ? error
      : { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong. Please try again.' };
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      <AlertTitle>{TITLES[code] ?? 'Something went wrong'}</AlertTitle>
      {message}
      <Typography variant="caption" component="div" sx={{ mt: 0.5, opacity: 0.8 }}>
        Code: {code}
      </Typography>
    </Alert>
  );
};

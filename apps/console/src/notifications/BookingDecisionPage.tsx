import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { decideByLink } from './api';

/** The token and decision from the address: `#token=…&decision=approve|decline`. */
const fromAddress = () => {
  const params = new URLSearchParams(window.location.hash.slice(1));
  return { token: params.get('token') ?? '', approve: params.get('decision') !== 'decline' };
};

/**
 * Where an approver's emailed link opens, without signing in. Nothing is decided until they press
 * the button: mail scanners that open links must not approve anything.
 */
export const BookingDecisionPage = () => {
  const [{ token, approve }] = useState(fromAddress);
  const [reason, setReason] = useState('');
  const decide = useMutation({ mutationFn: () => decideByLink(token, approve, reason.trim() || null) });
  return (
    <Box component="main" sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
      <Card sx={{ maxWidth: 520, width: '100%' }}>
        <CardContent>
          <Typography component="h1" variant="h5" sx={{ mb: 2 }}>
            {approve ? 'Approve a training request' : 'Decline a training request'}
          </Typography>
          {decide.data ? (
            <Alert severity="success">
              {decide.data.learnerName}’s request for {decide.data.courseTitle} is {approve ? 'approved' : 'declined'};
              they have been told. The booking is now {decide.data.status.toLowerCase().replace('_', ' ')}.
            </Alert>
          ) : (
            <Stack spacing={2}>
              {!token && <Alert severity="error">This link has no token. Open the request from Kindred instead.</Alert>}
              <TextField
                label={
                  approve ? 'Reason for overriding a limit (if asked)' : 'Why it is declined (the learner is told)'
                }
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                required={!approve}
                multiline
                minRows={2}
              />
              {decide.error && (
                <Alert severity="error" role="alert">
                  {decide.error.message}
                </Alert>
              )}
              <Button
                variant="contained"
                color={approve ? 'primary' : 'error'}
                disabled={!token || decide.isPending || (!approve && !reason.trim())}
                onClick={() => decide.mutate()}
              >
                {approve ? 'Approve' : 'Decline'}
              </Button>
            </Stack>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

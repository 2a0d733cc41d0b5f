import { Alert, Box, Button, CircularProgress, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { LinkError } from './LinkError';
import { requestSignInLink } from './requests';

/** Asks for a one-time sign-in link, for people who have no password or have forgotten it. */
export const EmailLinkForm = ({ onUsePassword }: { onUsePassword: () => void }) => {
  const [email, setEmail] = useState('');
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setError(null);
    try {
      await requestSignInLink(email);
      setSent(true);
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };

  const usePassword = (
    <Button variant="text" fullWidth onClick={onUsePassword} sx={{ mt: 1 }}>
      Use my password instead
    </Button>
  );

  if (sent) {
    return (
      <>
        <Alert severity="success" role="status">
          If that email has an account, a link is on its way. It works once, within 15 minutes.
        </Alert>
        {usePassword}
      </>
    );
  }
  return (
    <Box component="form" onSubmit={submit} aria-label="Ask for a sign-in link">
      {error !== null && <LinkError error={error} />}
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        required
        variant="outlined"
        margin="normal"
        fullWidth
        autoFocus
      />
      <Button
        type="submit"
        variant="contained"
        size="large"
        fullWidth
        disabled={sending}
        sx={{ mt: 3 }}
        startIcon={sending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
      >
        {sending ? 'Sending…' : 'Email me a link'}
      </Button>
      {usePassword}
    </Box>
  );
};

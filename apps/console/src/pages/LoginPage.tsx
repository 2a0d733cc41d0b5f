import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useCheckAuth, useLocation, useLogin, useNavigate } from 'react-admin';
import { KindredError, NETWORK_ERROR } from '../errors';
import { EmailLinkForm } from '../signInLink/EmailLinkForm';
import { linkTokenIn } from '../signInLink/requests';
import { SignInWithLink } from '../signInLink/SignInWithLink';

const TITLES: Record<string, string> = {
  UNAUTHENTICATED: 'Sign-in failed',
  TOO_MANY_REQUESTS: 'Sign-in paused',
  BAD_USER_INPUT: 'Check your details',
  [NETWORK_ERROR]: 'No connection',
};

const describe = (error: unknown) =>
  error instanceof KindredError
    ? { code: error.code, message: error.message }
    : { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong. Please try again.' };

export const LoginPage = () => {
  const login = useLogin();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  const linkToken = linkTokenIn(useLocation().hash);
  const [byLink, setByLink] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    // Someone opening an emailed link signs in as its owner, even over a session of their own.
    if (linkToken) return;
    checkAuth({}, false).then(
      () => navigate('/'),
      () => undefined, // not signed in: stay here
    );
  }, [checkAuth, navigate, linkToken]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await login({ email, password });
    } catch (err) {
      setError(describe(err));
      setSubmitting(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        p: 2,
        bgcolor: 'background.default',
        backgroundImage: (theme) =>
          `linear-gradient(160deg, ${theme.palette.primary.main} 0, ${theme.palette.primary.main} 38%, transparent 38%)`,
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 420 }} elevation={6}>
        <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
          <Typography component="h1" variant="h4" color="primary" sx={{ fontWeight: 700 }}>
            Kindred
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            Workforce development for the Family Hub partnership. Sign in with your work email.
          </Typography>
          {linkToken && <SignInWithLink token={linkToken} />}
          {!linkToken && byLink && <EmailLinkForm onUsePassword={() => setByLink(false)} />}
          {!linkToken && !byLink && error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              <AlertTitle>{TITLES[error.code] ?? 'Sign-in failed'}</AlertTitle>
              {error.message}
              <Typography variant="caption" component="div" sx={{ mt: 0.5, opacity: 0.8 }}>
                Code: {error.code}
              </Typography>
            </Alert>
          )}
          {!linkToken && !byLink && (
            <Box component="form" onSubmit={submit} aria-label="Sign in">
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
                size="medium"
                fullWidth
              />
              <TextField
                label="Password"
                type="password"
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
                variant="outlined"
                margin="normal"
                size="medium"
                fullWidth
              />
              <Button
                type="submit"
                variant="contained"
                size="large"
                fullWidth
                disabled={submitting}
                sx={{ mt: 3 }}
                startIcon={submitting ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
              >
                {submitting ? 'Signing in…' : 'Sign in'}
              </Button>
              <Button variant="text" fullWidth onClick={() => setByLink(true)} sx={{ mt: 1 }}>
                Email me a sign-in link
              </Button>
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};

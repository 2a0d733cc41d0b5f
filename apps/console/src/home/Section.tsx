import { Box, Card, CardContent, CircularProgress, Alert, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-admin';

/** "Approvals waiting" → "approvals-waiting": ids for headings and the figures tests read. */
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

interface SectionProps {
  title: string;
  /** True while any of the section's reads is under way. */
  loading?: boolean;
  error?: Error | null;
  /** What to do next when there is nothing to show, under the (zero) figures. */
  empty?: ReactNode | false;
  /** Where the whole story is. */
  more?: { to: string; label: string };
  children?: ReactNode;
}

/**
 * One card on a home page. Every section says it is loading, why it failed, or what to do when it
 * has nothing to show, so a quiet card never looks like a broken one.
 */
export const HomeSection = ({ title, loading, error, empty, more, children }: SectionProps) => {
  const id = `home-${slug(title)}`;
  let body: ReactNode = children;
  if (loading) {
    body = (
      <Box sx={{ py: 1 }}>
        <CircularProgress size={24} aria-label={`Loading ${title.toLowerCase()}`} />
      </Box>
    );
  } else if (error) {
    body = (
      <Alert severity="error">
        {title} could not be loaded. {error.message}
      </Alert>
    );
  } else if (empty) {
    body = (
      <>
        {children}
        <Typography color="text.secondary">{empty}</Typography>
      </>
    );
  }
  return (
    <Card component="section" aria-labelledby={id} sx={{ minWidth: 0 }}>
      <CardContent>
        <Typography id={id} component="h3" variant="h6" gutterBottom>
          {title}
        </Typography>
        {body}
        {more && !loading && !error && (
          <Box sx={{ mt: 1 }}>
            <Link to={more.to}>{more.label}</Link>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

/** A headline number; `data-figure` names it for the browser tests that check it against the API. */
export const Figure = ({ label, value, hint }: { label: string; value: ReactNode; hint?: string }) => (
  <Box data-figure={slug(label)} sx={{ minWidth: 96 }}>
    <Typography component="p" variant="h4" data-figure-value>
      {value}
    </Typography>
    <Typography component="p" variant="body2" color="text.secondary">
      {label}
    </Typography>
    {hint && (
      <Typography component="p" variant="caption" color="text.secondary">
        {hint}
      </Typography>
    )}
  </Box>
);

export const Figures = ({ children }: { children: ReactNode }) => (
  <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
    {children}
  </Stack>
);

/** The sections of one role under its own heading. */
export const RoleBlock = ({ label, children }: { label: string; children: ReactNode }) => {
  const id = `home-role-${slug(label)}`;
  return (
    <Box component="section" aria-labelledby={id}>
      <Typography id={id} component="h2" variant="h5" sx={{ mb: 1 }}>
        {label}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
        }}
      >
        {children}
      </Box>
    </Box>
  );
};

export const percent = (share: number) => `${Math.round(share * 100)}%`;

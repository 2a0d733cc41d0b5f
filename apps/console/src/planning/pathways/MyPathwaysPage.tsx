import { Alert, Box, Paper, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { LoadError, Loading } from '../../training/ui';
import { formatDate } from '../../workforce/dates';
import { ProgressBar } from '../plan';
import { useMyEnrolments } from './api';
import { StepProgressList } from './ui';

/** A learner's own pathways: where each leads, how far along they are and what to do next. */
export const MyPathwaysPage = () => {
  const mine = useMyEnrolments();
  if (mine.isPending) return <Loading label="Loading your pathways" />;
  if (mine.error) return <LoadError what="Your pathways" error={mine.error} />;
  return (
    <Box sx={{ p: 2 }}>
      <Title title="My pathways" />
      <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
        My development pathways
      </Typography>
      {mine.data.length === 0 && (
        <Alert severity="info">
          You are not on a development pathway yet. Talk to your manager about the pathways on offer: they can enrol
          you, and your progress will show here as you complete each step.
        </Alert>
      )}
      {mine.data.map((e) => (
        <Paper
          key={e.id}
          component="article"
          aria-labelledby={`pathway-${e.id}`}
          variant="outlined"
          sx={{ p: 2, mb: 2 }}
        >
          <Typography variant="h5" component="h2" id={`pathway-${e.id}`}>
            {e.pathway.name}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            From {e.pathway.fromRoleName} to {e.pathway.toRoleName} · started {formatDate(e.startedOn)}
            {e.targetOn ? ` · aiming to finish by ${formatDate(e.targetOn)}` : ''}
          </Typography>
          {e.pathway.description && <Typography sx={{ my: 1 }}>{e.pathway.description}</Typography>}
          <ProgressBar label={`${e.pathway.name} progress`} percent={e.progress.percent} />
          <Typography sx={{ mt: 1 }}>
            {e.progress.complete
              ? 'You have done every step of this pathway. Well done.'
              : `${e.progress.done} of ${e.progress.total} steps done. Next: ${e.progress.nextStep?.title ?? ''}.`}
          </Typography>
          <StepProgressList steps={e.progress.steps} label={`Steps of ${e.pathway.name}`} />
        </Paper>
      ))}
    </Box>
  );
};

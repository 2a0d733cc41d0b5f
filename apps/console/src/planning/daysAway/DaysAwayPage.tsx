import { Box } from '@mui/material';
import { Title } from 'react-admin';
import { TrainerDaysAway } from './TrainerDaysAway';

/** A trainer's own days away, outside the lead's Term schedule page. */
export const DaysAwayPage = () => (
  <Box sx={{ p: 2 }}>
    <Title title="Days away" />
    <TrainerDaysAway />
  </Box>
);

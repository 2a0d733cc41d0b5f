import { Alert, Box, CircularProgress, Stack, Typography } from '@mui/material';
import type { Person } from '../../workforce/types';
import { usePermission } from '../../workforce/ui';
import { EvidenceHistory } from './EvidenceHistory';
import { RecordAssessment } from './RecordAssessment';
import { SkillStanding } from './SkillStanding';
import { usePersonSkills } from './skillsApi';

/** A person's required and current levels by framework, the evidence behind them, and recording more. */
export const PersonSkills = ({ person }: { person: Person }) => {
  const canAssess = usePermission('skills.assess');
  const skills = usePersonSkills(person.id);
  return (
    <Stack spacing={3} sx={{ py: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography component="h2" variant="h6">
          Skills
        </Typography>
        {canAssess && <RecordAssessment person={person} frameworkId={skills.data?.[0]?.frameworkId} />}
      </Stack>
      {skills.error ? (
        <Alert severity="error">The skills could not be loaded. {skills.error.message}</Alert>
      ) : skills.isPending ? (
        <CircularProgress size={24} aria-label="Loading skills" />
      ) : skills.data.length === 0 ? (
        <Box>
          <Typography>No skills recorded for {person.fullName} yet.</Typography>
          <Typography color="text.secondary" variant="body2">
            Skills appear here once one of their jobs names a role profile with requirements, or an assessment is
            recorded.
          </Typography>
        </Box>
      ) : (
        <SkillStanding skills={skills.data} idPrefix={`person-skills-${person.id}`} />
      )}
      <EvidenceHistory personId={person.id} headingId={`person-evidence-${person.id}`} />
    </Stack>
  );
};

import RateReviewIcon from '@mui/icons-material/RateReviewOutlined';
import { Alert, Button, CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { EmptyState, Section, Sections, usePermission } from '../../workforce/ui';
import { RateYourself } from './RateYourself';
import { SkillStanding } from './SkillStanding';
import { useMySkills, type PersonSkill } from './skillsApi';

type Rating = { framework: { id: string; name: string }; skills: PersonSkill[] };

const Summary = ({ skills }: { skills: PersonSkill[] }) => {
  const required = skills.filter((s) => s.requiredLevel !== null);
  const met = required.filter((s) => s.meets).length;
  const overdue = required.filter((s) => s.overdue).length;
  const pending = skills.filter((s) => s.pendingReview).length;
  return (
    <Typography sx={{ mb: 2 }}>
      You meet {met} of the {required.length} levels your role needs.
      {overdue > 0 && (
        <Typography component="strong" sx={{ color: 'error.main', fontWeight: 600 }}>
          {' '}
          {overdue} {overdue === 1 ? 'is' : 'are'} overdue.
        </Typography>
      )}
      {pending > 0 && ` ${pending} of your ratings ${pending === 1 ? 'is' : 'are'} waiting for your manager.`}
    </Typography>
  );
};

const MySkills = () => {
  const { data, error, isPending } = useMySkills();
  const [rating, setRating] = useState<Rating | null>(null);
  if (error) return <Alert severity="info">{error.message}</Alert>;
  if (isPending) return <CircularProgress size={24} aria-label="Loading your skills" />;
  if (data.length === 0) {
    return (
      <Section id="my-skills-heading" title="Your skills">
        <EmptyState
          title="No skills to show yet"
          text="Your skills appear here once your job names a role profile. Ask your manager or workforce lead to set it."
        />
      </Section>
    );
  }
  return (
    <Section id="my-skills-heading" title="Your skills">
      <Summary skills={data} />
      <SkillStanding
        skills={data}
        idPrefix="my-skills"
        actions={(framework) => {
          const required = framework.skills.filter((s) => s.requiredLevel !== null);
          return required.length > 0 ? (
            <Button
              variant="contained"
              startIcon={<RateReviewIcon />}
              onClick={() => setRating({ framework, skills: required })}
              aria-label={`Rate yourself: ${framework.name}`}
            >
              Rate yourself
            </Button>
          ) : null;
        }}
      />
      {rating && <RateYourself {...rating} onClose={() => setRating(null)} />}
    </Section>
  );
};

/** The signed-in person's required and current levels, and rating themselves for their manager to validate. */
export const MySkillsPage = () => {
  const canRate = usePermission('skills.selfAssess');
  return (
    <Sections>
      <Title title="My skills" />
      {canRate === false ? (
        <Alert severity="info">My skills is not available to your account.</Alert>
      ) : (
        canRate && <MySkills />
      )}
    </Sections>
  );
};

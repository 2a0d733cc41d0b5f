import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { EditButton, Link, Show, TopToolbar, useCreatePath, useRecordContext } from 'react-admin';
import { Facts, Section, Sections, TRANSPARENT_SHOW } from '../../workforce/ui';
import { CompetencyTree } from './CompetencyTree';
import { InEffectChip } from './FrameworkList';
import { cumulativeFact, ScaleLevels } from './ScaleShow';
import { effectivePeriod, LEVEL_RULES, SELF_ASSESSMENT_HELP } from './text';
import type { CompetencyFramework } from './types';

const Explained = ({ text, explanation }: { text: string; explanation: string }) => (
  <>
    {text}
    <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontWeight: 400, fontSize: '0.875rem' }}>
      {explanation}
    </Box>
  </>
);

const FrameworkPage = () => {
  const framework = useRecordContext<CompetencyFramework>();
  const createPath = useCreatePath();
  if (!framework) return null;
  // A record from the list (shown while the full one loads) has no tree or scale levels.
  if (!framework.competencies) return <LinearProgress sx={{ mt: 2 }} aria-label="Loading" />;
  const { scale } = framework;
  const rule = LEVEL_RULES[framework.levelRule];
  return (
    <Sections>
      <Section id="framework-details-heading" title="Details">
        <Facts
          items={[
            ['Name', framework.name],
            ['Code', framework.code],
            ['Version', framework.version],
            [
              'Effective',
              <Stack key="effective" direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <span>{effectivePeriod(framework)}</span>
                <InEffectChip framework={framework} />
              </Stack>,
            ],
            ['Level held', <Explained key="rule" text={rule.name} explanation={rule.explanation} />],
            [
              'Self-assessments',
              <Explained
                key="self"
                text={framework.selfAssessmentCounts ? 'Count without validation' : 'Need a manager’s validation'}
                explanation={SELF_ASSESSMENT_HELP}
              />,
            ],
            [
              'Description',
              framework.description && <Box sx={{ whiteSpace: 'pre-line' }}>{framework.description}</Box>,
            ],
            ['Source', framework.source],
          ]}
        />
      </Section>
      <Section id="framework-scale-heading" title={`Levels: ${scale.name}`}>
        <Typography sx={{ mb: 1 }}>
          {cumulativeFact(scale)}.{' '}
          <Link to={createPath({ resource: 'ProficiencyScale', type: 'show', id: scale.id })}>Open the scale</Link>
        </Typography>
        <ScaleLevels scale={scale} labelledBy="framework-scale-heading" />
      </Section>
      <CompetencyTree framework={framework} />
    </Sections>
  );
};

const FrameworkTitle = () => {
  const framework = useRecordContext<CompetencyFramework>();
  return <>{framework ? `${framework.name} ${framework.version}` : 'Competency framework'}</>;
};

export const FrameworkShow = () => (
  <Show<CompetencyFramework>
    title={<FrameworkTitle />}
    actions={
      <TopToolbar>
        <EditButton label="Edit details" />
      </TopToolbar>
    }
    sx={TRANSPARENT_SHOW}
  >
    <FrameworkPage />
  </Show>
);

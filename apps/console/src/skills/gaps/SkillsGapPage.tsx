import {
  Alert,
  Box,
  CircularProgress,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Title } from 'react-admin';
import { EmptyState, Section, Sections, usePermission } from '../../workforce/ui';
import { ExportButton } from './ExportButton';
import type { CompetencyFramework } from '../frameworks/types';
import { defaultFramework, isEffective, useFramework, useFrameworks } from './frameworks';
import { useGapReport, useHeatmap, type GapScope, type HeatmapAxis } from './gapApi';
import { GapPeopleDialog, type GapFigureChoice } from './GapPeopleDialog';
import { GapScopeFilters } from './GapScopeFilters';
import { GapSummary } from './GapSummary';
import { HeatmapTable } from './HeatmapTable';
import { ShareKey } from './shareBands';
import { useGapSearch } from './useGapSearch';

const AXIS_LABELS: Record<HeatmapAxis, string> = {
  ORGANISATION: 'Organisation',
  SITE: 'Site',
  ROLE_PROFILE: 'Role profile',
};

const frameworkLabel = (framework: CompetencyFramework) =>
  `${framework.name} (version ${framework.version})${isEffective(framework) ? '' : ', not in force today'}`;

const Loading = ({ label }: { label: string }) => (
  <Box sx={{ py: 2 }}>
    <CircularProgress size={24} aria-label={label} />
  </Box>
);

/** The summary and heatmap for one framework and scope, or what to do when nobody is in scope. */
const Figures = ({
  scope,
  axis,
  filtered,
  onOpen,
}: {
  scope: GapScope;
  axis: HeatmapAxis;
  filtered: boolean;
  onOpen: (choice: GapFigureChoice) => void;
}) => {
  const report = useGapReport(scope);
  const heatmap = useHeatmap(scope, axis);
  if (report.error) return <Alert severity="error">The gaps could not be worked out. {report.error.message}</Alert>;
  if (report.isPending) return <Loading label="Working out the gaps" />;
  if (report.data.people === 0) {
    return (
      <Section id="gap-empty-heading" title="No requirements in scope">
        <EmptyState
          title="Nobody in scope needs this framework’s competencies"
          text={
            filtered
              ? 'No one matching these filters has a current job whose role profile asks for this framework. Clear or widen the filters, or choose another framework.'
              : 'No current job names a role profile that asks for this framework’s competencies yet. Add requirements to a role profile, then name the profile on people’s jobs.'
          }
        />
      </Section>
    );
  }
  return (
    <>
      <Section id="gap-summary-heading" title="Gaps by competency">
        <GapSummary
          report={report.data}
          onOpen={(row) => onOpen({ competencyId: row.competencyId, title: row.name, figures: row })}
        />
      </Section>
      <Section id="gap-heatmap-heading" title={`Heatmap by ${AXIS_LABELS[axis].toLowerCase()}`}>
        <Typography color="text.secondary" variant="body2" sx={{ mb: 1 }}>
          Each cell shows the share of people there who meet the level their job needs, and how many of how many. Choose
          a cell to see the people.
        </Typography>
        <ShareKey />
        {heatmap.error ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            The heatmap could not be drawn. {heatmap.error.message}
          </Alert>
        ) : heatmap.isPending ? (
          <Loading label="Drawing the heatmap" />
        ) : (
          <Box sx={{ mt: 2 }}>
            <HeatmapTable heatmap={heatmap.data} onOpen={onOpen} />
          </Box>
        )}
      </Section>
    </>
  );
};

const GapPage = () => {
  const { frameworkId, axis, filters, scope, update } = useGapSearch();
  const frameworks = useFrameworks();
  const framework = useFramework(frameworkId);
  const [choice, setChoice] = useState<GapFigureChoice | null>(null);
  const fallback = frameworks.data && defaultFramework(frameworks.data);

  useEffect(() => {
    if (!frameworkId && fallback) update({ frameworkId: fallback.id });
  }, [frameworkId, fallback, update]);

  if (frameworks.error) {
    return <Alert severity="error">The frameworks could not be loaded. {frameworks.error.message}</Alert>;
  }
  if (frameworks.isPending) return <Loading label="Loading frameworks" />;
  if (frameworks.data.length === 0) {
    return (
      <Section id="gap-no-framework-heading" title="No frameworks yet">
        <EmptyState
          title="There is no competency framework to measure against"
          text="A workforce lead adds or loads a framework under Skills, then sets the levels each role profile needs."
        />
      </Section>
    );
  }

  return (
    <>
      <Section
        id="gap-view-heading"
        title="What to show"
        actions={scope ? <ExportButton scope={scope} axis={axis} /> : undefined}
      >
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} useFlexGap sx={{ mb: 2 }}>
          <TextField
            select
            label="Framework"
            value={frameworkId ?? ''}
            onChange={(event) => update({ frameworkId: event.target.value })}
            sx={{ minWidth: 320 }}
          >
            {frameworks.data.map((f) => (
              <MenuItem key={f.id} value={f.id}>
                {frameworkLabel(f)}
              </MenuItem>
            ))}
          </TextField>
          <FormControl>
            <FormLabel id="gap-axis-label">Compare by</FormLabel>
            <RadioGroup
              row
              aria-labelledby="gap-axis-label"
              value={axis}
              onChange={(event) => update({ axis: event.target.value })}
            >
              {(Object.keys(AXIS_LABELS) as HeatmapAxis[]).map((value) => (
                <FormControlLabel key={value} value={value} control={<Radio />} label={AXIS_LABELS[value]} />
              ))}
            </RadioGroup>
          </FormControl>
        </Stack>
        <Typography component="h3" variant="subtitle2" sx={{ mb: 1 }}>
          Filters
        </Typography>
        <GapScopeFilters filters={filters} onChange={update} />
      </Section>
      {scope && (
        <Figures
          scope={scope}
          axis={axis}
          filtered={Object.keys(filters).length > 0}
          onOpen={(picked) => setChoice(picked)}
        />
      )}
      {choice && scope && (
        <GapPeopleDialog
          scope={scope}
          choice={choice}
          levels={framework.data?.scale.levels}
          onClose={() => setChoice(null)}
        />
      )}
    </>
  );
};

/** Where the partnership's skills gaps are: a summary per competency and a heatmap to drill into. */
export const SkillsGapPage = () => {
  const canRead = usePermission('gap.read');
  return (
    <Sections>
      {/* react-admin shows the title as the page's h1, in the app bar. */}
      <Title title="Skills gaps" />
      {canRead === false ? (
        <Alert severity="info">
          Skills gaps are for workforce leads, partner admins and managers. Ask your workforce lead if you need to see
          them.
        </Alert>
      ) : (
        canRead && <GapPage />
      )}
    </Sections>
  );
};

import {
  Box,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  alpha,
} from '@mui/material';
import type { ReactNode } from 'react';
import { formatDate } from '../../workforce/dates';
import { byFramework, EVIDENCE_SOURCE_LABELS } from './labels';
import type { PersonSkill } from './skillsApi';

const Missing = ({ text }: { text: string }) => (
  <Box component="span" sx={{ color: 'text.secondary' }}>
    {text}
  </Box>
);

const Status = ({ skill }: { skill: PersonSkill }) => (
  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
    {skill.requiredLevel === null ? null : skill.meets ? (
      <Chip size="small" color="success" variant="outlined" label="Meets" />
    ) : skill.overdue ? (
      <Chip size="small" color="error" label="Overdue" />
    ) : (
      <Chip size="small" color="warning" variant="outlined" label="Not yet" />
    )}
    {skill.pendingReview && <Chip size="small" color="info" variant="outlined" label="Waiting for validation" />}
  </Stack>
);

const SkillRow = ({ skill }: { skill: PersonSkill }) => (
  <TableRow sx={skill.overdue ? { bgcolor: (theme) => alpha(theme.palette.error.main, 0.08) } : undefined}>
    <TableCell component="th" scope="row">
      {skill.code} · {skill.name}
    </TableCell>
    <TableCell>
      {skill.requiredLevelName ?? <Missing text="Not required" />}
      {skill.priority === 'ESSENTIAL' && (
        <Typography component="span" variant="body2" color="text.secondary">
          {' '}
          (essential)
        </Typography>
      )}
    </TableCell>
    <TableCell>{skill.dueOn ? formatDate(skill.dueOn) : '—'}</TableCell>
    <TableCell>{skill.currentLevelName ?? <Missing text="None recorded" />}</TableCell>
    <TableCell>{skill.source ? EVIDENCE_SOURCE_LABELS[skill.source] : '—'}</TableCell>
    <TableCell>{skill.since ? formatDate(skill.since) : '—'}</TableCell>
    <TableCell>{skill.reviewOn ? formatDate(skill.reviewOn) : '—'}</TableCell>
    <TableCell>
      <Status skill={skill} />
    </TableCell>
  </TableRow>
);

/**
 * Required against current levels, one table per framework. `actions` adds buttons beside a
 * framework's heading (such as "Rate yourself").
 */
export const SkillStanding = ({
  skills,
  idPrefix,
  actions,
}: {
  skills: PersonSkill[];
  idPrefix: string;
  actions?: (framework: { id: string; name: string; skills: PersonSkill[] }) => ReactNode;
}) => (
  <Stack spacing={3}>
    {byFramework(skills).map((framework) => {
      const headingId = `${idPrefix}-${framework.id}`;
      return (
        <Box component="section" key={framework.id} aria-labelledby={headingId}>
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', mb: 1 }}
          >
            <Typography id={headingId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
              {framework.name}
            </Typography>
            {actions?.(framework)}
          </Stack>
          <TableContainer>
            <Table size="small" aria-labelledby={headingId}>
              <TableHead>
                <TableRow>
                  <TableCell>Competency</TableCell>
                  <TableCell>Required level</TableCell>
                  <TableCell>Due by</TableCell>
                  <TableCell>Current level</TableCell>
                  <TableCell>Evidence</TableCell>
                  <TableCell>Since</TableCell>
                  <TableCell>Lapses on</TableCell>
                  <TableCell>Status</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {framework.skills.map((skill) => (
                  <SkillRow key={skill.competencyId} skill={skill} />
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Box>
      );
    })}
  </Stack>
);

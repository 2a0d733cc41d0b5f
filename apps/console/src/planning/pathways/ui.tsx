import CheckCircleIcon from '@mui/icons-material/CheckCircleOutlined';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Box, List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import { formatDate } from '../../workforce/dates';
import type { PathwayStatus, StepProgress } from './types';

export const PATHWAY_STATUS_LABELS: Record<PathwayStatus, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  RETIRED: 'Retired',
};

/** What shows a step is done, in words: the day the course was completed, the level held, and so on. */
const evidence = ({ step, done, evidenceOn, levelHeld, validUntil }: StepProgress): string => {
  if (!done) return step.kind === 'COURSE' ? 'Not done, or no longer in date' : 'Not done yet';
  switch (step.kind) {
    case 'COURSE':
      return `Completed ${formatDate(evidenceOn)}${validUntil ? `, in date until ${formatDate(validUntil)}` : ''}`;
    case 'COMPETENCY':
      return `Level ${levelHeld} held since ${formatDate(evidenceOn)}`;
    case 'SUPERVISION':
      return evidenceOn ? `Within frequency; last supervision ${formatDate(evidenceOn)}` : 'Within frequency';
    case 'QUALIFICATION':
      return `Attained ${formatDate(evidenceOn)}`;
  }
};

/** A person's steps in order, each done or to do with its evidence; the next step is marked. */
export const StepProgressList = ({ steps, label }: { steps: StepProgress[]; label: string }) => {
  const next = steps.find((s) => !s.done)?.step.id;
  return (
    <List dense aria-label={label}>
      {steps.map((s) => (
        <ListItem key={s.step.id} sx={{ alignItems: 'flex-start' }}>
          <ListItemIcon sx={{ minWidth: 36, mt: 0.5 }}>
            {s.done ? (
              <CheckCircleIcon color="success" titleAccess="Done" />
            ) : (
              <RadioButtonUncheckedIcon titleAccess="To do" />
            )}
          </ListItemIcon>
          <ListItemText
            primary={
              <>
                {s.step.position}. {s.step.title}
                {s.step.id === next && (
                  <Box component="strong" sx={{ ml: 1 }}>
                    (next step)
                  </Box>
                )}
              </>
            }
            secondary={[evidence(s), s.step.note].filter(Boolean).join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
};

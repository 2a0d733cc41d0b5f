import { Chip, List, ListItem, ListItemText } from '@mui/material';
import { useMySupervisees } from '../supervision/api';
import { DUE_LABELS } from '../supervision/labels';
import { formatDate } from '../workforce/dates';
import { Figure, Figures, HomeSection } from './Section';

const ORDER = { OVERDUE: 0, DUE: 1, ON_TRACK: 2 } as const;

export const SupervisorHome = () => {
  const { data, isPending, error } = useMySupervisees();
  const current = (data ?? []).filter((a) => !a.endDate || a.endDate >= new Date().toISOString().slice(0, 10));
  const sorted = [...current].sort((a, b) => ORDER[a.standing.dueState] - ORDER[b.standing.dueState]);
  return (
    <HomeSection
      title="My supervisees"
      loading={isPending}
      error={error}
      empty={current.length === 0 && 'Nobody is supervised by you yet. Agreements you make appear here.'}
      more={{ to: '/my-supervisees', label: 'My supervisees' }}
    >
      <Figures>
        <Figure label="Supervisees" value={current.length} />
        <Figure label="Due or overdue" value={current.filter((a) => a.standing.dueState !== 'ON_TRACK').length} />
      </Figures>
      <List dense disablePadding>
        {sorted.slice(0, 6).map((a) => (
          <ListItem
            key={a.id}
            disableGutters
            secondaryAction={<Chip size="small" label={DUE_LABELS[a.standing.dueState]} />}
          >
            <ListItemText
              primary={a.supervisee.fullName}
              secondary={`Next supervision by ${formatDate(a.standing.nextDueOn)}`}
            />
          </ListItem>
        ))}
      </List>
    </HomeSection>
  );
};

import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Alert, Box, Button, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useMemo } from 'react';
import { AutocompleteInput, Link, ReferenceInput, Title, useCreatePath } from 'react-admin';
import { SitePicker } from '../../workforce/inputs';
import { CreateLink, Section, Sections, usePermission, VISUALLY_HIDDEN } from '../../workforce/ui';
import { useSessions, type SessionRow } from '../api';
import { formatTime, venue } from '../labels';
import { FilterBar, LoadError, Loading, useUrlFilters } from '../ui';
import {
  dayKey,
  addDays,
  fromDayKey,
  longDay,
  shortDay,
  step,
  viewTitle,
  weeksOf,
  WEEKDAYS,
  type CalendarView,
} from './calendarDates';

const FILTERS = ['siteId', 'providerId', 'courseId'] as const;
const PARAMS = ['view', 'date', ...FILTERS] as const;
/** Enough for a busy month, within what the API allows one query to cost. */
const MAX_SESSIONS = 100;

/** A session on one of its days: each part is shown on the day it runs. */
interface Entry {
  session: SessionRow;
  startsAt: string;
  endsAt: string;
  part: number | null;
}

const entriesByDay = (sessions: SessionRow[]) => {
  const days = new Map<string, Entry[]>();
  for (const session of sessions) {
    const parts = session.parts.length
      ? session.parts
      : [{ startsAt: session.startsAt, endsAt: session.endsAt, position: 0 }];
    for (const part of parts) {
      const key = dayKey(new Date(part.startsAt));
      const entry = {
        session,
        startsAt: part.startsAt,
        endsAt: part.endsAt,
        part: parts.length > 1 ? part.position + 1 : null,
      };
      days.set(key, [...(days.get(key) ?? []), entry]);
    }
  }
  days.forEach((entries) => entries.sort((a, b) => a.startsAt.localeCompare(b.startsAt)));
  return days;
};

const EntryLink = ({ entry }: { entry: Entry }) => {
  const createPath = useCreatePath();
  const { session } = entry;
  const cancelled = session.status === 'CANCELLED';
  const draft = session.status === 'DRAFT';
  const places = session.places.free > 0 ? `${session.places.free} free` : 'full';
  return (
    <Box component="li" sx={{ mb: 0.75, lineHeight: 1.3 }}>
      <Link
        to={createPath({ resource: 'TrainingSession', type: 'show', id: session.id })}
        sx={{ fontSize: '0.8125rem', textDecoration: cancelled ? 'line-through' : undefined }}
      >
        {formatTime(entry.startsAt)} {session.course.title}
        {entry.part ? ` (part ${entry.part})` : ''}
      </Link>
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {venue(session)} · {cancelled ? 'cancelled' : draft ? 'draft' : places}
      </Typography>
    </Box>
  );
};

/** A month or week as a table of days, Monday first; each day lists its sessions. */
const CalendarGrid = ({
  weeks,
  month,
  sessions,
  caption,
}: {
  weeks: Date[][];
  month: number | null;
  sessions: SessionRow[];
  caption: string;
}) => {
  const byDay = useMemo(() => entriesByDay(sessions), [sessions]);
  const today = dayKey(new Date());
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Box component="table" sx={{ width: '100%', minWidth: 840, borderCollapse: 'collapse', tableLayout: 'fixed' }}>
        <caption style={VISUALLY_HIDDEN}>{caption}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((day) => (
              <Box
                component="th"
                scope="col"
                key={day}
                sx={{ textAlign: 'left', p: 1, fontWeight: 600, fontSize: '0.875rem' }}
              >
                <abbr title={day} style={{ textDecoration: 'none' }}>
                  {day.slice(0, 3)}
                </abbr>
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={dayKey(week[0])}>
              {week.map((day) => {
                const key = dayKey(day);
                const entries = byDay.get(key) ?? [];
                const outside = month !== null && day.getMonth() !== month;
                return (
                  <Box
                    component="td"
                    key={key}
                    aria-current={key === today ? 'date' : undefined}
                    sx={{
                      verticalAlign: 'top',
                      border: 1,
                      borderColor: 'divider',
                      p: 1,
                      height: month === null ? 240 : 120,
                      bgcolor: key === today ? 'action.selected' : outside ? 'action.hover' : undefined,
                    }}
                  >
                    <Typography
                      component="div"
                      variant="body2"
                      color={outside ? 'text.secondary' : 'text.primary'}
                      sx={{ fontWeight: key === today ? 700 : 500, mb: 0.5 }}
                    >
                      <span aria-hidden>{month === null ? shortDay(day) : day.getDate()}</span>
                      <span style={VISUALLY_HIDDEN}>
                        {longDay(day)}
                        {entries.length ? `, ${entries.length} ${entries.length === 1 ? 'session' : 'sessions'}` : ''}
                      </span>
                    </Typography>
                    {entries.length > 0 && (
                      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
                        {entries.map((entry) => (
                          <EntryLink key={`${entry.session.id}-${entry.startsAt}`} entry={entry} />
                        ))}
                      </Box>
                    )}
                  </Box>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
};

const Calendar = () => {
  const canPlan = usePermission('training.write') === true;
  const { values, update } = useUrlFilters(PARAMS);
  const view: CalendarView = values.view === 'week' ? 'week' : 'month';
  const anchor = fromDayKey(values.date);
  const weeks = weeksOf(anchor, view);
  const from = weeks[0][0];
  const to = addDays(weeks[weeks.length - 1][6], 1);
  const filter = {
    from: from.toISOString(),
    to: to.toISOString(),
    ...(values.siteId ? { siteIds: [values.siteId] } : {}),
    ...(values.providerId ? { providerIds: [values.providerId] } : {}),
    ...(values.courseId ? { courseIds: [values.courseId] } : {}),
    // Drafts are the training team's; everyone else sees what is, or was, on offer.
    ...(canPlan ? {} : { statuses: ['PUBLISHED' as const, 'COMPLETED' as const] }),
  };
  const sessions = useSessions(filter, 1, MAX_SESSIONS);
  const title = viewTitle(anchor, view);
  const unit = view === 'month' ? 'month' : 'week';
  return (
    <>
      <Section id="calendar-filters-heading" title="Filters">
        <FilterBar names={FILTERS} values={values} onChange={update}>
          <SitePicker source="siteId" label="Site" />
          <ReferenceInput source="providerId" reference="TrainingProvider" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput label="Provider" optionText="name" noOptionsText="No provider matches." />
          </ReferenceInput>
          <ReferenceInput source="courseId" reference="Course" sort={{ field: 'title', order: 'ASC' }}>
            <AutocompleteInput label="Course" optionText="title" noOptionsText="No course matches." />
          </ReferenceInput>
        </FilterBar>
      </Section>
      <Section
        id="calendar-heading"
        title={title}
        actions={canPlan && <CreateLink resource="TrainingSession" label="Add session" record={{}} />}
      >
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
          <Button startIcon={<ChevronLeftIcon />} onClick={() => update({ date: dayKey(step(anchor, view, -1)) })}>
            Previous {unit}
          </Button>
          <Button onClick={() => update({ date: null })}>Today</Button>
          <Button endIcon={<ChevronRightIcon />} onClick={() => update({ date: dayKey(step(anchor, view, 1)) })}>
            Next {unit}
          </Button>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={view}
            aria-label="Show"
            onChange={(_, next: CalendarView | null) => next && update({ view: next === 'month' ? null : next })}
            sx={{ ml: 'auto' }}
          >
            <ToggleButton value="month">Month</ToggleButton>
            <ToggleButton value="week">Week</ToggleButton>
          </ToggleButtonGroup>
        </Stack>
        {sessions.error ? (
          <LoadError what="The sessions" error={sessions.error} />
        ) : sessions.isPending ? (
          <Loading label="Loading the sessions" />
        ) : (
          <>
            {sessions.data.totalCount > MAX_SESSIONS && (
              <Alert severity="info" sx={{ mb: 1 }}>
                Showing the first {MAX_SESSIONS} of {sessions.data.totalCount} sessions: switch to the week view or
                filter to see the rest.
              </Alert>
            )}
            <Typography role="status" variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {sessions.data.totalCount === 0
                ? `No sessions in this ${unit}’s weeks.`
                : `${sessions.data.totalCount} ${sessions.data.totalCount === 1 ? 'session' : 'sessions'} shown.`}
            </Typography>
            <CalendarGrid
              weeks={weeks}
              month={view === 'month' ? anchor.getMonth() : null}
              sessions={sessions.data.nodes}
              caption={`Training sessions, ${title}`}
            />
          </>
        )}
      </Section>
    </>
  );
};

/** The session calendar: a month or a week of sessions, filtered by site, provider and course. */
export const TrainingCalendarPage = () => (
  <Sections>
    <Title title="Training calendar" />
    <Calendar />
  </Sections>
);

import { Alert, Button, List, ListItem, ListItemText, TablePagination, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { AutocompleteInput, DateInput, ReferenceInput, Title, useGetOne } from 'react-admin';
import { SitePicker } from '../../workforce/inputs';
import { formatDate } from '../../workforce/dates';
import { EmptyState, Section, Sections, usePermission } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { useBookedSessions, useMyInterests, useSessions, withdrawInterest } from '../api';
import { fromDayKey } from '../calendar/calendarDates';
import { SessionTable } from '../sessions/SessionTable';
import type { Course } from '../types';
import { FilterBar, LoadError, Loading, useUrlFilters } from '../ui';
import { RegisterInterestButton } from './RegisterInterestButton';

const FILTERS = ['courseId', 'siteId', 'from'] as const;

/** The learner's open interests, which they may withdraw. */
const MyInterests = () => {
  const interests = useMyInterests();
  const withdraw = useAction((_, courseId: string) => withdrawInterest(courseId), {
    success: () => 'Your interest is withdrawn.',
    failure: 'Your interest was not withdrawn.',
  });
  if (interests.error) return <LoadError what="Your interests" error={interests.error} />;
  if (interests.isPending || interests.data.length === 0) return null;
  return (
    <>
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>
        Courses you are waiting for
      </Typography>
      <List dense>
        {interests.data.map((interest) => (
          <ListItem
            key={interest.id}
            disableGutters
            secondaryAction={
              <Button
                size="small"
                disabled={withdraw.isPending}
                onClick={() => withdraw.mutate(interest.course.id)}
                aria-label={`Withdraw your interest in ${interest.course.title}`}
              >
                Withdraw
              </Button>
            }
          >
            <ListItemText
              primary={interest.course.title}
              secondary={`Since ${formatDate(interest.createdAt)}${interest.site ? `, at ${interest.site.name}` : ''}`}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
};

const Sessions = () => {
  const { values, update } = useUrlFilters(FILTERS);
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const filter = useMemo(() => {
    const now = new Date();
    const chosen = values.from ? fromDayKey(values.from) : now;
    return {
      statuses: ['PUBLISHED' as const],
      from: (chosen > now ? chosen : now).toISOString(),
      ...(values.courseId ? { courseIds: [values.courseId] } : {}),
      ...(values.siteId ? { siteIds: [values.siteId] } : {}),
    };
  }, [values]);
  const sessions = useSessions(filter, page, perPage);
  const booked = useBookedSessions(true);
  const { data: course } = useGetOne<Course>(
    'Course',
    { id: values.courseId ?? '' },
    { enabled: Boolean(values.courseId) },
  );
  const filtered = Object.keys(values).length > 0;
  return (
    <>
      <Section id="find-filters-heading" title="What are you looking for?">
        <FilterBar
          names={FILTERS}
          values={values}
          onChange={(changes) => {
            update(changes);
            setPage(1);
          }}
        >
          <ReferenceInput
            source="courseId"
            reference="Course"
            filter={{ status: 'ACTIVE' }}
            sort={{ field: 'title', order: 'ASC' }}
          >
            <AutocompleteInput label="Course" optionText="title" noOptionsText="No course matches." />
          </ReferenceInput>
          <SitePicker source="siteId" label="Site" />
          <DateInput source="from" label="From" />
        </FilterBar>
      </Section>
      <Section id="find-sessions-heading" title="Sessions you can book">
        {sessions.error ? (
          <LoadError what="The sessions" error={sessions.error} />
        ) : sessions.isPending ? (
          <Loading label="Finding sessions" />
        ) : sessions.data.totalCount === 0 ? (
          <EmptyState
            title={filtered ? 'No sessions match' : 'No sessions are open for booking'}
            text={
              course
                ? `There is no upcoming session of ${course.title}${values.siteId ? ' at that site' : ''}. Register interest and the planners count you in for the next one.`
                : 'Try another course, site or date, or register interest in a course and the planners count you in.'
            }
          />
        ) : (
          <>
            <SessionTable sessions={sessions.data.nodes} caption="Sessions you can book" canBook booked={booked} />
            {sessions.data.totalCount > 25 && (
              <TablePagination
                component="div"
                count={sessions.data.totalCount}
                page={page - 1}
                rowsPerPage={perPage}
                rowsPerPageOptions={[25, 50]}
                onPageChange={(_, next) => setPage(next + 1)}
                onRowsPerPageChange={(event) => {
                  setPerPage(Number(event.target.value));
                  setPage(1);
                }}
              />
            )}
          </>
        )}
      </Section>
      <Section
        id="find-interest-heading"
        title="No session that suits you?"
        actions={<RegisterInterestButton course={course ? { id: course.id, title: course.title } : undefined} />}
      >
        <Typography>
          Register interest in a course, and where you would like to go. The training team plans sessions where people
          are waiting; new ones appear here.
        </Typography>
        <MyInterests />
      </Section>
    </>
  );
};

/** Upcoming published sessions a learner can book, with a way to ask for one when none suits. */
export const FindTrainingPage = () => {
  const canBook = usePermission('booking.self');
  return (
    <Sections>
      <Title title="Find training" />
      {canBook === false ? (
        <Alert severity="info">Booking training needs a Kindred account linked to your record.</Alert>
      ) : (
        canBook && <Sessions />
      )}
    </Sections>
  );
};

import ArchiveIcon from '@mui/icons-material/ArchiveOutlined';
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  List,
  ListItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, EditButton, Link, Show, TopToolbar, useCreatePath, useGetMany, useRecordContext } from 'react-admin';
import { EMPLOYMENT_TYPE_LABELS } from '../../workforce/choices';
import {
  CreateLink,
  Facts,
  Section,
  Sections,
  TRANSPARENT_SHOW,
  usePermission,
  VISUALLY_HIDDEN,
} from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { archiveCourse, useBookedSessions, useCourseDemand } from '../api';
import { RegisterInterestButton } from '../find/RegisterInterestButton';
import { COURSE_MODE_LABELS, duration, money, validityText } from '../labels';
import { SessionTable } from '../sessions/SessionTable';
import type { CompetencyLevel, Course } from '../types';
import { LoadError, Loading } from '../ui';

interface CompetencyName {
  id: string;
  code: string;
  name: string;
  framework: { scale: { levels: { rank: number; name: string }[] } };
}

/** "TIP2 · Trauma-informed practice: Skilled" for each level, in the order given. */
const useLevelNames = (levels: CompetencyLevel[]) => {
  const { data } = useGetMany<CompetencyName>('Competency', { ids: levels.map((l) => l.competencyId) });
  return levels.map((l) => {
    const competency = data?.find((c) => c.id === l.competencyId);
    if (!competency) return `Level ${l.level}`;
    const level = competency.framework.scale.levels.find((s) => s.rank === l.level)?.name ?? `level ${l.level}`;
    return `${competency.code} · ${competency.name}: ${level}`;
  });
};

const Names = ({ names, none }: { names: string[]; none: string }) =>
  names.length === 0 ? (
    <>{none}</>
  ) : (
    <List dense disablePadding>
      {names.map((name) => (
        <ListItem key={name} disableGutters sx={{ py: 0 }}>
          {name}
        </ListItem>
      ))}
    </List>
  );

const Audience = ({ course }: { course: Course }) => {
  const audience = course.audience!;
  const profiles = useGetMany<{ id: string; name: string }>('RoleProfile', { ids: audience.roleProfileIds });
  const organisations = useGetMany<{ id: string; name: string }>('Organisation', { ids: audience.organisationIds });
  const open = !audience.roleProfileIds.length && !audience.employmentTypes.length && !audience.organisationIds.length;
  return (
    <Section id="course-audience-heading" title="Who it is for">
      {open ? (
        <Typography>Open to everyone in the partnership, volunteers included.</Typography>
      ) : (
        <Facts
          items={[
            ['Role profiles', <Names key="p" names={(profiles.data ?? []).map((p) => p.name)} none="Any role" />],
            [
              'Employment',
              <Names
                key="e"
                names={audience.employmentTypes.map((type) => EMPLOYMENT_TYPE_LABELS[type])}
                none="Any kind, volunteers included"
              />,
            ],
            [
              'Organisations',
              <Names key="o" names={(organisations.data ?? []).map((o) => o.name)} none="Any organisation" />,
            ],
          ]}
        />
      )}
    </Section>
  );
};

const BeforeAndAfter = ({ course }: { course: Course }) => {
  const prerequisites = course.prerequisites ?? [];
  const courseIds = prerequisites.flatMap((p) => (p.courseId ? [p.courseId] : []));
  const levels = prerequisites.flatMap((p) =>
    p.competencyId && p.level !== null ? [{ competencyId: p.competencyId, level: p.level }] : [],
  );
  const courses = useGetMany<Course>('Course', { ids: courseIds });
  const expected = useLevelNames(levels);
  const grants = useLevelNames(course.grants ?? []);
  return (
    <Section id="course-grants-heading" title="What it expects and grants">
      <Facts
        items={[
          [
            'Expected first',
            <Names key="first" names={[...(courses.data ?? []).map((c) => c.title), ...expected]} none="Nothing" />,
          ],
          ['Grants on completion', <Names key="grants" names={grants} none="No competency levels" />],
          ['Validity', validityText(course.validityMonths, course.reminderMonths)],
        ]}
      />
    </Section>
  );
};

/** Who is waiting for a session, for the lead planning the next ones. */
const Demand = ({ course }: { course: Course }) => {
  const demand = useCourseDemand(course.id);
  if (demand.error) return <LoadError what="The demand" error={demand.error} />;
  if (demand.isPending) return <Loading label="Loading the demand" />;
  if (demand.data.total === 0) return <Typography color="text.secondary">Nobody has registered interest.</Typography>;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
      {(
        [
          ['Site', demand.data.bySite.map((row) => [row.site?.name ?? 'No preference', row.count])],
          ['Employer', demand.data.byOrganisation.map((row) => [row.organisation.name, row.count])],
        ] as [string, [string, number][]][]
      ).map(([axis, rows]) => (
        <Table key={axis} size="small" sx={{ maxWidth: 420 }}>
          <caption style={VISUALLY_HIDDEN}>Interest by {axis.toLowerCase()}</caption>
          <TableHead>
            <TableRow>
              <TableCell>{axis}</TableCell>
              <TableCell align="right">People waiting</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(([name, count]) => (
              <TableRow key={name}>
                <TableCell component="th" scope="row">
                  {name}
                </TableCell>
                <TableCell align="right">{count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ))}
    </Stack>
  );
};

const Sessions = ({ course }: { course: Course }) => {
  const canBook = usePermission('booking.self') === true;
  const canPlan = usePermission('training.write') === true;
  const booked = useBookedSessions(canBook);
  const sessions = course.sessions ?? [];
  return (
    <Section
      id="course-sessions-heading"
      title="Upcoming sessions"
      actions={
        <>
          {course.status === 'ACTIVE' && (
            <CreateLink resource="TrainingSession" label="Add session" record={{ courseId: course.id }} />
          )}
          {canBook && <RegisterInterestButton course={course} />}
        </>
      }
    >
      {sessions.length === 0 ? (
        <Typography color="text.secondary">
          No sessions are planned yet.
          {canBook ? ' Register interest, and the planners count you in for the next one.' : ''}
        </Typography>
      ) : (
        <SessionTable
          sessions={sessions}
          caption={`Upcoming sessions of ${course.title}`}
          courseTitle={course.title}
          canBook={canBook}
          booked={booked}
        />
      )}
      {canPlan && (
        <Box sx={{ mt: 3 }}>
          <Typography component="h3" variant="subtitle1" sx={{ mb: 1 }}>
            Interest waiting for a session{course.demand ? ` (${course.demand})` : ''}
          </Typography>
          <Demand course={course} />
        </Box>
      )}
    </Section>
  );
};

const CoursePage = () => {
  const course = useRecordContext<Course>();
  const createPath = useCreatePath();
  if (!course) return null;
  // A record from the list (shown while the full one loads) has no audience.
  if (!course.audience) return <LinearProgress sx={{ mt: 2 }} aria-label="Loading" />;
  return (
    <Sections>
      {course.status === 'ARCHIVED' && (
        <Alert severity="info">This course is archived: it takes no new sessions. Its records stay.</Alert>
      )}
      <Section id="course-about-heading" title="About the course">
        <Typography sx={{ whiteSpace: 'pre-line', mb: 2 }}>{course.summary || 'No summary yet.'}</Typography>
        <Facts
          items={[
            [
              'Provider',
              <Link
                key="provider"
                to={createPath({ resource: 'TrainingProvider', type: 'show', id: course.provider.id })}
              >
                {course.provider.name}
              </Link>,
            ],
            ['Mode', COURSE_MODE_LABELS[course.mode]],
            ['Length', duration(course.durationMinutes)],
            ['CPD time', duration(course.cpdMinutes)],
            ['Cost per place', money(course.costPerPlacePence)],
          ]}
        />
        <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>
          Learning outcomes
        </Typography>
        <Names names={course.outcomes} none="None listed yet." />
      </Section>
      <Audience course={course} />
      <BeforeAndAfter course={course} />
      <Sessions course={course} />
    </Sections>
  );
};

const ArchiveButton = () => {
  const course = useRecordContext<Course>();
  const canWrite = usePermission('training.write');
  const [confirming, setConfirming] = useState(false);
  const archive = useAction(
    (_, target: Course) => archiveCourse(target.id),
    { success: (_, target) => `${target.title} archived.`, failure: 'The course was not archived.' },
    () => setConfirming(false),
  );
  if (!course || !canWrite || course.status !== 'ACTIVE') return null;
  return (
    <>
      <Button size="small" startIcon={<ArchiveIcon />} onClick={() => setConfirming(true)}>
        Archive
      </Button>
      <Confirm
        isOpen={confirming}
        loading={archive.isPending}
        title={`Archive ${course.title}?`}
        content="It leaves the catalogue and takes no new sessions. Sessions already planned, and everyone's records, stay."
        confirm="Archive"
        onConfirm={() => archive.mutate(course)}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};

const CourseTitle = () => {
  const course = useRecordContext<Course>();
  if (!course) return <>Course</>;
  return <>{course.status === 'ARCHIVED' ? `${course.title} (archived)` : course.title}</>;
};

export const CourseShow = () => (
  <Show<Course>
    title={<CourseTitle />}
    actions={
      <TopToolbar>
        <EditButton />
        <ArchiveButton />
      </TopToolbar>
    }
    sx={TRANSPARENT_SHOW}
  >
    <CoursePage />
  </Show>
);

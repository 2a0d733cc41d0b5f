import { List, ListItem, ListItemText } from '@mui/material';
import { usePermissions } from 'react-admin';
import { defaultFramework, useFrameworks } from '../skills/gaps/frameworks';
import { useGapReport } from '../skills/gaps/gapApi';
import { useCompliance, useMyActions } from '../supervision/api';
import { useApprovalInbox, useBookings, useTrainingExpiry } from '../training/api';
import { LIVE_BOOKING } from '../training/labels';
import { formatDate, formatDateTime } from '../workforce/dates';
import { Figure, Figures, HomeSection, percent } from './Section';

const Approvals = () => {
  const { data, isPending, error } = useApprovalInbox(1, 3);
  return (
    <HomeSection
      title="Approvals waiting"
      loading={isPending}
      error={error}
      empty={data?.totalCount === 0 && 'Nobody is waiting for your approval. Requests from your team appear here.'}
      more={{ to: '/training-approvals', label: 'Training approvals' }}
    >
      <Figures>
        <Figure label="Requests to decide" value={data?.totalCount ?? 0} />
      </Figures>
      <List dense disablePadding>
        {data?.nodes.map((b) => (
          <ListItem key={b.id} disableGutters>
            <ListItemText
              primary={`${b.person.fullName}: ${b.session.course.title}`}
              secondary={formatDateTime(b.session.startsAt)}
            />
          </ListItem>
        ))}
      </List>
    </HomeSection>
  );
};

/** The worst few skills gaps in the framework in force, among the people in reach. */
export const WorstGaps = ({ title, count }: { title: string; count: number }) => {
  const frameworks = useFrameworks();
  const framework = defaultFramework(frameworks.data ?? []);
  const report = useGapReport({ frameworkId: framework?.id ?? '' });
  const worst = (report.data?.rows ?? [])
    .filter((r) => r.required > 0 && r.meeting < r.required)
    .sort((a, b) => a.share - b.share || b.required - a.required)
    .slice(0, count);
  const noFramework = !frameworks.isPending && !framework;
  return (
    <HomeSection
      title={title}
      loading={frameworks.isPending || (Boolean(framework) && report.isPending)}
      error={frameworks.error ?? (framework ? report.error : null)}
      empty={
        noFramework
          ? 'No competency framework yet. Load one in Skills, Frameworks to see gaps.'
          : worst.length === 0 && 'Everyone meets the levels their roles ask for.'
      }
      more={{ to: '/skills-gap', label: 'Skills gaps' }}
    >
      <List dense disablePadding>
        {worst.map((r) => (
          <ListItem key={r.competencyId} disableGutters>
            <ListItemText
              primary={r.name}
              secondary={`${percent(r.share)} meet it (${r.meeting} of ${r.required})`}
              data-gap={r.competencyId}
            />
          </ListItem>
        ))}
      </List>
    </HomeSection>
  );
};

const BookingsAndExpiries = () => {
  const bookings = useBookings({ statuses: [...LIVE_BOOKING] }, 1, 3, { field: 'createdAt', order: 'DESC' });
  const expiry = useTrainingExpiry({}, 90, 1, 3);
  const expiring = expiry.data ? expiry.data.expired + expiry.data.within90Days : 0;
  return (
    <HomeSection
      title="Team bookings and expiries"
      loading={bookings.isPending || expiry.isPending}
      error={bookings.error ?? expiry.error}
      empty={
        bookings.data?.totalCount === 0 &&
        expiring === 0 &&
        'Nobody in your team has a booking or training running out. Book people onto sessions from the training calendar.'
      }
      more={{ to: '/training-expiry', label: 'Training expiry' }}
    >
      <Figures>
        <Figure label="Live bookings" value={bookings.data?.totalCount ?? 0} />
        <Figure label="Expired" value={expiry.data?.expired ?? 0} />
        <Figure label="Expiring in 90 days" value={expiry.data?.within90Days ?? 0} />
      </Figures>
      <List dense disablePadding>
        {expiry.data?.rows.map((row) => (
          <ListItem key={row.record.id} disableGutters>
            <ListItemText
              primary={`${row.record.person.fullName}: ${row.record.title}`}
              secondary={`${row.daysLeft < 0 ? 'Expired' : 'Expires'} ${formatDate(row.record.expiresOn)}`}
            />
          </ListItem>
        ))}
      </List>
    </HomeSection>
  );
};

const SupervisionsDue = () => {
  const { data, isPending, error } = useCompliance({});
  return (
    <HomeSection
      title="Supervisions due"
      loading={isPending}
      error={error}
      empty={data?.agreements === 0 && 'No supervision agreements in your team yet. Set one up in My supervisees.'}
      more={{ to: '/supervision-compliance', label: 'Supervision compliance' }}
    >
      <Figures>
        <Figure label="Due" value={data?.due ?? 0} />
        <Figure label="Overdue" value={data?.overdue ?? 0} />
        <Figure label="Within frequency" value={data ? percent(data.share) : ''} />
      </Figures>
    </HomeSection>
  );
};

export const ActionsDue = () => {
  const { data, isPending, error } = useMyActions();
  const open = (data ?? []).filter((a) => a.status === 'OPEN');
  return (
    <HomeSection
      title="Actions due"
      loading={isPending}
      error={error}
      empty={open.length === 0 && 'No open actions. Actions agreed in supervision appear here.'}
      more={{ to: '/my-supervision', label: 'My supervision' }}
    >
      <Figures>
        <Figure label="Open actions" value={open.length} />
        <Figure label="Overdue actions" value={open.filter((a) => a.overdue).length} />
      </Figures>
      <List dense disablePadding>
        {open.slice(0, 3).map((a) => (
          <ListItem key={a.id} disableGutters>
            <ListItemText primary={a.description ?? 'Action'} secondary={`Due ${formatDate(a.dueDate)}`} />
          </ListItem>
        ))}
      </List>
    </HomeSection>
  );
};

export const ManagerHome = () => {
  const { permissions } = usePermissions<string[]>();
  const can = (p: string) => permissions?.includes(p);
  return (
    <>
      {can('booking.approve') && <Approvals />}
      {can('gap.read') && <WorstGaps title="Team gaps" count={5} />}
      <BookingsAndExpiries />
      {can('supervision.compliance') && <SupervisionsDue />}
      <ActionsDue />
    </>
  );
};

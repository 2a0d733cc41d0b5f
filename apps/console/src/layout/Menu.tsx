import InboxIcon from '@mui/icons-material/Inbox';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import OutboxIcon from '@mui/icons-material/Outbox';
import EventNoteIcon from '@mui/icons-material/EventNote';
import EventBusyIcon from '@mui/icons-material/EventBusyOutlined';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import PollIcon from '@mui/icons-material/PollOutlined';
import QuizIcon from '@mui/icons-material/QuizOutlined';
import RateReviewIcon from '@mui/icons-material/RateReviewOutlined';
import BarChartIcon from '@mui/icons-material/BarChartOutlined';
import AccountTreeIcon from '@mui/icons-material/AccountTreeOutlined';
import ApartmentIcon from '@mui/icons-material/Apartment';
import ApprovalIcon from '@mui/icons-material/ApprovalOutlined';
import AssignmentIndIcon from '@mui/icons-material/AssignmentIndOutlined';
import BadgeIcon from '@mui/icons-material/BadgeOutlined';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonthOutlined';
import CorporateFareIcon from '@mui/icons-material/CorporateFareOutlined';
import AutoStoriesIcon from '@mui/icons-material/AutoStoriesOutlined';
import VerifiedIcon from '@mui/icons-material/VerifiedOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import ChecklistIcon from '@mui/icons-material/Checklist';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import GridOnIcon from '@mui/icons-material/GridOnOutlined';
import GroupsIcon from '@mui/icons-material/Groups';
import ExtensionIcon from '@mui/icons-material/ExtensionOutlined';
import HourglassBottomIcon from '@mui/icons-material/HourglassBottomOutlined';
import InsightsIcon from '@mui/icons-material/InsightsOutlined';
import MenuBookIcon from '@mui/icons-material/MenuBookOutlined';
import PeopleIcon from '@mui/icons-material/PeopleOutlined';
import PersonSearchIcon from '@mui/icons-material/PersonSearchOutlined';
import PlaceIcon from '@mui/icons-material/Place';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLongOutlined';
import ReportIcon from '@mui/icons-material/ReportOutlined';
import RouteIcon from '@mui/icons-material/RouteOutlined';
import SchoolIcon from '@mui/icons-material/SchoolOutlined';
import SelfImprovementIcon from '@mui/icons-material/SelfImprovementOutlined';
import StairsIcon from '@mui/icons-material/StairsOutlined';
import SupervisorAccountIcon from '@mui/icons-material/SupervisorAccountOutlined';
import TravelExploreIcon from '@mui/icons-material/TravelExploreOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import TuneIcon from '@mui/icons-material/Tune';
import { Box, Divider, ListSubheader } from '@mui/material';
import type { ReactElement } from 'react';
import { Menu, usePermissions, useSidebarState } from 'react-admin';

interface MenuItem {
  to: string;
  label: string;
  permission: string;
  icon: ReactElement;
  /** Items of a group are listed together under its heading. */
  group?: 'Workforce' | 'Skills' | 'Training' | 'Supervision' | 'CPD' | 'Planning' | 'Culture';
}

export const MENU_ITEMS: readonly MenuItem[] = [
  { to: '/Person', label: 'People', permission: 'person.read', icon: <PeopleIcon />, group: 'Workforce' },
  { to: '/Team', label: 'Teams', permission: 'team.read', icon: <GroupsIcon />, group: 'Workforce' },
  {
    to: '/Organisation',
    label: 'Organisations',
    permission: 'organisation.read',
    icon: <ApartmentIcon />,
    group: 'Workforce',
  },
  { to: '/Site', label: 'Sites', permission: 'site.read', icon: <PlaceIcon />, group: 'Workforce' },
  {
    to: '/people-import',
    label: 'Import people',
    permission: 'person.import',
    icon: <UploadFileIcon />,
    group: 'Workforce',
  },
  {
    to: '/CompetencyFramework',
    label: 'Frameworks',
    permission: 'framework.read',
    icon: <AccountTreeIcon />,
    group: 'Skills',
  },
  { to: '/ProficiencyScale', label: 'Scales', permission: 'framework.read', icon: <StairsIcon />, group: 'Skills' },
  { to: '/RoleProfile', label: 'Role profiles', permission: 'roleProfile.read', icon: <BadgeIcon />, group: 'Skills' },
  { to: '/skills-gap', label: 'Skills gaps', permission: 'gap.read', icon: <GridOnIcon />, group: 'Skills' },
  {
    to: '/skills-validation',
    label: 'Validation queue',
    permission: 'skills.assess',
    icon: <FactCheckIcon />,
    group: 'Skills',
  },
  { to: '/my-skills', label: 'My skills', permission: 'skills.selfAssess', icon: <SchoolIcon />, group: 'Skills' },
  {
    to: '/find-training',
    label: 'Find training',
    permission: 'booking.self',
    icon: <TravelExploreIcon />,
    group: 'Training',
  },
  {
    to: '/my-training',
    label: 'My training',
    permission: 'booking.self',
    icon: <AssignmentIndIcon />,
    group: 'Training',
  },
  {
    to: '/training-calendar',
    label: 'Training calendar',
    permission: 'training.read',
    icon: <CalendarMonthIcon />,
    group: 'Training',
  },
  { to: '/Course', label: 'Catalogue', permission: 'training.read', icon: <MenuBookIcon />, group: 'Training' },
  {
    to: '/TrainingProvider',
    label: 'Providers',
    permission: 'training.write',
    icon: <CorporateFareIcon />,
    group: 'Training',
  },
  {
    to: '/provider-plugins',
    label: 'Provider plugins',
    permission: 'plugin.read',
    icon: <ExtensionIcon />,
    group: 'Training',
  },
  {
    to: '/unmatched-completions',
    label: 'Unmatched completions',
    permission: 'plugin.read',
    icon: <PersonSearchIcon />,
    group: 'Training',
  },
  {
    to: '/training-approvals',
    label: 'Training approvals',
    permission: 'booking.approve',
    icon: <ApprovalIcon />,
    group: 'Training',
  },
  {
    to: '/training-expiry',
    label: 'Training expiry',
    permission: 'record.validate',
    icon: <HourglassBottomIcon />,
    group: 'Training',
  },
  {
    to: '/training-charges',
    label: 'Training charges',
    permission: 'booking.approve',
    icon: <ReceiptLongIcon />,
    group: 'Training',
  },
  {
    to: '/term-schedule',
    label: 'Term schedule',
    permission: 'planning.read',
    icon: <EventNoteIcon />,
    group: 'Training',
  },
  {
    to: '/days-away',
    label: 'Days away',
    permission: 'trainer.daysAway',
    icon: <EventBusyIcon />,
    group: 'Training',
  },
  {
    to: '/my-supervision',
    label: 'My supervision',
    permission: 'supervision.self',
    icon: <SelfImprovementIcon />,
    group: 'Supervision',
  },
  {
    to: '/my-supervisees',
    label: 'My supervisees',
    permission: 'supervision.supervise',
    icon: <SupervisorAccountIcon />,
    group: 'Supervision',
  },
  {
    to: '/supervision-compliance',
    label: 'Supervision compliance',
    permission: 'supervision.compliance',
    icon: <InsightsIcon />,
    group: 'Supervision',
  },
  {
    to: '/supervision-escalations',
    label: 'Escalations',
    permission: 'supervision.self',
    icon: <ReportIcon />,
    group: 'Supervision',
  },
  { to: '/my-cpd', label: 'My CPD', permission: 'cpd.own', icon: <AutoStoriesIcon />, group: 'CPD' },
  { to: '/cpd-compliance', label: 'Team CPD', permission: 'cpd.compliance', icon: <VerifiedIcon />, group: 'CPD' },
  {
    to: '/workforce-plan',
    label: 'Workforce plan',
    permission: 'plan.read',
    icon: <InsightsIcon />,
    group: 'Planning',
  },
  {
    to: '/training-needs',
    label: 'Training needs',
    permission: 'plan.read',
    icon: <FactCheckIcon />,
    group: 'Planning',
  },
  {
    to: '/development-pathways',
    label: 'Development pathways',
    permission: 'pathway.read',
    icon: <RouteIcon />,
    group: 'Planning',
  },
  { to: '/my-pathways', label: 'My pathways', permission: 'pathway.self', icon: <RouteIcon />, group: 'Planning' },
  {
    to: '/self-assessment',
    label: 'Self-assessment',
    permission: 'plan.read',
    icon: <ChecklistIcon />,
    group: 'Planning',
  },
  { to: '/pulse-survey', label: 'Staff survey', permission: 'survey.respond', icon: <QuizIcon />, group: 'Culture' },
  {
    to: '/you-said-we-did',
    label: 'You said, we did',
    permission: 'youSaid.read',
    icon: <CampaignIcon />,
    group: 'Culture',
  },
  {
    to: '/feedback-results',
    label: 'Training feedback',
    permission: 'culture.results',
    icon: <RateReviewIcon />,
    group: 'Culture',
  },
  {
    to: '/pulse-survey-results',
    label: 'Survey results',
    permission: 'culture.results',
    icon: <BarChartIcon />,
    group: 'Culture',
  },
  { to: '/pulse-surveys', label: 'Pulse surveys', permission: 'survey.write', icon: <PollIcon />, group: 'Culture' },
  { to: '/my-messages', label: 'My messages', permission: 'notification.self', icon: <MarkEmailReadIcon /> },
  { to: '/messages', label: 'Messages', permission: 'notification.read', icon: <OutboxIcon /> },
  { to: '/caught-mail', label: 'Caught mail', permission: 'notification.read', icon: <InboxIcon /> },
  { to: '/Partnership', label: 'Partnership settings', permission: 'partnership.read', icon: <TuneIcon /> },
  { to: '/FailedJob', label: 'Failed jobs', permission: 'job.read', icon: <ErrorOutlineIcon /> },
];

const item = (entry: MenuItem) => (
  <Menu.Item key={entry.to} to={entry.to} primaryText={entry.label} leftIcon={entry.icon} />
);

/** A labelled group: its heading names the group for screen readers; a rule stands in when collapsed. */
const MenuGroup = ({ id, label, items }: { id: string; label: string; items: MenuItem[] }) => {
  const [open] = useSidebarState();
  return (
    <Box role="group" aria-labelledby={id} component="li" sx={{ listStyle: 'none' }}>
      {open ? (
        <ListSubheader
          id={id}
          component="div"
          disableSticky
          sx={{ bgcolor: 'transparent', lineHeight: 2.5, mt: 1, fontWeight: 600, letterSpacing: 0.2 }}
        >
          {label}
        </ListSubheader>
      ) : (
        <>
          <Divider sx={{ my: 1 }} />
          <span id={id} hidden>
            {label}
          </span>
        </>
      )}
      <Box component="ul" role="none" sx={{ p: 0, m: 0 }}>
        {items.map(item)}
      </Box>
    </Box>
  );
};

export const KindredMenu = () => {
  const { permissions } = usePermissions<string[]>();
  const allowed = MENU_ITEMS.filter((entry) => permissions?.includes(entry.permission));
  const workforce = allowed.filter((entry) => entry.group === 'Workforce');
  const skills = allowed.filter((entry) => entry.group === 'Skills');
  const training = allowed.filter((entry) => entry.group === 'Training');
  const supervision = allowed.filter((entry) => entry.group === 'Supervision');
  const cpd = allowed.filter((entry) => entry.group === 'CPD');
  const planning = allowed.filter((entry) => entry.group === 'Planning');
  const culture = allowed.filter((entry) => entry.group === 'Culture');
  return (
    <Menu>
      <Menu.DashboardItem primaryText="Home" />
      {workforce.length > 0 && <MenuGroup id="menu-workforce" label="Workforce" items={workforce} />}
      {skills.length > 0 && <MenuGroup id="menu-skills" label="Skills" items={skills} />}
      {training.length > 0 && <MenuGroup id="menu-training" label="Training" items={training} />}
      {supervision.length > 0 && <MenuGroup id="menu-supervision" label="Supervision" items={supervision} />}
      {cpd.length > 0 && <MenuGroup id="menu-cpd" label="CPD" items={cpd} />}
      {planning.length > 0 && <MenuGroup id="menu-planning" label="Planning" items={planning} />}
      {culture.length > 0 && <MenuGroup id="menu-culture" label="Learning culture" items={culture} />}
      {allowed.filter((entry) => !entry.group).map(item)}
    </Menu>
  );
};

import { useMemo } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { TermSchedulePage } from './planning/TermSchedulePage';
import { DaysAwayPage } from './planning/daysAway';
import {
  FeedbackPage,
  FeedbackResultsPage,
  PulseSurveyPage,
  PulseSurveyResultsPage,
  PulseSurveysPage,
  YouSaidPage,
} from './planning/culture';
import { MyPathwaysPage, PathwaysPage } from './planning/pathways';
import { SelfAssessmentPage, TrainingNeedsPage, WorkforcePlanPage } from './planning/plan';
import { authProvider } from './auth/authProvider';
import { useSessionUser } from './auth/useSessionUser';
import { dataProvider } from './data/dataProvider';
import { FailedJobList } from './failedJobs/FailedJobList';
import { KindredLayout } from './layout/Layout';
import { BookingDecisionPage, CaughtMailPage, MessagesPage, MyMessagesPage } from './notifications';
import { buildTheme } from './layout/theme';
import { Dashboard } from './pages/Dashboard';
import { LoginPage } from './pages/LoginPage';
import { OrganisationCreate, OrganisationEdit, OrganisationList, OrganisationShow } from './organisations';
import { PeopleImportPage } from './imports/PeopleImportPage';
import { PartnershipList, PartnershipShow } from './partnerships';
import { PersonCreate, PersonEdit, PersonList, PersonShow } from './people';
import { ProviderPluginsPage, UnmatchedCompletionsPage } from './providerSync';
import { SiteCreate, SiteEdit, SiteList, SiteShow } from './sites';
import {
  FrameworkCreate,
  FrameworkEdit,
  FrameworkList,
  FrameworkShow,
  ScaleCreate,
  ScaleEdit,
  ScaleList,
  ScaleShow,
} from './skills/frameworks';
import { RoleProfileCreate, RoleProfileEdit, RoleProfileList, RoleProfileShow } from './skills/roleProfiles';
import { SkillsGapPage } from './skills/gaps/SkillsGapPage';
import { MySkillsPage } from './skills/mine/MySkillsPage';
import { ValidationQueuePage } from './skills/mine/ValidationQueuePage';
import { EscalationsPage, MySuperviseesPage, MySupervisionPage, SupervisionCompliancePage } from './supervision';
import { TeamCreate, TeamEdit, TeamList, TeamShow } from './teams';
import { CpdCompliancePage, MyCpdPage } from './cpd';
import {
  ApprovalsPage,
  CourseCreate,
  CourseEdit,
  CourseList,
  CourseShow,
  ChargesReportPage,
  ExpiryReportPage,
  FindTrainingPage,
  MyTrainingPage,
  ProviderCreate,
  ProviderEdit,
  ProviderList,
  ProviderShow,
  SessionCreate,
  SessionEdit,
  SessionShow,
  TrainingCalendarPage,
} from './training';

export const App = () => {
  const branding = useSessionUser()?.partnership.branding;
  const theme = useMemo(() => buildTheme(branding), [branding]);
  return (
    <Admin
      title="Kindred"
      theme={theme}
      dataProvider={dataProvider}
      authProvider={authProvider}
      loginPage={LoginPage}
      layout={KindredLayout}
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
    >
      <Resource
        name="Partnership"
        options={{ label: 'Partnership settings' }}
        recordRepresentation="name"
        list={PartnershipList}
        show={PartnershipShow}
      />
      <Resource name="FailedJob" options={{ label: 'Failed jobs' }} list={FailedJobList} />
      <Resource
        name="Person"
        options={{ label: 'People' }}
        recordRepresentation="fullName"
        list={PersonList}
        show={PersonShow}
        create={PersonCreate}
        edit={PersonEdit}
      />
      <Resource
        name="Team"
        options={{ label: 'Teams' }}
        recordRepresentation="name"
        list={TeamList}
        show={TeamShow}
        create={TeamCreate}
        edit={TeamEdit}
      />
      <Resource
        name="Organisation"
        options={{ label: 'Organisations' }}
        recordRepresentation="name"
        list={OrganisationList}
        show={OrganisationShow}
        create={OrganisationCreate}
        edit={OrganisationEdit}
      />
      <Resource
        name="Site"
        options={{ label: 'Sites' }}
        recordRepresentation="name"
        list={SiteList}
        show={SiteShow}
        create={SiteCreate}
        edit={SiteEdit}
      />
      <Resource
        name="CompetencyFramework"
        options={{ label: 'Frameworks' }}
        recordRepresentation="name"
        list={FrameworkList}
        show={FrameworkShow}
        create={FrameworkCreate}
        edit={FrameworkEdit}
      />
      <Resource
        name="ProficiencyScale"
        options={{ label: 'Scales' }}
        recordRepresentation="name"
        list={ScaleList}
        show={ScaleShow}
        create={ScaleCreate}
        edit={ScaleEdit}
      />
      <Resource
        name="RoleProfile"
        options={{ label: 'Role profiles' }}
        recordRepresentation="name"
        list={RoleProfileList}
        show={RoleProfileShow}
        create={RoleProfileCreate}
        edit={RoleProfileEdit}
      />
      <Resource
        name="Course"
        options={{ label: 'Training catalogue' }}
        recordRepresentation="title"
        list={CourseList}
        show={CourseShow}
        create={CourseCreate}
        edit={CourseEdit}
      />
      <Resource
        name="TrainingProvider"
        options={{ label: 'Training providers' }}
        recordRepresentation="name"
        list={ProviderList}
        show={ProviderShow}
        create={ProviderCreate}
        edit={ProviderEdit}
      />
      {/* The calendar (/training-calendar) is the sessions' list. */}
      <Resource
        name="TrainingSession"
        options={{ label: 'Training sessions' }}
        show={SessionShow}
        create={SessionCreate}
        edit={SessionEdit}
      />
      <CustomRoutes>
        <Route path="/training-calendar" element={<TrainingCalendarPage />} />
        <Route path="/find-training" element={<FindTrainingPage />} />
        <Route path="/my-training" element={<MyTrainingPage />} />
        <Route path="/training-approvals" element={<ApprovalsPage />} />
        <Route path="/training-expiry" element={<ExpiryReportPage />} />
        <Route path="/training-charges" element={<ChargesReportPage />} />
        <Route path="/term-schedule" element={<TermSchedulePage />} />
        <Route path="/days-away" element={<DaysAwayPage />} />
        <Route path="/training-feedback/:sessionId" element={<FeedbackPage />} />
        <Route path="/feedback-results" element={<FeedbackResultsPage />} />
        <Route path="/pulse-surveys" element={<PulseSurveysPage />} />
        <Route path="/pulse-survey" element={<PulseSurveyPage />} />
        <Route path="/pulse-survey-results" element={<PulseSurveyResultsPage />} />
        <Route path="/you-said-we-did" element={<YouSaidPage />} />
        <Route path="/workforce-plan" element={<WorkforcePlanPage />} />
        <Route path="/training-needs" element={<TrainingNeedsPage />} />
        <Route path="/development-pathways" element={<PathwaysPage />} />
        <Route path="/my-pathways" element={<MyPathwaysPage />} />
        <Route path="/self-assessment" element={<SelfAssessmentPage />} />
        <Route path="/people-import" element={<PeopleImportPage />} />
        <Route path="/skills-gap" element={<SkillsGapPage />} />
        <Route path="/skills-validation" element={<ValidationQueuePage />} />
        <Route path="/my-skills" element={<MySkillsPage />} />
        <Route path="/my-supervision" element={<MySupervisionPage />} />
        <Route path="/my-supervisees" element={<MySuperviseesPage />} />
        <Route path="/supervision-compliance" element={<SupervisionCompliancePage />} />
        <Route path="/supervision-escalations" element={<EscalationsPage />} />
        <Route path="/messages" element={<MessagesPage />} />
        <Route path="/caught-mail" element={<CaughtMailPage />} />
        <Route path="/my-messages" element={<MyMessagesPage />} />
        <Route path="/my-cpd" element={<MyCpdPage />} />
        <Route path="/cpd-compliance" element={<CpdCompliancePage />} />
        <Route path="/provider-plugins" element={<ProviderPluginsPage />} />
        <Route path="/unmatched-completions" element={<UnmatchedCompletionsPage />} />
      </CustomRoutes>
      <CustomRoutes noLayout>
        {/* Opened from an approver's email, signed in or not: the link's token is the authority. */}
        <Route path="/booking-decision" element={<BookingDecisionPage />} />
      </CustomRoutes>
    </Admin>
  );
};

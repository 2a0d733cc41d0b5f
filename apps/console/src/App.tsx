import { useMemo } from 'react';
import { Admin, Resource } from 'react-admin';
import { authProvider } from './auth/authProvider';
import { useSessionUser } from './auth/useSessionUser';
import { dataProvider } from './data/dataProvider';
import { FailedJobList } from './failedJobs/FailedJobList';
import { KindredLayout } from './layout/Layout';
import { buildTheme } from './layout/theme';
import { Dashboard } from './pages/Dashboard';
import { LoginPage } from './pages/LoginPage';
import { PartnershipList, PartnershipShow } from './partnerships';

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
    </Admin>
  );
};

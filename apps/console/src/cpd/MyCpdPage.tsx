import { Alert } from '@mui/material';
import { Title } from 'react-admin';
import { Sections, usePermission } from '../workforce/ui';
import { useMyProgress } from './api';
import { EntryLog } from './mine/EntryLog';
import { ProgressSection } from './mine/ProgressSection';
import { Registrations } from './mine/Registrations';
import { Revalidation } from './mine/Revalidation';

/** The person's own CPD: progress against their regulator, the log with evidence, registrations, exports. */
export const MyCpdPage = () => {
  const allowed = usePermission('cpd.own');
  const progress = useMyProgress();
  const nmc = progress.data?.myProfessionalRegistrations.some((r) => r.regulator === 'NMC');
  return (
    <Sections>
      <Title title="My CPD" />
      {allowed === false ? (
        <Alert severity="info">My CPD is for people with a record in the partnership’s workforce.</Alert>
      ) : (
        allowed && (
          <>
            <ProgressSection />
            <EntryLog />
            <Registrations />
            {nmc && <Revalidation />}
          </>
        )
      )}
    </Sections>
  );
};

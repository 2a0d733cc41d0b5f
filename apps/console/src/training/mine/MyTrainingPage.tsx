import { Alert } from '@mui/material';
import { Title } from 'react-admin';
import { Sections, usePermission } from '../../workforce/ui';
import { CheckIn } from './CheckIn';
import { MyBookings } from './MyBookings';
import { MyFeedback } from '../../planning/culture';
import { MyRecords } from './MyRecords';

/** The learner's own training: bookings, check-in, records and certificates. */
export const MyTrainingPage = () => {
  const canBook = usePermission('booking.self');
  return (
    <Sections>
      <Title title="My training" />
      {canBook === false ? (
        <Alert severity="info">My training is for people with a record in the partnership’s workforce.</Alert>
      ) : (
        canBook && (
          <>
            <MyBookings />
            <CheckIn />
            <MyRecords />
            <MyFeedback />
          </>
        )
      )}
    </Sections>
  );
};

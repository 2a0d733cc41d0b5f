import ThumbUpIcon from '@mui/icons-material/ThumbUpOutlined';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, ReferenceInput, required } from 'react-admin';
import { SitePicker } from '../../workforce/inputs';
import { FormDialog } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { registerInterest } from '../api';

interface InterestValues {
  courseId: string;
  siteId?: string | null;
}

/**
 * "Register interest" when no session suits: the planners count who is waiting, per course, site
 * and employer, and schedule against it.
 */
export const RegisterInterestButton = ({ course }: { course?: { id: string; title: string } }) => {
  const [open, setOpen] = useState(false);
  const register = useAction(
    (_, values: InterestValues) => registerInterest(values.courseId, values.siteId || null),
    {
      success: () => 'Your interest is registered: you will see new sessions in Find training.',
      failure: 'Your interest was not registered.',
    },
    () => setOpen(false),
  );
  return (
    <>
      <Button variant="outlined" startIcon={<ThumbUpIcon />} onClick={() => setOpen(true)}>
        Register interest
      </Button>
      {open && (
        <FormDialog<InterestValues>
          open
          onClose={() => setOpen(false)}
          title={course ? `Register interest in ${course.title}` : 'Register interest in a course'}
          description={
            <Typography>
              Tell the training planners you would go if there were a session you could get to. It is counted for your
              employer and, if you choose one, the site you would like.
            </Typography>
          }
          record={{ courseId: course?.id }}
          saving={register.isPending}
          submitLabel="Register interest"
          onSubmit={(values) => register.mutate(values)}
        >
          {!course && (
            <ReferenceInput
              source="courseId"
              reference="Course"
              filter={{ status: 'ACTIVE' }}
              sort={{ field: 'title', order: 'ASC' }}
            >
              <AutocompleteInput
                label="Course"
                optionText="title"
                validate={required()}
                noOptionsText="No course matches."
              />
            </ReferenceInput>
          )}
          <SitePicker source="siteId" label="Where you would like to go (optional)" />
        </FormDialog>
      )}
    </>
  );
};

import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { formatDateTime } from '../workforce/dates';
import { EmptyState, Facts } from '../workforce/ui';
import { useAction } from '../workforce/useAction';
import { LoadError, Loading } from '../training/ui';
import { acknowledgeEscalation, useEscalationsToMe } from './api';

/** Concerns escalated from supervision to the signed-in person as the named lead. */
export const EscalationsPage = () => {
  const escalations = useEscalationsToMe();
  const acknowledge = useAction((_, id: string) => acknowledgeEscalation(id), {
    success: () => 'You have taken the concern on.',
    failure: 'The concern was not acknowledged.',
  });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Concerns escalated to me" />
      {escalations.error && <LoadError what="Escalations" error={escalations.error} />}
      {escalations.isPending && <Loading label="Loading escalations" />}
      {escalations.data?.length === 0 && (
        <EmptyState
          title="No concerns escalated to you"
          text="When a supervisor escalates a safeguarding or conduct concern to you as the named lead, it appears here."
        />
      )}
      <Stack spacing={2}>
        {escalations.data?.map((e) => (
          <Card key={e.id} variant="outlined" component="article" aria-label={`Concern about ${e.supervisee.fullName}`}>
            <CardContent>
              <Facts
                items={[
                  ['Concern', e.concern === 'SAFEGUARDING' ? 'Safeguarding' : 'Conduct'],
                  ['About', e.supervisee.fullName],
                  ['Raised by', `${e.raisedBy.fullName}, ${formatDateTime(e.createdAt)}`],
                  [
                    'Summary',
                    <Typography key="s" sx={{ whiteSpace: 'pre-wrap' }}>
                      {e.summary}
                    </Typography>,
                  ],
                  ['Taken on', e.acknowledgedAt ? formatDateTime(e.acknowledgedAt) : null],
                ]}
              />
              {!e.acknowledgedAt && (
                <Button variant="contained" sx={{ mt: 2 }} onClick={() => acknowledge.mutate(e.id)}>
                  Take it on
                </Button>
              )}
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
};

import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Chip, Stack, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { Title } from 'react-admin';
import { formatDateTime } from '../workforce/dates';
import { Section, Sections } from '../workforce/ui';
import { LoadError, Loading } from '../training/ui';
import { caughtMail } from './api';

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** The text part with its addresses as links, so a newcomer can follow them. */
const LinkedText = ({ text }: { text: string }) => (
  <Typography component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0 }}>
    {text.split(URL_PATTERN).map((piece, i) =>
      i % 2 === 1 ? (
        <a key={i} href={piece}>
          {piece}
        </a>
      ) : (
        <Fragment key={i}>{piece}</Fragment>
      ),
    )}
  </Typography>
);

/** In development, what the mail catcher of `npm start` caught: Kindred's emails without a mail server. */
export const CaughtMailPage = () => {
  const mail = useQuery({ queryKey: ['caughtMail'], queryFn: () => caughtMail(1, 100), refetchInterval: 5_000 });
  return (
    <Sections>
      <Title title="Caught mail" />
      <Section id="caught-mail" title="Caught mail">
        {mail.isPending ? (
          <Loading label="Loading caught mail" />
        ) : mail.error ? (
          <LoadError what="Caught mail" error={mail.error} />
        ) : mail.data.totalCount === 0 ? (
          <Alert severity="info">
            No mail caught. When `npm start` runs without SMTP_URL, the emails Kindred sends appear here.
          </Alert>
        ) : (
          <Box>
            {mail.data.nodes.map((message) => (
              <Accordion key={message.id} disableGutters>
                <AccordionSummary expandIcon={<ExpandMoreIcon />}>
                  <Stack sx={{ width: '100%' }} direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                    <Typography sx={{ fontWeight: 600, flex: 1 }}>{message.subject}</Typography>
                    <Typography variant="body2">to {message.to.join(', ')}</Typography>
                    <Typography variant="body2">{formatDateTime(message.receivedAt)}</Typography>
                    {message.invite && <Chip size="small" label={`Calendar ${message.invite.toLowerCase()}`} />}
                  </Stack>
                </AccordionSummary>
                <AccordionDetails>
                  <Typography variant="body2" sx={{ mb: 1 }}>
                    From {message.from}
                  </Typography>
                  <LinkedText text={message.text} />
                  {message.html && (
                    <Box
                      component="iframe"
                      title={`HTML part of "${message.subject}"`}
                      sandbox=""
                      srcDoc={message.html}
                      sx={{ width: '100%', height: 420, border: 1, borderColor: 'divider', mt: 2 }}
                    />
                  )}
                </AccordionDetails>
              </Accordion>
            ))}
          </Box>
        )}
      </Section>
    </Sections>
  );
};

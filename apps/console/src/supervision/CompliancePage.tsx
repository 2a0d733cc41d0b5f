import {
  Box,
  Button,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, usePermissions } from 'react-admin';
import { formatDate, today } from '../workforce/dates';
import { EmptyState, Section, Sections } from '../workforce/ui';
import { LoadError, Loading } from '../training/ui';
import { resealContent, useCompliance } from './api';
import { useAction } from '../workforce/useAction';
import { frequencyText, percent, TYPE_LABELS } from './labels';
import type { ComplianceGroup } from './types';
import { DueChip } from './ui';

const Figure = ({ label, value }: { label: string; value: string | number }) => (
  <Card variant="outlined" sx={{ minWidth: 150 }} component="figure" aria-label={label}>
    <CardContent>
      <Typography variant="h5" component="p">
        {value}
      </Typography>
      <Typography color="text.secondary" component="figcaption">
        {label}
      </Typography>
    </CardContent>
  </Card>
);

const GroupTable = ({ id, title, groups }: { id: string; title: string; groups: ComplianceGroup[] }) => (
  <Section id={id} title={title}>
    {groups.length === 0 ? (
      <Typography color="text.secondary">No agreements.</Typography>
    ) : (
      <TableContainer>
        <Table size="small" aria-labelledby={id}>
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell align="right">Agreements</TableCell>
              <TableCell align="right">Within frequency</TableCell>
              <TableCell align="right">Share</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {groups.map((g) => (
              <TableRow key={g.id ?? g.name}>
                <TableCell>{g.name}</TableCell>
                <TableCell align="right">{g.agreements}</TableCell>
                <TableCell align="right">{g.withinFrequency}</TableCell>
                <TableCell align="right">{percent(g.share)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    )}
  </Section>
);

/** After a new encryption key is made current, the administrator has older content sealed again under it. */
const KeyRotation = () => {
  const reseal = useAction(() => resealContent(), {
    success: (jobId) => `Sealing again under the current key, in the background (job ${jobId}).`,
    failure: 'The re-sealing did not start.',
  });
  return (
    <Section id="keys-heading" title="Encryption key">
      <Typography sx={{ mb: 1 }}>
        Once a new key is current in the configuration, seal the notes and reflections written under older keys again,
        so the old key can be retired.
      </Typography>
      <Button variant="outlined" disabled={reseal.isPending} onClick={() => reseal.mutate(undefined)}>
        Seal again under the current key
      </Button>
    </Section>
  );
};

/** Figures only: due, overdue and held by agreement, compliance by team, organisation and role profile. Never text. */
export const SupervisionCompliancePage = () => {
  const [asOf, setAsOf] = useState(today());
  const figures = useCompliance({ asOf });
  const { permissions } = usePermissions<string[]>();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Supervision compliance" />
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <TextField
          type="date"
          size="small"
          label="As of"
          value={asOf}
          onChange={(e) => e.target.value && setAsOf(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      {figures.error && <LoadError what="Supervision compliance" error={figures.error} />}
      {figures.isPending && <Loading label="Working out compliance" />}
      {figures.data && (
        <Sections>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }} aria-label="Summary">
            <Figure label="Agreements" value={figures.data.agreements} />
            <Figure label="Within frequency" value={percent(figures.data.share)} />
            <Figure label="Due this week" value={figures.data.due} />
            <Figure label="Overdue" value={figures.data.overdue} />
            <Figure label="Sessions held" value={figures.data.heldSessions} />
            <Figure label="Missed" value={figures.data.missedSessions} />
            <Figure label="Cancelled" value={figures.data.cancelledSessions} />
            <Figure label="Open actions" value={figures.data.openActions} />
            <Figure label="Overdue actions" value={figures.data.overdueActions} />
          </Stack>
          <Section id="agreements-compliance-heading" title="By agreement">
            {figures.data.rows.length === 0 ? (
              <EmptyState
                title="No agreements in reach"
                text="Supervision agreements of the people you reach appear here."
              />
            ) : (
              <TableContainer>
                <Table size="small" aria-labelledby="agreements-compliance-heading">
                  <TableHead>
                    <TableRow>
                      <TableCell>Supervisee</TableCell>
                      <TableCell>Supervisor</TableCell>
                      <TableCell>Type</TableCell>
                      <TableCell>Frequency</TableCell>
                      <TableCell>Last held</TableCell>
                      <TableCell>Next due</TableCell>
                      <TableCell align="right">Held</TableCell>
                      <TableCell align="right">Missed</TableCell>
                      <TableCell align="right">Cancelled</TableCell>
                      <TableCell align="right">Open actions</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {figures.data.rows.map((r) => (
                      <TableRow key={r.agreement.id}>
                        <TableCell>{r.supervisee.fullName}</TableCell>
                        <TableCell>{r.supervisor.fullName}</TableCell>
                        <TableCell>{TYPE_LABELS[r.agreement.type]}</TableCell>
                        <TableCell>{frequencyText(r.agreement as never)}</TableCell>
                        <TableCell>{r.standing.lastHeldOn ? formatDate(r.standing.lastHeldOn) : 'None yet'}</TableCell>
                        <TableCell>
                          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                            <span>{formatDate(r.standing.nextDueOn)}</span>
                            <DueChip state={r.standing.dueState} />
                          </Stack>
                        </TableCell>
                        <TableCell align="right">{r.standing.held}</TableCell>
                        <TableCell align="right">{r.standing.missed}</TableCell>
                        <TableCell align="right">{r.standing.cancelled}</TableCell>
                        <TableCell align="right">
                          {r.openActions}
                          {r.overdueActions ? ` (${r.overdueActions} overdue)` : ''}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
          </Section>
          <GroupTable id="by-team-heading" title="By team" groups={figures.data.byTeam} />
          <GroupTable id="by-organisation-heading" title="By organisation" groups={figures.data.byOrganisation} />
          <GroupTable id="by-role-profile-heading" title="By role profile" groups={figures.data.byRoleProfile} />
          <Section id="attendance-heading" title="Group reflective practice, last 12 months">
            {figures.data.groupAttendance.length === 0 ? (
              <Typography color="text.secondary">No group sessions held.</Typography>
            ) : (
              <Table size="small" aria-labelledby="attendance-heading">
                <TableHead>
                  <TableRow>
                    <TableCell>Person</TableCell>
                    <TableCell align="right">Sessions</TableCell>
                    <TableCell align="right">Hours</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {figures.data.groupAttendance.map((a) => (
                    <TableRow key={a.person.id}>
                      <TableCell>{a.person.fullName}</TableCell>
                      <TableCell align="right">{a.sessions}</TableCell>
                      <TableCell align="right">{Math.round((a.minutes / 60) * 10) / 10}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Section>
        </Sections>
      )}
      {permissions?.includes('supervision.keys') && (
        <Box sx={{ mt: 2 }}>
          <KeyRotation />
        </Box>
      )}
    </Box>
  );
};

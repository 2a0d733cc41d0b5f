import {
  Alert,
  Box,
  Button,
  Chip,
  Link,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useState } from 'react';
import { Confirm, Title, usePermissions } from 'react-admin';
import { LoadError, Loading } from '../../training/ui';
import { formatDate } from '../../workforce/dates';
import { useWorkforcePlans } from './api';
import {
  addEvidence,
  type FrameworkStatement,
  type Judgement,
  judgeStatement,
  useSelfAssessment,
} from './selfAssessmentApi';
import { ProgressBar, useRun } from './ui';

const JUDGEMENTS: { value: Judgement; label: string }[] = [
  { value: 'NOT_YET', label: 'Not yet' },
  { value: 'BASIC', label: 'Basic' },
  { value: 'DEVELOPED', label: 'Developed' },
];
const LEVELS: Record<number, string> = { 1: 'Level 1: Basic model', 2: 'Level 2: Developed model' };
/** Runs a change and reloads the self-assessment; a refusal is shown as the API words it. */
const useChange = () => useRun(['selfAssessment']);

const EvidenceForm = ({ planId, statement }: { planId: string; statement: FrameworkStatement }) => {
  const { error, run } = useChange();
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => addEvidence(planId, statement.code, text, link))) {
      setText('');
      setLink('');
    }
  };
  return (
    <Box component="form" onSubmit={submit} aria-label={`Add evidence for ${statement.code}`} sx={{ mt: 1 }}>
      {error && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {error}
        </Alert>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1}>
        <TextField
          label="Evidence"
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
          size="small"
          sx={{ flexGrow: 1 }}
        />
        <TextField
          label="Link (optional)"
          value={link}
          onChange={(e) => setLink(e.target.value)}
          size="small"
          type="url"
          sx={{ minWidth: 260 }}
        />
        <Button type="submit" variant="outlined" disabled={!text.trim()}>
          Add evidence
        </Button>
      </Stack>
    </Box>
  );
};

const JudgementForm = ({ planId, statement }: { planId: string; statement: FrameworkStatement }) => {
  const { error, run } = useChange();
  const [judgement, setJudgement] = useState<Judgement | ''>('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const chosen = JUDGEMENTS.find((j) => j.value === judgement);
  return (
    <Box
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        setConfirming(true);
      }}
      aria-label={`Judge ${statement.code}`}
      sx={{ mt: 2 }}
    >
      {error && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {error}
        </Alert>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1}>
        <TextField
          select
          label="Judgement"
          value={judgement}
          onChange={(e) => setJudgement(e.target.value as Judgement)}
          size="small"
          sx={{ minWidth: 180 }}
        >
          {JUDGEMENTS.map((j) => (
            <MenuItem key={j.value} value={j.value}>
              {j.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Why (optional)"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          size="small"
          sx={{ flexGrow: 1 }}
        />
        <Button type="submit" variant="contained" disabled={!judgement}>
          Record judgement
        </Button>
      </Stack>
      <Confirm
        isOpen={confirming}
        title={`Record “${chosen?.label ?? ''}” for ${statement.criterion}, level ${statement.level}?`}
        content="The judgement is shown with your name and today's date. Earlier judgements are kept as its history."
        confirm="Record judgement"
        onConfirm={async () => {
          setConfirming(false);
          if (judgement && (await run(() => judgeStatement(planId, statement.code, judgement, note)))) {
            setJudgement('');
            setNote('');
          }
        }}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
};

const StatementCard = ({
  planId,
  statement,
  writable,
}: {
  planId: string;
  statement: FrameworkStatement;
  writable: boolean;
}) => {
  const heading = `statement-${statement.code}`;
  const { judgement } = statement;
  return (
    <Paper component="section" aria-labelledby={heading} variant="outlined" sx={{ p: 2, my: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h4" id={heading}>
          {statement.criterion}, level {statement.level}, statement {statement.code.split('-')[2]}
        </Typography>
        <Chip
          label={judgement ? judgement.label : 'Not judged yet'}
          color={
            judgement?.judgement === 'DEVELOPED' ? 'success' : judgement?.judgement === 'BASIC' ? 'info' : 'default'
          }
        />
        {judgement && (
          <Typography variant="body2" color="text.secondary">
            by {judgement.madeBy} on {formatDate(judgement.madeAt)}
            {judgement.note ? `: ${judgement.note}` : ''}
          </Typography>
        )}
      </Stack>
      <Typography
        component="blockquote"
        sx={{ fontStyle: 'italic', my: 1, pl: 2, borderLeft: 3, borderColor: 'divider' }}
      >
        {statement.text}
      </Typography>
      <Typography variant="subtitle2" component="h5">
        What Kindred shows
      </Typography>
      {statement.evidence.map((figure) => (
        <Box key={figure.kind} sx={{ my: 1 }}>
          <Typography variant="body2">
            <strong>{figure.label}:</strong> {figure.summary}
          </Typography>
          {figure.percent !== null && <ProgressBar label={figure.label} percent={figure.percent} />}
        </Box>
      ))}
      <Typography variant="subtitle2" component="h5" sx={{ mt: 1 }}>
        Evidence added
      </Typography>
      {statement.manualEvidence.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {writable
            ? 'None yet. Add minutes, reports or survey findings that show this statement is met.'
            : 'None yet.'}
        </Typography>
      ) : (
        <List dense disablePadding>
          {statement.manualEvidence.map((e) => (
            <ListItem key={e.id} disableGutters>
              <ListItemText
                primary={
                  e.link ? (
                    <>
                      {e.text} (<Link href={e.link}>{e.link}</Link>)
                    </>
                  ) : (
                    e.text
                  )
                }
                secondary={`Added by ${e.addedBy} on ${formatDate(e.addedAt)}`}
              />
            </ListItem>
          ))}
        </List>
      )}
      {writable && <EvidenceForm planId={planId} statement={statement} />}
      {writable && <JudgementForm planId={planId} statement={statement} />}
      {statement.history.length > 1 && (
        <Box component="details" sx={{ mt: 1 }}>
          <summary>Earlier judgements ({statement.history.length - 1})</summary>
          <List dense disablePadding>
            {statement.history.slice(1).map((h) => (
              <ListItem key={h.id} disableGutters>
                <ListItemText
                  primary={`${h.label}${h.note ? `: ${h.note}` : ''}`}
                  secondary={`by ${h.madeBy} on ${formatDate(h.madeAt)}`}
                />
              </ListItem>
            ))}
          </List>
        </Box>
      )}
    </Paper>
  );
};

const Statements = ({ planId, writable }: { planId: string; writable: boolean }) => {
  const statements = useSelfAssessment(planId);
  if (statements.isPending) return <Loading label="Loading the self-assessment" />;
  if (statements.error) return <LoadError what="the self-assessment" error={statements.error} />;
  const criteria = [...new Map(statements.data.map((s) => [s.criterion, s.criterionTitle])).entries()];
  return (
    <>
      {criteria.map(([criterion, title]) => (
        <Box component="section" key={criterion} aria-labelledby={`criterion-${criterion}`} sx={{ my: 3 }}>
          <Typography variant="h5" component="h2" id={`criterion-${criterion}`}>
            {criterion} {title}
          </Typography>
          {[1, 2].map((level) => {
            const here = statements.data.filter((s) => s.criterion === criterion && s.level === level);
            return (
              here.length > 0 && (
                <Box key={level} sx={{ mt: 2 }}>
                  <Typography variant="h6" component="h3">
                    {LEVELS[level]}
                  </Typography>
                  {here.map((s) => (
                    <StatementCard key={s.code} planId={planId} statement={s} writable={writable} />
                  ))}
                </Box>
              )
            );
          })}
        </Box>
      ))}
    </>
  );
};

/**
 * The plan's self-assessment against the Family Hub Model Framework (5.2 Training and development
 * and the workforce parts of 2.5): the evidence Kindred computes, evidence added, and judgements.
 */
export const SelfAssessmentPage = () => {
  const plans = useWorkforcePlans();
  const { permissions } = usePermissions<string[]>();
  const [chosen, setChosen] = useState<string | null>(null);
  if (plans.isPending) return <Loading label="Loading plans" />;
  if (plans.error) return <LoadError what="plans" error={plans.error} />;
  const current = plans.data.find((p) => p.id === chosen) ?? plans.data[0];
  const writable = (permissions?.includes('plan.write') ?? false) && current?.status !== 'CLOSED';
  return (
    <Box sx={{ p: 2 }}>
      <Title title="Self-assessment" />
      <Typography variant="h4" component="h1">
        Model Framework self-assessment
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Where the partnership stands on the Family Hub Model Framework’s workforce statements, with the evidence behind
        each judgement. Figures are for the whole partnership, as the data stands today.
      </Typography>
      {!current ? (
        <Alert severity="info">
          The self-assessment belongs to a workforce development plan, and there is none yet. Start one on the Workforce
          plan page.
        </Alert>
      ) : (
        <>
          <TextField
            select
            label="Plan"
            value={current.id}
            onChange={(e) => setChosen(e.target.value)}
            sx={{ minWidth: 320, my: 1 }}
          >
            {plans.data.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.period}: {p.title}
              </MenuItem>
            ))}
          </TextField>
          {current.status === 'CLOSED' && (
            <Alert severity="info" sx={{ my: 1 }}>
              This plan is closed: its self-assessment is kept as it stood.
            </Alert>
          )}
          <Statements planId={current.id} writable={writable} />
        </>
      )}
    </Box>
  );
};

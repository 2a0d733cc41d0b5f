import { Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Section } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { checkIn } from '../api';

/** The learner checks in with the code the trainer shows, during the session. */
export const CheckIn = () => {
  const [code, setCode] = useState('');
  const check = useAction(
    (_, value: string) => checkIn(value),
    { success: () => 'You are checked in. Enjoy the session.', failure: 'You were not checked in.' },
    () => setCode(''),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) check.mutate(code.trim().toUpperCase());
  };
  return (
    <Section id="check-in-heading" title="Check in to a session">
      <Typography sx={{ mb: 2 }}>
        At the session, enter the code your trainer shows you: from 15 minutes before it starts until it ends.
      </Typography>
      <Stack component="form" direction="row" spacing={1} onSubmit={submit} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label="Check-in code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 20, autoCapitalize: 'characters', autoComplete: 'off' } }}
          size="small"
          fullWidth={false}
          sx={{ width: 240 }}
        />
        <Button
          type="submit"
          variant="contained"
          disabled={!code.trim() || check.isPending}
          sx={{ whiteSpace: 'nowrap' }}
        >
          Check in
        </Button>
      </Stack>
    </Section>
  );
};

import { Autocomplete, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Choices, Option, Trajectory } from './types';

export const TRAJECTORY: Record<Trajectory, { label: string; color: 'success' | 'warning' | 'error' }> = {
  ON_TRACK: { label: 'On track', color: 'success' },
  AT_RISK: { label: 'At risk', color: 'warning' },
  OFF_TRACK: { label: 'Off track', color: 'error' },
};

export const ProgressBar = ({ label, percent, target }: { label: string; percent: number; target?: number }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
    <LinearProgress
      variant="determinate"
      value={Math.min(100, percent)}
      aria-label={label}
      sx={{ flexGrow: 1, height: 10, borderRadius: 1 }}
    />
    <Typography variant="body2" sx={{ minWidth: 120 }}>
      {percent}%{target !== undefined ? ` of ${target}%` : ''}
    </Typography>
  </Stack>
);

/** Runs a change, then reloads the queries named; a refusal is shown as the API words it. */
export const useRun = (queryKeys: string[]) => {
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      await Promise.all(queryKeys.map((key) => client.invalidateQueries({ queryKey: [key] })));
    }
  };
  return { error, run };
};

export const OneOf = ({
  label,
  options,
  value,
  onChange,
  required,
}: {
  label: string;
  options: Option[];
  value: string | null;
  onChange: (id: string | null) => void;
  required?: boolean;
}) => (
  <Autocomplete
    options={options}
    getOptionLabel={(o) => o.name}
    value={options.find((o) => o.id === value) ?? null}
    onChange={(_, o) => onChange(o?.id ?? null)}
    renderInput={(params) => <TextField {...params} label={label} required={required} />}
    sx={{ minWidth: 260 }}
  />
);

export interface MeasureChoice<K extends string> {
  kind: K;
  courseId: string | null;
  competencyId: string | null;
  level: number | null;
  statementId?: string | null;
}

/**
 * What is measured, as the plan's objectives and the pathways' steps both choose it: a kind, and
 * the course, the competency and level, or (objectives only) the survey statement, that the kind needs.
 */
export const MeasurePicker = <K extends string>({
  label,
  kinds,
  course,
  competency,
  statement,
  value,
  onChange,
  choices,
}: {
  label: string;
  kinds: Record<K, string>;
  /** The kinds that take a course, a competency and level, and a survey statement with its choices. */
  course: K;
  competency: K;
  statement?: { kind: K; options: Option[] };
  value: MeasureChoice<K>;
  onChange: (patch: Partial<MeasureChoice<K>>) => void;
  choices: Choices;
}) => (
  <>
    <TextField
      select
      label={label}
      value={value.kind}
      onChange={(e) => onChange({ kind: e.target.value as K })}
      sx={{ minWidth: 300 }}
    >
      {(Object.entries(kinds) as [K, string][]).map(([kind, name]) => (
        <MenuItem key={kind} value={kind}>
          {name}
        </MenuItem>
      ))}
    </TextField>
    {value.kind === course && (
      <OneOf
        label="Course"
        options={choices.courses}
        value={value.courseId}
        onChange={(id) => onChange({ courseId: id })}
        required
      />
    )}
    {value.kind === competency && (
      <>
        <OneOf
          label="Competency"
          options={choices.competencies}
          value={value.competencyId}
          onChange={(id) => onChange({ competencyId: id })}
          required
        />
        <TextField
          label="Level"
          type="number"
          value={value.level ?? ''}
          onChange={(e) => onChange({ level: e.target.value === '' ? null : Number(e.target.value) })}
          required
          slotProps={{ htmlInput: { min: 1, max: 10 } }}
        />
      </>
    )}
    {statement && value.kind === statement.kind && (
      <OneOf
        label="Survey statement"
        options={statement.options}
        value={value.statementId ?? null}
        onChange={(id) => onChange({ statementId: id })}
        required
      />
    )}
  </>
);

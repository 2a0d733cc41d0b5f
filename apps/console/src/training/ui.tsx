import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  type ChipProps,
  type SxProps,
  type Theme,
} from '@mui/material';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { Form } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { BOOKING_STATUS_LABELS, SESSION_STATUS_LABELS } from './labels';
import type { BookingStatus, SessionStatus } from './types';
import { VISUALLY_HIDDEN } from '../workforce/ui';

const BOOKING_COLOURS: Partial<Record<BookingStatus, ChipProps['color']>> = {
  CONFIRMED: 'success',
  ATTENDED: 'success',
  OFFERED: 'info',
  PENDING_APPROVAL: 'warning',
  WAITLISTED: 'warning',
  PARTIALLY_ATTENDED: 'warning',
  DECLINED: 'error',
  NO_SHOW: 'error',
};

const SESSION_COLOURS: Partial<Record<SessionStatus, ChipProps['color']>> = {
  PUBLISHED: 'success',
  CANCELLED: 'error',
  COMPLETED: 'info',
};

export const BookingStatusChip = ({ status }: { status: BookingStatus }) => (
  <Chip
    size="small"
    variant="outlined"
    color={BOOKING_COLOURS[status] ?? 'default'}
    label={BOOKING_STATUS_LABELS[status]}
  />
);

export const SessionStatusChip = ({ status }: { status: SessionStatus }) => (
  <Chip
    size="small"
    variant="outlined"
    color={SESSION_COLOURS[status] ?? 'default'}
    label={SESSION_STATUS_LABELS[status]}
  />
);

export const Loading = ({ label }: { label: string }) => (
  <Box sx={{ py: 2 }}>
    <CircularProgress size={24} aria-label={label} />
  </Box>
);

/** What a page shows when it could not load, with the API's explanation. */
export const LoadError = ({ what, error }: { what: string; error: Error }) => (
  <Alert severity="error">
    {what} could not be loaded. {error.message}
  </Alert>
);

/**
 * Filters kept in the page's address, so a view can be bookmarked or shared and "Back" returns to
 * it. Only the names given are read; an empty value removes the parameter.
 */
export const useUrlFilters = <K extends string>(names: readonly K[]) => {
  const [params, setParams] = useSearchParams();
  const key = names.map((name) => params.get(name) ?? '').join('|');
  const values = useMemo(
    () => Object.fromEntries(names.flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : []))),
    // Only a change of these parameters makes a new object (and so new queries).
    [key],
  ) as Partial<Record<K, string>>;
  const update = useCallback(
    (changes: Partial<Record<K, string | null | undefined>>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          Object.entries(changes).forEach(([name, value]) =>
            value ? next.set(name, String(value)) : next.delete(name),
          );
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { values, update };
};

/** Passes every change on as it happens: lists follow their filters without a submit button. */
const FollowChanges = ({ onChange }: { onChange: (values: Record<string, string | null>) => void }) => {
  const { watch } = useFormContext();
  useEffect(() => {
    const subscription = watch((values) => onChange(values as Record<string, string | null>));
    return () => subscription.unsubscribe();
  }, [watch, onChange]);
  return null;
};

const ClearButton = ({ names }: { names: readonly string[] }) => {
  const { reset, watch } = useFormContext();
  const any = names.some((name) => watch(name));
  return (
    <Button
      onClick={() => reset(Object.fromEntries(names.map((name) => [name, null])))}
      disabled={!any}
      sx={{ justifySelf: 'start', alignSelf: 'center', mb: 2 }}
    >
      Clear filters
    </Button>
  );
};

/** A row of filter inputs (react-admin inputs named after the filters) that update as they change. */
export const FilterBar = <K extends string>({
  names,
  values,
  onChange,
  children,
}: {
  names: readonly K[];
  values: Partial<Record<K, string>>;
  onChange: (values: Partial<Record<K, string | null>>) => void;
  children: ReactNode;
}) => (
  <Form record={{ ...Object.fromEntries(names.map((name) => [name, null])), ...values }} onSubmit={() => undefined}>
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: 2 }}>
      {children}
      <ClearButton names={names} />
    </Box>
    <FollowChanges onChange={onChange as (values: Record<string, string | null>) => void} />
  </Form>
);

/**
 * A small table named by its section's heading: `head` holds the column headings, `children` the
 * rows. The pages' tables share this frame so each states only its columns and cells.
 */
export const LabelledTable = ({
  labelledBy,
  head,
  children,
  sx,
}: {
  labelledBy: string;
  head: ReactNode;
  children: ReactNode;
  sx?: SxProps<Theme>;
}) => (
  <TableContainer sx={sx}>
    <Table size="small" aria-labelledby={labelledBy}>
      <TableHead>
        <TableRow>{head}</TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
    </Table>
  </TableContainer>
);

/** The heading of a column of buttons: read out by screen readers, not shown. */
export const HiddenHeading = ({ label }: { label: string }) => (
  <TableCell>
    <Box component="span" sx={VISUALLY_HIDDEN}>
      {label}
    </Box>
  </TableCell>
);

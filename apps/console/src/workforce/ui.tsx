import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useId, type MouseEvent, type ReactNode } from 'react';
import {
  CreateButton,
  FilterButton,
  Form,
  Link,
  List,
  type ListProps,
  Pagination,
  SaveButton,
  Toolbar,
  TopToolbar,
  useCanAccess,
  useCreatePath,
  useListContext,
  usePermissions,
  useRecordContext,
  type RaRecord,
} from 'react-admin';

/** Whether the signed-in user holds an API permission; undefined while permissions load. */
export const usePermission = (action: string): boolean | undefined => {
  const { permissions, isPending } = usePermissions<string[]>();
  return isPending ? undefined : Boolean(permissions?.includes(action));
};

/** Phones and narrow windows get lists as stacked rows instead of tables. */
export const useIsSmall = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));

/** A titled card; the title is an h2 that names the region for screen readers. */
export const Section = ({
  id,
  title,
  actions,
  children,
}: {
  id: string;
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) => (
  <Card component="section" aria-labelledby={id} variant="outlined">
    <CardContent>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', mb: 1 }}
      >
        <Typography id={id} component="h2" variant="h6">
          {title}
        </Typography>
        {actions && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {actions}
          </Stack>
        )}
      </Stack>
      {children}
    </CardContent>
  </Card>
);

/** Label/value pairs as a description list, which screen readers announce as pairs. */
export const Facts = ({ items }: { items: [label: string, value: ReactNode][] }) => (
  <Box
    component="dl"
    sx={{ display: 'grid', gridTemplateColumns: { sm: 'max-content 1fr' }, columnGap: 3, rowGap: 1, m: 0 }}
  >
    {items.map(([label, value]) => (
      <Box key={label} sx={{ display: 'contents' }}>
        <Typography component="dt" color="text.secondary">
          {label}
        </Typography>
        <Typography component="dd" sx={{ m: 0, mb: { xs: 1, sm: 0 }, fontWeight: 500, overflowWrap: 'anywhere' }}>
          {value === null || value === undefined || value === '' ? (
            <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
              Not recorded
            </Box>
          ) : (
            value
          )}
        </Typography>
      </Box>
    ))}
  </Box>
);

/** What a list shows before anything has been added, with the way to add the first one. */
export const EmptyState = ({ title, text, createLabel }: { title: string; text: string; createLabel?: string }) => (
  <Box sx={{ p: 4, textAlign: 'center', width: '100%' }}>
    <Typography variant="h6" component="p" gutterBottom>
      {title}
    </Typography>
    <Typography color="text.secondary" sx={{ mb: 2 }}>
      {text}
    </Typography>
    {createLabel && <CreateButton variant="contained" label={createLabel} />}
  </Box>
);

/**
 * A list page of reference records (organisations, sites, teams): sorted by name, filters in the
 * toolbar with an "Add" button, and an empty state that says what belongs here.
 */
export const WorkforceList = <T extends RaRecord>({
  title,
  createLabel,
  empty,
  ...props
}: Omit<ListProps<T>, 'title' | 'empty'> & {
  title: string;
  createLabel: string;
  empty: { title: string; text: string };
}) => (
  <List<T>
    title={title}
    sort={{ field: 'name', order: 'ASC' }}
    exporter={false}
    empty={<EmptyState createLabel={createLabel} {...empty} />}
    actions={
      <TopToolbar>
        <FilterButton />
        <CreateButton label={createLabel} />
      </TopToolbar>
    }
    {...props}
  />
);

/** Save only: none of the workforce records can be deleted (leavers are ended, not deleted). */
export const SaveToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/**
 * The record's name as a link to its page, so keyboard and screen reader users can open a row
 * (a clickable table row is reachable only with a mouse).
 */
export const ShowLink = <T extends RaRecord>({
  resource,
  text,
  record: recordProp,
}: {
  resource: string;
  text: (record: T) => ReactNode;
  record?: T;
}) => {
  const contextRecord = useRecordContext<T>();
  const record = recordProp ?? contextRecord;
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Link
      to={createPath({ resource, type: 'show', id: record.id })}
      onClick={(event: MouseEvent) => event.stopPropagation()}
      sx={{ fontWeight: 500 }}
    >
      {text(record)}
    </Link>
  );
};

/** A page body of stacked sections, as wide as reads comfortably. */
export const Sections = ({ children }: { children: ReactNode }) => (
  <Stack spacing={2} sx={{ py: 2, maxWidth: 1080 }}>
    {children}
  </Stack>
);

/** Shows a Show page's sections without the card react-admin puts around them. */
export const TRANSPARENT_SHOW = {
  // With overflow visible the card would grow to its widest table on a phone; minWidth 0 keeps it
  // to the screen, and the tables scroll inside their own containers.
  '& .RaShow-card': { bgcolor: 'transparent', boxShadow: 'none', overflow: 'visible', minWidth: 0 },
};

type FieldValues = Record<string, any>;

/**
 * A small form in a dialog (add a room, end a job…). Focus moves into the dialog and back; Escape
 * and Cancel close it. `onSubmit` runs only once the form's own validation passes.
 */
export const FormDialog = <T extends FieldValues>({
  open,
  onClose,
  title,
  description,
  record,
  onSubmit,
  saving,
  submitLabel = 'Save',
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  record?: Partial<T>;
  onSubmit: (values: T) => void;
  saving: boolean;
  submitLabel?: string;
  children: ReactNode;
}) => {
  const titleId = useId();
  const isSmall = useIsSmall();
  return (
    <Dialog
      open={open}
      onClose={saving ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={isSmall}
    >
      <Form record={record} onSubmit={(values: FieldValues) => onSubmit(values as T)}>
        <DialogTitle id={titleId} component="h2">
          {title}
        </DialogTitle>
        <DialogContent>
          {description && <Box sx={{ mb: 2 }}>{description}</Box>}
          {children}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {saving ? 'Saving…' : submitLabel}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** Read by screen readers, not shown. */
export const VISUALLY_HIDDEN = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

/**
 * "Add team" and the like inside a page section: a plain button (react-admin's CreateButton turns
 * into a floating button on small screens) that opens the create form with `record` filled in.
 */
export const CreateLink = ({ resource, label, record }: { resource: string; label: string; record: object }) => {
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  const createPath = useCreatePath();
  if (!canAccess) return null;
  return (
    <Button
      component={Link}
      to={createPath({ resource, type: 'create' })}
      state={{ record }}
      startIcon={<AddIcon />}
      variant="outlined"
      size="small"
    >
      {label}
    </Button>
  );
};

/** Paging for a list inside a page section, shown only once there is more than one page. */
export const SectionPagination = () => {
  const { total, perPage } = useListContext();
  return total !== undefined && total > perPage ? <Pagination rowsPerPageOptions={[]} /> : null;
};

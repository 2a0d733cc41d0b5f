import CloudDownloadIcon from '@mui/icons-material/CloudDownloadOutlined';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNotify, useRedirect } from 'react-admin';
import { ShowLink, useIsSmall, usePermission } from '../../workforce/ui';
import { ERROR_NOTIFICATION } from '../../workforce/useAction';
import { frameworkFiles, loadFrameworkFile } from './api';
import type { FrameworkFile } from './types';

const FileRow = ({ file, loading, onLoad }: { file: FrameworkFile; loading: boolean; onLoad: () => void }) => (
  <TableRow>
    <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
      {file.name}
    </TableCell>
    <TableCell>{file.version}</TableCell>
    <TableCell align="right">{file.competencyCount}</TableCell>
    <TableCell>
      {file.loadedFrameworkId ? (
        <ShowLink
          resource="CompetencyFramework"
          record={{ id: file.loadedFrameworkId }}
          text={() => `Loaded: open ${file.name}`}
        />
      ) : (
        <Button variant="outlined" size="small" disabled={loading} onClick={onLoad}>
          Load {file.name}
        </Button>
      )}
    </TableCell>
  </TableRow>
);

/** The frameworks shipped with Kindred, each loadable once as the partnership's own copy. */
const LoadFrameworkDialog = ({ onClose }: { onClose: () => void }) => {
  const titleId = useId();
  const isSmall = useIsSmall();
  const notify = useNotify();
  const redirect = useRedirect();
  const files = useQuery({ queryKey: ['frameworkFiles'], queryFn: frameworkFiles });
  const load = useMutation({
    mutationFn: loadFrameworkFile,
    onSuccess: (framework) => {
      notify(`${framework.name} ${framework.version} loaded with its scale and competencies.`, { type: 'success' });
      redirect('show', 'CompetencyFramework', framework.id);
    },
    onError: (error: Error) => notify(`The framework was not loaded. ${error.message}`, ERROR_NOTIFICATION),
  });

  return (
    <Dialog
      open
      onClose={load.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
      fullScreen={isSmall}
    >
      <DialogTitle id={titleId} component="h2">
        Load a shipped framework
      </DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>
          Kindred comes with frameworks drawn from national guidance. Loading one gives the partnership its own copy,
          with its scale, domains, competencies and indicators, which you can then adapt.
        </Typography>
        {files.isPending && <LinearProgress aria-label="Loading the shipped frameworks" />}
        {files.error && (
          <Alert severity="error">The shipped frameworks could not be listed. {files.error.message}</Alert>
        )}
        {files.data && (
          <TableContainer>
            <Table size="small" aria-labelledby={titleId}>
              <TableHead>
                <TableRow>
                  <TableCell>Framework</TableCell>
                  <TableCell>Version</TableCell>
                  <TableCell align="right">Competencies</TableCell>
                  <TableCell>In this partnership</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {files.data.map((file) => (
                  <FileRow
                    key={`${file.code}@${file.version}`}
                    file={file}
                    loading={load.isPending}
                    onLoad={() => load.mutate(file.code)}
                  />
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={load.isPending}>
          {load.isPending ? 'Loading…' : 'Close'}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export const LoadFrameworkButton = () => {
  const canWrite = usePermission('framework.write');
  const [open, setOpen] = useState(false);
  if (!canWrite) return null;
  return (
    <>
      <Button size="small" startIcon={<CloudDownloadIcon />} onClick={() => setOpen(true)}>
        Load a shipped framework
      </Button>
      {open && <LoadFrameworkDialog onClose={() => setOpen(false)} />}
    </>
  );
};

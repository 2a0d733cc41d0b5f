import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { downloadFile } from '../../imports/peopleImportApi';
import { ERROR_NOTIFICATION } from '../../workforce/useAction';
import type { GapScope, HeatmapAxis } from './gapApi';

/** The gap report and heatmap as a workbook, for board papers and partner meetings. */
export const ExportButton = ({ scope, axis }: { scope: GapScope; axis: HeatmapAxis }) => {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    const query = new URLSearchParams({ ...scope, axis });
    downloadFile(`/exports/skills-gap?${query}`, 'skills-gap.xlsx')
      .catch((error: Error) => notify(`The export was not made. ${error.message}`, ERROR_NOTIFICATION))
      .finally(() => setBusy(false));
  };
  return (
    <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download} disabled={busy}>
      {busy ? 'Exporting…' : 'Export to Excel'}
    </Button>
  );
};

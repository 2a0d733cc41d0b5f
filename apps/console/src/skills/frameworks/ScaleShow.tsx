import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { EditButton, Show, TopToolbar, useRecordContext } from 'react-admin';
import { formatDateTime } from '../../workforce/dates';
import { Facts, Section, Sections, TRANSPARENT_SHOW } from '../../workforce/ui';
import type { ProficiencyScale } from './types';

export const cumulativeFact = (scale: Pick<ProficiencyScale, 'cumulative'>) =>
  scale.cumulative
    ? 'Cumulative: holding a level implies holding every level below it'
    : 'Not cumulative: each level needs its own evidence';

/** The levels of a scale, lowest first, as a table named by the heading `labelledBy`. */
export const ScaleLevels = ({ scale, labelledBy }: { scale: ProficiencyScale; labelledBy: string }) => (
  <TableContainer>
    <Table size="small" aria-labelledby={labelledBy}>
      <TableHead>
        <TableRow>
          <TableCell>Level</TableCell>
          <TableCell>Name</TableCell>
          <TableCell>Description</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {scale.levels.map((level) => (
          <TableRow key={level.rank}>
            <TableCell>{level.rank}</TableCell>
            <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
              {level.name}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'pre-line' }}>{level.description}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </TableContainer>
);

const ScaleDetails = () => {
  const scale = useRecordContext<ProficiencyScale>();
  if (!scale) return null;
  return (
    <Sections>
      <Section id="scale-details-heading" title="Details">
        <Facts
          items={[
            ['Name', scale.name],
            ['Description', scale.description],
            ['Levels', cumulativeFact(scale)],
            ['Last updated', scale.updatedAt && formatDateTime(scale.updatedAt)],
          ]}
        />
      </Section>
      <Section id="scale-levels-heading" title="Levels, lowest first">
        <ScaleLevels scale={scale} labelledBy="scale-levels-heading" />
      </Section>
    </Sections>
  );
};

const ScaleTitle = () => {
  const scale = useRecordContext<ProficiencyScale>();
  return <>{scale?.name ?? 'Proficiency scale'}</>;
};

export const ScaleShow = () => (
  <Show<ProficiencyScale>
    title={<ScaleTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
    sx={TRANSPARENT_SHOW}
  >
    <ScaleDetails />
  </Show>
);

import { Box, Chip, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateInput,
  FilterButton,
  List,
  SimpleList,
  TextInput,
  TopToolbar,
  useListContext,
} from 'react-admin';
import { formatDate } from '../../workforce/dates';
import { ShowLink, useIsSmall } from '../../workforce/ui';
import { LoadFrameworkButton } from './LoadFrameworkButton';
import { effectivePeriod, isInEffect } from './text';
import type { CompetencyFramework } from './types';

const Col = DataTable.Col<CompetencyFramework>;

const filters = [
  <TextInput key="q" source="q" label="Search" placeholder="Framework name" alwaysOn resettable />,
  <DateInput key="effectiveOn" source="effectiveOn" label="In effect on" />,
];

export const InEffectChip = ({ framework }: { framework: CompetencyFramework }) =>
  isInEffect(framework) ? (
    <Chip size="small" color="success" variant="outlined" label="In effect" />
  ) : (
    <Chip size="small" variant="outlined" label="Not in effect" />
  );

/** Shown in place of the table, so the toolbar with both ways to add a framework stays in view. */
const NoFrameworks = () => {
  const { filterValues } = useListContext();
  const filtered = Object.keys(filterValues).length > 0;
  return (
    <Box sx={{ p: 3 }}>
      <Typography>{filtered ? 'No framework matches these filters.' : 'No competency frameworks yet.'}</Typography>
      {!filtered && (
        <Typography color="text.secondary" variant="body2">
          Load one of the frameworks shipped with Kindred (Family Hubs core practice, trauma-informed practice,
          safeguarding children) with “Load a shipped framework”, or add your own.
        </Typography>
      )}
    </Box>
  );
};

export const FrameworkList = () => {
  const isSmall = useIsSmall();
  return (
    <List<CompetencyFramework>
      title="Competency frameworks"
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
      filters={filters}
      empty={false}
      actions={
        <TopToolbar>
          <FilterButton />
          <LoadFrameworkButton />
          <CreateButton label="Add framework" />
        </TopToolbar>
      }
    >
      {isSmall ? (
        <SimpleList<CompetencyFramework>
          primaryText={(framework) => `${framework.name} ${framework.version}`}
          secondaryText={(framework) => `${effectivePeriod(framework)} · ${framework.scale.name}`}
          tertiaryText={(framework) => (isInEffect(framework) ? '' : 'Not in effect')}
          rowClick="show"
          empty={<NoFrameworks />}
        />
      ) : (
        <DataTable<CompetencyFramework> rowClick="show" bulkActionButtons={false} empty={<NoFrameworks />}>
          <Col
            source="name"
            render={(framework) => <ShowLink resource="CompetencyFramework" record={framework} text={(f) => f.name} />}
          />
          <Col source="version" disableSort />
          <Col
            source="effectiveFrom"
            label="Effective from"
            render={(framework) => formatDate(framework.effectiveFrom)}
          />
          <Col
            source="effectiveTo"
            label="Effective to"
            disableSort
            render={(framework) => (framework.effectiveTo ? formatDate(framework.effectiveTo) : 'No end date')}
          />
          <Col source="scale.name" label="Scale" disableSort />
          <Col label="Today" disableSort render={(framework) => <InEffectChip framework={framework} />} />
        </DataTable>
      )}
    </List>
  );
};

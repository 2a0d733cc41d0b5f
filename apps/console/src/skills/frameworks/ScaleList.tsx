import { DataTable, SimpleList, TextInput } from 'react-admin';
import { ShowLink, useIsSmall, WorkforceList } from '../../workforce/ui';
import type { ProficiencyScale } from './types';

const Col = DataTable.Col<ProficiencyScale>;

const filters = [<TextInput key="q" source="q" label="Search" placeholder="Scale name" alwaysOn resettable />];

const cumulativeText = (scale: ProficiencyScale) => (scale.cumulative ? 'Yes' : 'No, each level on its own');

export const ScaleList = () => {
  const isSmall = useIsSmall();
  return (
    <WorkforceList<ProficiencyScale>
      title="Proficiency scales"
      filters={filters}
      createLabel="Add scale"
      empty={{
        title: 'No proficiency scales yet',
        text: 'A scale names the levels a competency is held at, such as Aware, Practising, Confident and Leading. Add one here, or load a shipped framework from Frameworks, which brings its own scale.',
      }}
    >
      {isSmall ? (
        <SimpleList<ProficiencyScale>
          primaryText={(scale) => scale.name}
          secondaryText={(scale) => `${scale.levels.length} levels${scale.cumulative ? ', cumulative' : ''}`}
          rowClick="show"
        />
      ) : (
        <DataTable<ProficiencyScale> rowClick="show" bulkActionButtons={false}>
          <Col
            source="name"
            render={(scale) => <ShowLink resource="ProficiencyScale" record={scale} text={(s) => s.name} />}
          />
          <Col source="cumulative" label="Cumulative" disableSort render={cumulativeText} />
          <Col source="levels" label="Levels" disableSort render={(scale) => scale.levels.length} />
        </DataTable>
      )}
    </WorkforceList>
  );
};

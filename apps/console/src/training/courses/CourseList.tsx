import { AutocompleteInput, DataTable, ReferenceInput, SelectInput, SimpleList, TextInput } from 'react-admin';
import { ShowLink, useIsSmall, WorkforceList } from '../../workforce/ui';
import { COURSE_MODE_LABELS, COURSE_MODES, duration, money } from '../labels';
import type { Course } from '../types';

const Col = DataTable.Col<Course>;

const STATUSES = [
  { id: 'ACTIVE', name: 'In the catalogue' },
  { id: 'ARCHIVED', name: 'Archived' },
];

const filters = [
  <TextInput key="q" source="q" label="Search" placeholder="Title or summary" alwaysOn resettable />,
  // The API filters by a list of modes and of providers; one value is sent as a list of one.
  <SelectInput key="modes" source="modes" label="Mode" choices={COURSE_MODES} alwaysOn emptyText="Any mode" />,
  <ReferenceInput key="providerIds" source="providerIds" reference="TrainingProvider" alwaysOn>
    <AutocompleteInput label="Provider" optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" label="Status" choices={STATUSES} emptyText="Any" />,
];

/** The training catalogue: search it, or narrow it by mode and provider. */
export const CourseList = () => {
  const isSmall = useIsSmall();
  return (
    <WorkforceList<Course>
      title="Training catalogue"
      filters={filters}
      filterDefaultValues={{ status: 'ACTIVE' }}
      sort={{ field: 'title', order: 'ASC' }}
      createLabel="Add course"
      empty={{
        title: 'No courses yet',
        text: 'Add the courses the partnership offers: safeguarding, trauma-informed practice, MHFA and more.',
      }}
    >
      {isSmall ? (
        <SimpleList<Course>
          primaryText={(course) => course.title}
          secondaryText={(course) => `${COURSE_MODE_LABELS[course.mode]} · ${duration(course.durationMinutes)}`}
          tertiaryText={(course) => course.provider.name}
          rowClick="show"
        />
      ) : (
        <DataTable<Course> rowClick="show" bulkActionButtons={false}>
          <Col
            source="title"
            render={(course) => <ShowLink resource="Course" record={course} text={(c) => c.title} />}
          />
          <Col source="provider.name" label="Provider" disableSort />
          <Col source="mode" disableSort render={(course) => COURSE_MODE_LABELS[course.mode]} />
          <Col
            source="durationMinutes"
            label="Length"
            disableSort
            render={(course) => duration(course.durationMinutes)}
          />
          <Col
            source="validityMonths"
            label="Valid for"
            disableSort
            render={(course) => (course.validityMonths ? `${course.validityMonths} months` : 'No expiry')}
          />
          <Col
            source="costPerPlacePence"
            label="Cost per place"
            disableSort
            render={(course) => money(course.costPerPlacePence)}
          />
        </DataTable>
      )}
    </WorkforceList>
  );
};

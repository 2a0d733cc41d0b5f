import { Link, Typography } from '@mui/material';
import { DataTable, EditButton, ReferenceManyField, Show, TopToolbar, useRecordContext } from 'react-admin';
import {
  CreateLink,
  Facts,
  Section,
  SectionPagination,
  Sections,
  ShowLink,
  TRANSPARENT_SHOW,
} from '../../workforce/ui';
import { COURSE_MODE_LABELS, PROVIDER_KIND_LABELS } from '../labels';
import type { Course, TrainingProvider } from '../types';

const CourseCol = DataTable.Col<Course>;

const ProviderPage = () => {
  const provider = useRecordContext<TrainingProvider>();
  if (!provider) return null;
  return (
    <Sections>
      <Section id="provider-details-heading" title="Details">
        <Facts
          items={[
            ['Name', provider.name],
            ['Kind', PROVIDER_KIND_LABELS[provider.kind]],
            ...(provider.organisation
              ? [['Partner organisation', provider.organisation.name] as [string, string]]
              : []),
            [
              'Contact email',
              provider.contactEmail && <Link href={`mailto:${provider.contactEmail}`}>{provider.contactEmail}</Link>,
            ],
            [
              'Website',
              provider.website && (
                <Link href={provider.website} target="_blank" rel="noopener noreferrer">
                  {provider.website}
                </Link>
              ),
            ],
          ]}
        />
      </Section>
      <Section
        id="provider-courses-heading"
        title="Courses"
        actions={<CreateLink resource="Course" label="Add course" record={{ providerId: provider.id }} />}
      >
        <ReferenceManyField<TrainingProvider, Course>
          reference="Course"
          target="providerIds"
          sort={{ field: 'title', order: 'ASC' }}
          perPage={25}
          pagination={<SectionPagination />}
          empty={
            <Typography color="text.secondary" sx={{ py: 1 }}>
              No courses from {provider.name} yet.
            </Typography>
          }
        >
          <DataTable<Course> rowClick="show" bulkActionButtons={false}>
            <CourseCol
              source="title"
              label="Course"
              render={(course) => <ShowLink resource="Course" record={course} text={(c) => c.title} />}
            />
            <CourseCol source="mode" disableSort render={(course) => COURSE_MODE_LABELS[course.mode]} />
          </DataTable>
        </ReferenceManyField>
      </Section>
    </Sections>
  );
};

const ProviderTitle = () => {
  const provider = useRecordContext<TrainingProvider>();
  return <>{provider?.name ?? 'Training provider'}</>;
};

export const ProviderShow = () => (
  <Show<TrainingProvider>
    title={<ProviderTitle />}
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
    sx={TRANSPARENT_SHOW}
  >
    <ProviderPage />
  </Show>
);

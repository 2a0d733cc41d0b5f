import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Show, useRecordContext } from 'react-admin';
import type { Partnership } from '../types';

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Card component="section" aria-labelledby={id} variant="outlined">
    <CardContent>
      <Typography id={id} component="h2" variant="h6" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** Label/value pairs as a description list, which screen readers announce as pairs. */
const Facts = ({ items }: { items: [label: string, value: ReactNode][] }) => (
  <Box
    component="dl"
    sx={{ display: 'grid', gridTemplateColumns: { sm: 'max-content 1fr' }, columnGap: 3, rowGap: 1, m: 0 }}
  >
    {items.map(([label, value]) => (
      <Box key={label} sx={{ display: 'contents' }}>
        <Typography component="dt" color="text.secondary">
          {label}
        </Typography>
        <Typography component="dd" sx={{ m: 0, fontWeight: 500 }}>
          {value}
        </Typography>
      </Box>
    ))}
  </Box>
);

const Swatch = ({ label, colour }: { label: string; colour: string }) => (
  <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
    <Box
      aria-hidden
      sx={{ width: 48, height: 48, borderRadius: 1, bgcolor: colour, border: 1, borderColor: 'divider' }}
    />
    <Box>
      <Typography>{label}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
        {colour}
      </Typography>
    </Box>
  </Stack>
);

const formatDateTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

const PartnershipDetails = () => {
  const record = useRecordContext<Partnership>();
  if (!record) return null;
  const { branding, policies, plugins } = record;
  return (
    <Stack spacing={2} sx={{ py: 2, maxWidth: 960 }}>
      <Section id="details-heading" title="Details">
        <Facts
          items={[
            ['Name', record.name],
            ['Slug', record.slug],
            ['Sender email', record.senderEmail],
            ['Last updated', formatDateTime(record.updatedAt)],
          ]}
        />
      </Section>
      <Section id="branding-heading" title="Branding">
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={4}>
          <Swatch label="Primary colour" colour={branding.primaryColour} />
          <Swatch label="Secondary colour" colour={branding.secondaryColour} />
          {branding.logoUrl && (
            <Box component="img" src={branding.logoUrl} alt={`${record.name} logo`} sx={{ maxHeight: 48 }} />
          )}
        </Stack>
      </Section>
      <Section id="policies-heading" title="Policies">
        <Facts
          items={[
            ['Minimum notice for sessions', plural(policies.minimumNoticeDays, 'day')],
            ['Training hours cap (any 28 days)', plural(policies.trainingHoursCapPer28Days, 'hour')],
            ['DBS recheck every', plural(policies.dbsRecheckYears, 'year')],
          ]}
        />
      </Section>
      <Section id="plugins-heading" title="Plugins">
        {plugins.length === 0 ? (
          <Typography color="text.secondary">No plugins are enabled for this partnership.</Typography>
        ) : (
          <Stack
            component="ul"
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ flexWrap: 'wrap', p: 0, m: 0, listStyle: 'none' }}
          >
            {plugins.map((plugin) => (
              <li key={plugin}>
                <Chip label={plugin} />
              </li>
            ))}
          </Stack>
        )}
      </Section>
    </Stack>
  );
};

const PartnershipTitle = () => {
  const record = useRecordContext<Partnership>();
  return <>{record?.name ?? 'Partnership'}</>;
};

export const PartnershipShow = () => (
  <Show<Partnership>
    title={<PartnershipTitle />}
    actions={false}
    sx={{ '& .RaShow-card': { bgcolor: 'transparent', boxShadow: 'none' } }}
  >
    <PartnershipDetails />
  </Show>
);

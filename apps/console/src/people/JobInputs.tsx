import { Stack } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { DateInput, NumberInput, SelectInput, TextInput, required } from 'react-admin';
import { EMPLOYMENT_TYPES } from '../workforce/choices';
import { OrganisationPicker, PersonPicker, TeamPicker } from '../workforce/inputs';
import { HOURS_PER_WEEK, notBefore, requiredText } from '../workforce/validation';

/**
 * The fields of a job assignment, under `prefix` ("assignment." in the create-person form).
 * Teams are offered from the chosen organisation only; a volunteer's line manager is their
 * volunteer coordinator.
 */
export const JobInputs = ({ prefix = '', personId }: { prefix?: string; personId?: string }) => {
  const { setValue } = useFormContext();
  const organisationId = useWatch({ name: `${prefix}organisationId` }) as string | null | undefined;
  const employmentType = useWatch({ name: `${prefix}employmentType` }) as string | null | undefined;
  const isVolunteer = employmentType === 'VOLUNTEER';
  return (
    <>
      <TextInput
        source={`${prefix}jobTitle`}
        label={isVolunteer ? 'Role' : 'Job title'}
        validate={requiredText(200, 'Give a job title of up to 200 characters.')}
        helperText="For example family support worker, health visitor, family hub navigator."
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
        <SelectInput
          source={`${prefix}employmentType`}
          label="Employment type"
          choices={EMPLOYMENT_TYPES}
          validate={required()}
        />
        <NumberInput
          source={`${prefix}hoursPerWeek`}
          label="Hours per week"
          validate={HOURS_PER_WEEK}
          step={0.5}
          helperText="Empty if they vary."
        />
      </Stack>
      <OrganisationPicker
        source={`${prefix}organisationId`}
        label="Organisation"
        isRequired
        filter={{ status: 'ACTIVE' }}
        helperText="The employer, or the organisation they volunteer with."
        onChange={() => setValue(`${prefix}teamId`, null, { shouldDirty: true })}
      />
      {organisationId ? (
        <TeamPicker
          key={organisationId}
          source={`${prefix}teamId`}
          label="Team"
          filter={{ organisationIds: [organisationId] }}
          helperText="Optional: a team in that organisation."
        />
      ) : null}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0, sm: 2 }}>
        <DateInput source={`${prefix}startDate`} label="Start date" validate={required()} />
        <DateInput
          source={`${prefix}endDate`}
          label="End date"
          validate={notBefore(`${prefix}startDate`, 'start date')}
          helperText="Only for a fixed term."
        />
      </Stack>
      <PersonPicker
        source={`${prefix}lineManagerId`}
        label={isVolunteer ? 'Volunteer coordinator' : 'Line manager'}
        excludeId={personId}
        helperText={
          isVolunteer
            ? 'Approves their training requests. Type a name or email to search.'
            : 'Type a name or email to search.'
        }
      />
    </>
  );
};

import { LinearProgress } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  maxValue,
  minValue,
  required,
  useGetOne,
} from 'react-admin';
import { FormDialog } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { wholeNumber } from '../../workforce/validation';
import type { CompetencyFramework } from '../frameworks/types';
import { setRoleRequirement } from './api';
import type { RequirementPriority, RoleProfile, RoleRequirement } from './types';

interface Values {
  frameworkId: string | null;
  competencyId: string | null;
  level: number | null;
  priority: RequirementPriority;
  withinDays: number | null;
}

export const PRIORITY_LABELS: Record<RequirementPriority, string> = { ESSENTIAL: 'Essential', DESIRABLE: 'Desirable' };

const PRIORITY_CHOICES = [
  { id: 'ESSENTIAL', name: 'Essential: the job cannot be done safely without it; gaps are reported first' },
  { id: 'DESIRABLE', name: 'Desirable: worth developing, not required' },
];

const WITHIN_DAYS = [wholeNumber, minValue(0), maxValue(3650)];

const frameworkOption = (framework?: CompetencyFramework | null) =>
  framework ? `${framework.name} ${framework.version}` : '';

/** The competencies (not domains) of the chosen framework, and the levels of its scale. */
const CompetencyAndLevel = ({ frameworkId, editing }: { frameworkId: string; editing: boolean }) => {
  const { data: framework } = useGetOne<CompetencyFramework>('CompetencyFramework', { id: frameworkId });
  if (!framework?.competencies) return <LinearProgress aria-label="Loading the framework’s competencies" />;
  const competencies = framework.competencies
    .filter((competency) => competency.kind === 'COMPETENCY')
    .map((competency) => ({ id: competency.id, name: `${competency.code} ${competency.name}` }));
  const levels = framework.scale.levels.map((level) => ({ id: level.rank, name: `${level.rank}. ${level.name}` }));
  return (
    <>
      <AutocompleteInput
        source="competencyId"
        label="Competency"
        choices={competencies}
        validate={required()}
        disabled={editing}
        helperText={editing ? undefined : 'Type a code or name. Domains only group competencies, so are not offered.'}
        noOptionsText="No competency in this framework matches."
      />
      <SelectInput
        source="level"
        label="Required level"
        choices={levels}
        validate={required()}
        helperText={`On the scale ${framework.scale.name}.`}
      />
    </>
  );
};

const RequirementInputs = ({ editing }: { editing: boolean }) => {
  const { setValue } = useFormContext<Values>();
  const frameworkId = useWatch<Values, 'frameworkId'>({ name: 'frameworkId' });
  return (
    <>
      <ReferenceInput source="frameworkId" reference="CompetencyFramework" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput
          label="Framework"
          optionText={frameworkOption}
          validate={required()}
          disabled={editing}
          onChange={() => {
            setValue('competencyId', null);
            setValue('level', null);
          }}
          noOptionsText="No framework matches. Add or load one under Frameworks."
        />
      </ReferenceInput>
      {frameworkId && <CompetencyAndLevel key={frameworkId} frameworkId={frameworkId} editing={editing} />}
      <RadioButtonGroupInput
        source="priority"
        label="Priority"
        choices={PRIORITY_CHOICES}
        validate={required()}
        row={false}
      />
      <NumberInput
        source="withinDays"
        label="Due within (days of starting the job)"
        validate={WITHIN_DAYS}
        step={1}
        helperText="Empty for no deadline; 90 means within their first three months."
      />
    </>
  );
};

/** Adds a requirement to the profile, or changes the level, priority or deadline of one. */
export const RequirementDialog = ({
  profile,
  requirement,
  onClose,
}: {
  profile: RoleProfile;
  requirement: RoleRequirement | null;
  onClose: () => void;
}) => {
  const save = useAction(
    (_, values: Values) =>
      setRoleRequirement({
        roleProfileId: profile.id,
        competencyId: values.competencyId!,
        level: values.level!,
        priority: values.priority,
        withinDays: values.withinDays ?? null,
      }),
    { success: () => `Requirement saved on ${profile.name}.`, failure: 'The requirement was not saved.' },
    onClose,
  );
  const record: Partial<Values> = requirement
    ? {
        frameworkId: requirement.competency.frameworkId,
        competencyId: requirement.competency.id,
        level: requirement.level,
        priority: requirement.priority,
        withinDays: requirement.withinDays,
      }
    : { priority: 'ESSENTIAL' };
  return (
    <FormDialog<Values>
      open
      onClose={onClose}
      title={
        requirement
          ? `Change ${requirement.competency.code} ${requirement.competency.name}`
          : `Add a requirement to ${profile.name}`
      }
      record={record}
      saving={save.isPending}
      submitLabel={requirement ? 'Save requirement' : 'Add requirement'}
      onSubmit={(values) => save.mutate(values)}
    >
      <RequirementInputs editing={requirement !== null} />
    </FormDialog>
  );
};

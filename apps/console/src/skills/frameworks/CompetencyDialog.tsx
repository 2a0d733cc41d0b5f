import { Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  NumberInput,
  RadioButtonGroupInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  regex,
  required,
} from 'react-admin';
import { FormDialog } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { optionalText, requiredText, wholeNumber } from '../../workforce/validation';
import { saveCompetency, type CompetencyInput } from './api';
import { keepText } from './text';
import type { Competency, CompetencyFramework, CompetencyKind } from './types';

/** What the dialog edits: `levelTexts[i]` is the indicator for level i + 1. */
interface Values {
  code: string;
  name: string;
  description: string;
  kind: CompetencyKind;
  parentId: string;
  validForMonths: number | null;
  levelTexts: string[];
}

export type CompetencyEditing =
  { competency: Competency } | { competency: null; kind: CompetencyKind; parentId: string | null };

const COMPETENCY_CODE = regex(
  /^\s*[A-Za-z0-9][A-Za-z0-9.-]{0,39}\s*$/,
  'Up to 40 capital letters, digits, dots and dashes, like FHC.2.1.',
);
const VALID_FOR_MONTHS = [wholeNumber, minValue(1), maxValue(240)];

const KIND_CHOICES = [
  { id: 'DOMAIN', name: 'Domain: groups competencies' },
  { id: 'COMPETENCY', name: 'Competency: required in role profiles and assessed' },
];

/** The tree in order, indented, for the parent picker; a node cannot be its own parent. */
const parentChoices = (tree: Competency[], exceptId: string | undefined) => {
  const depth = new Map<string, number>();
  return tree.flatMap((node) => {
    const level = node.parentId ? (depth.get(node.parentId) ?? 0) + 1 : 0;
    depth.set(node.id, level);
    if (node.id === exceptId) return [];
    return [{ id: node.id, name: `${'\u00a0\u00a0\u00a0'.repeat(level)}${node.code} ${node.name}` }];
  });
};

const toValues = (framework: CompetencyFramework, editing: CompetencyEditing): Partial<Values> => {
  const levels = framework.scale.levels;
  if (!editing.competency) {
    return {
      kind: editing.kind,
      parentId: editing.parentId ?? '',
      levelTexts: levels.map(() => ''),
    };
  }
  const { competency } = editing;
  return {
    code: competency.code,
    name: competency.name,
    description: competency.description,
    kind: competency.kind,
    parentId: competency.parentId ?? '',
    validForMonths: competency.validForMonths,
    levelTexts: levels.map((level) => competency.indicators.find((i) => i.level === level.rank)?.text ?? ''),
  };
};

const toInput = (values: Values): CompetencyInput => {
  const isDomain = values.kind === 'DOMAIN';
  return {
    code: values.code.trim().toUpperCase(),
    name: values.name,
    description: values.description ?? '',
    kind: values.kind,
    parentId: values.parentId || null,
    validForMonths: isDomain || values.validForMonths === undefined ? null : values.validForMonths,
    indicators: isDomain
      ? []
      : (values.levelTexts ?? []).flatMap((text, i) => (text?.trim() ? [{ level: i + 1, text }] : [])),
  };
};

const CompetencyInputs = ({ framework, exceptId }: { framework: CompetencyFramework; exceptId?: string }) => {
  const kind = useWatch<Values, 'kind'>({ name: 'kind' });
  return (
    <>
      <RadioButtonGroupInput source="kind" label="Kind" choices={KIND_CHOICES} validate={required()} row={false} />
      <TextInput
        source="code"
        validate={[required(), COMPETENCY_CODE]}
        helperText="Unique in the framework, e.g. FHC.2.1. Saved in capitals."
        autoComplete="off"
      />
      <TextInput source="name" validate={requiredText(200, 'Give it a name of up to 200 characters.')} />
      <TextInput source="description" parse={keepText} validate={optionalText(4000)} multiline minRows={2} />
      <SelectInput
        source="parentId"
        label="Under"
        choices={parentChoices(framework.competencies ?? [], exceptId)}
        emptyText="Nothing: at the top of the framework"
        helperText="The domain (or competency) it sits under."
      />
      {kind === 'COMPETENCY' && (
        <>
          <NumberInput
            source="validForMonths"
            label="Evidence stays valid for (months)"
            validate={VALID_FOR_MONTHS}
            step={1}
            helperText="How long a level shown by training or an import lasts before a refresher is due. Empty for no expiry."
          />
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>
            What it looks like at each level
          </Typography>
          <Typography color="text.secondary" variant="body2" sx={{ mb: 1 }}>
            Optional: leave a level empty when the competency does not describe it.
          </Typography>
          {framework.scale.levels.map((level, i) => (
            <TextInput
              key={level.rank}
              source={`levelTexts.${i}`}
              label={`At ${level.name} (level ${level.rank})`}
              parse={keepText}
              validate={optionalText(2000)}
              multiline
            />
          ))}
        </>
      )}
    </>
  );
};

/** Adds a domain or competency to the framework's tree, or changes one (including moving it). */
export const CompetencyDialog = ({
  framework,
  editing,
  onClose,
}: {
  framework: CompetencyFramework;
  editing: CompetencyEditing;
  onClose: () => void;
}) => {
  const existing = editing.competency;
  const save = useAction(
    (_, values: Values) => saveCompetency(framework.id, existing?.id ?? null, toInput(values)),
    {
      success: (saved) => (existing ? `${saved.code} ${saved.name} saved.` : `${saved.code} ${saved.name} added.`),
      failure: existing ? `${existing.code} was not saved.` : 'It was not added.',
    },
    onClose,
  );
  const kind = editing.competency ? editing.competency.kind : editing.kind;
  return (
    <FormDialog<Values>
      open
      onClose={onClose}
      title={
        existing ? `Edit ${existing.code} ${existing.name}` : kind === 'DOMAIN' ? 'Add a domain' : 'Add a competency'
      }
      record={toValues(framework, editing)}
      saving={save.isPending}
      submitLabel={existing ? 'Save' : 'Add'}
      onSubmit={(values) => save.mutate(values)}
    >
      <CompetencyInputs framework={framework} exceptId={existing?.id} />
    </FormDialog>
  );
};

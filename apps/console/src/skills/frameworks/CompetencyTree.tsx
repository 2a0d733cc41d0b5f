import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm } from 'react-admin';
import { Section, usePermission } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { deleteCompetency } from './api';
import { CompetencyDialog, type CompetencyEditing } from './CompetencyDialog';
import { validity } from './text';
import type { Competency, CompetencyFramework, ScaleLevel } from './types';

const HEADING_ID = 'framework-competencies-heading';

/** Each node's children, in order; top-level nodes under `null`. */
type Branches = Map<string | null, Competency[]>;

const branchesOf = (tree: Competency[]): Branches => {
  const branches: Branches = new Map();
  for (const node of tree) branches.set(node.parentId, [...(branches.get(node.parentId) ?? []), node]);
  return branches;
};

/** What the competency looks like at each level, under the scale's own level names. */
const Indicators = ({ competency, levels }: { competency: Competency; levels: ScaleLevel[] }) =>
  competency.indicators.length === 0 ? null : (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: { sm: 'max-content 1fr' }, columnGap: 2, rowGap: 0.5, m: 0, mt: 1 }}
    >
      {competency.indicators.map((indicator) => (
        <Box key={indicator.level} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 500 }}>
            {levels.find((l) => l.rank === indicator.level)?.name ?? `Level ${indicator.level}`}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, mb: { xs: 1, sm: 0 }, whiteSpace: 'pre-line' }}>
            {indicator.text}
          </Typography>
        </Box>
      ))}
    </Box>
  );

interface NodeActions {
  onAddUnder: (parent: Competency) => void;
  onEdit: (node: Competency) => void;
  onDelete: (node: Competency) => void;
}

const Node = ({
  node,
  depth,
  branches,
  levels,
  actions,
}: {
  node: Competency;
  depth: number;
  branches: Branches;
  levels: ScaleLevel[];
  actions: NodeActions | null;
}) => {
  const below = branches.get(node.id) ?? [];
  const isDomain = node.kind === 'DOMAIN';
  return (
    <Box component="li" sx={{ py: 1, borderTop: depth === 0 ? 1 : 0, borderColor: 'divider' }}>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
      >
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography
            component={`h${Math.min(3 + depth, 6)}` as 'h3'}
            variant={isDomain ? 'subtitle1' : 'body1'}
            sx={{ fontWeight: isDomain ? 600 : 500 }}
          >
            <Box component="span" sx={{ fontFamily: 'monospace' }}>
              {node.code}
            </Box>{' '}
            {node.name}
          </Typography>
          {isDomain ? (
            <Chip size="small" variant="outlined" label="Domain" />
          ) : (
            <Typography variant="body2" color="text.secondary">
              {validity(node.validForMonths)}
            </Typography>
          )}
        </Stack>
        {actions && (
          <Stack direction="row" spacing={1}>
            {isDomain && (
              <Button
                size="small"
                startIcon={<AddIcon />}
                onClick={() => actions.onAddUnder(node)}
                aria-label={`Add a competency under ${node.code}`}
              >
                Add under
              </Button>
            )}
            <Button
              size="small"
              startIcon={<EditIcon />}
              onClick={() => actions.onEdit(node)}
              aria-label={`Edit ${node.code}`}
            >
              Edit
            </Button>
            <Button
              size="small"
              color="error"
              startIcon={<DeleteIcon />}
              onClick={() => actions.onDelete(node)}
              aria-label={`Delete ${node.code}`}
            >
              Delete
            </Button>
          </Stack>
        )}
      </Stack>
      {node.description && (
        <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
          {node.description}
        </Typography>
      )}
      <Indicators competency={node} levels={levels} />
      {below.length > 0 && (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, pl: { xs: 2, sm: 4 } }}>
          {below.map((child) => (
            <Node key={child.id} node={child} depth={depth + 1} branches={branches} levels={levels} actions={actions} />
          ))}
        </Box>
      )}
    </Box>
  );
};

/** The framework's domains and competencies as an indented outline, edited in place. */
export const CompetencyTree = ({ framework }: { framework: CompetencyFramework }) => {
  const canWrite = usePermission('framework.write') ?? false;
  const [editing, setEditing] = useState<CompetencyEditing | null>(null);
  const [deleting, setDeleting] = useState<Competency | null>(null);
  const tree = framework.competencies ?? [];
  const branches = branchesOf(tree);
  const remove = useAction((_, node: Competency) => deleteCompetency(node.id), {
    success: (_, node) => `${node.code} ${node.name} deleted.`,
    failure: 'It was not deleted.',
  });
  const actions: NodeActions | null = canWrite
    ? {
        onAddUnder: (parent) => setEditing({ competency: null, kind: 'COMPETENCY', parentId: parent.id }),
        onEdit: (competency) => setEditing({ competency }),
        onDelete: setDeleting,
      }
    : null;

  return (
    <Section
      id={HEADING_ID}
      title="Domains and competencies"
      actions={
        canWrite && (
          <>
            <Button
              variant="outlined"
              startIcon={<AddIcon />}
              onClick={() => setEditing({ competency: null, kind: 'DOMAIN', parentId: null })}
            >
              Add domain
            </Button>
            <Button
              variant="outlined"
              startIcon={<AddIcon />}
              onClick={() => setEditing({ competency: null, kind: 'COMPETENCY', parentId: null })}
            >
              Add competency
            </Button>
          </>
        )
      }
    >
      {tree.length === 0 ? (
        <Typography color="text.secondary">
          {framework.name} has no domains or competencies yet.
          {canWrite && ' Add a domain for each area of practice, then the competencies under it.'}
        </Typography>
      ) : (
        <Box component="ul" aria-labelledby={HEADING_ID} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {(branches.get(null) ?? []).map((node) => (
            <Node
              key={node.id}
              node={node}
              depth={0}
              branches={branches}
              levels={framework.scale.levels}
              actions={actions}
            />
          ))}
        </Box>
      )}
      {editing && <CompetencyDialog framework={framework} editing={editing} onClose={() => setEditing(null)} />}
      <Confirm
        isOpen={deleting !== null}
        loading={remove.isPending}
        title={`Delete ${deleting?.code ?? ''} ${deleting?.name ?? ''}?`}
        content="Only something with nothing under it, and no role requirements or evidence, can be deleted. This cannot be undone."
        confirm="Delete"
        onConfirm={() => deleting && remove.mutate(deleting, { onSettled: () => setDeleting(null) })}
        onClose={() => setDeleting(null)}
      />
    </Section>
  );
};

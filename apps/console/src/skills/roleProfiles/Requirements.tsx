import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import {
  Box,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm } from 'react-admin';
import { Section, ShowLink, usePermission, VISUALLY_HIDDEN } from '../../workforce/ui';
import { useAction } from '../../workforce/useAction';
import { removeRoleRequirement } from './api';
import { PRIORITY_LABELS, RequirementDialog } from './RequirementDialog';
import type { RoleProfile, RoleRequirement } from './types';

const HEADING_ID = 'role-profile-requirements-heading';

const due = (requirement: RoleRequirement) =>
  requirement.withinDays === null ? 'No deadline' : `Within ${requirement.withinDays} days of starting`;

const RequirementActions = ({
  requirement,
  onChange,
  onRemove,
}: {
  requirement: RoleRequirement;
  onChange: () => void;
  onRemove: () => void;
}) => (
  <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
    <Button
      size="small"
      startIcon={<EditIcon />}
      onClick={onChange}
      aria-label={`Change requirement ${requirement.competency.code}`}
    >
      Change
    </Button>
    <Button
      size="small"
      color="error"
      startIcon={<DeleteIcon />}
      onClick={onRemove}
      aria-label={`Remove requirement ${requirement.competency.code}`}
    >
      Remove
    </Button>
  </Stack>
);

type Editing = { requirement: RoleRequirement | null } | null;

/** What the role needs: each competency at a level, essential or desirable, and by when. */
export const Requirements = ({ profile }: { profile: RoleProfile }) => {
  const canWrite = usePermission('roleProfile.write') ?? false;
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<RoleRequirement | null>(null);
  const requirements = profile.requirements ?? [];
  const remove = useAction((_, requirement: RoleRequirement) => removeRoleRequirement(requirement.id), {
    success: (_, requirement) => `${requirement.competency.code} is no longer required for ${profile.name}.`,
    failure: 'The requirement was not removed.',
  });

  return (
    <Section
      id={HEADING_ID}
      title="Requirements"
      actions={
        canWrite && (
          <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setEditing({ requirement: null })}>
            Add requirement
          </Button>
        )
      }
    >
      {requirements.length === 0 ? (
        <Typography color="text.secondary">
          {profile.name} requires no competencies yet.
          {canWrite && ' Add the competencies the role needs, at the level it needs them.'}
        </Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby={HEADING_ID}>
            <TableHead>
              <TableRow>
                <TableCell>Competency</TableCell>
                <TableCell>Required level</TableCell>
                <TableCell>Priority</TableCell>
                <TableCell>Due</TableCell>
                {canWrite && (
                  <TableCell>
                    <Box component="span" sx={VISUALLY_HIDDEN}>
                      Actions
                    </Box>
                  </TableCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {requirements.map((requirement) => (
                <TableRow key={requirement.id}>
                  <TableCell component="th" scope="row">
                    <Box component="span" sx={{ fontFamily: 'monospace' }}>
                      {requirement.competency.code}
                    </Box>{' '}
                    {requirement.competency.name}
                    <Typography variant="body2" color="text.secondary">
                      <ShowLink
                        resource="CompetencyFramework"
                        record={requirement.competency.framework}
                        text={(framework) => framework.name}
                      />
                    </Typography>
                  </TableCell>
                  <TableCell>{requirement.levelName}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={requirement.priority === 'ESSENTIAL' ? 'primary' : 'default'}
                      label={PRIORITY_LABELS[requirement.priority]}
                    />
                  </TableCell>
                  <TableCell>{due(requirement)}</TableCell>
                  {canWrite && (
                    <TableCell align="right">
                      <RequirementActions
                        requirement={requirement}
                        onChange={() => setEditing({ requirement })}
                        onRemove={() => setRemoving(requirement)}
                      />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {editing && (
        <RequirementDialog profile={profile} requirement={editing.requirement} onClose={() => setEditing(null)} />
      )}
      <Confirm
        isOpen={removing !== null}
        loading={remove.isPending}
        title={`Remove ${removing?.competency.code ?? ''} from ${profile.name}?`}
        content="Jobs with this profile will no longer need the competency. Evidence people hold is kept."
        confirm="Remove"
        onConfirm={() => removing && remove.mutate(removing, { onSettled: () => setRemoving(null) })}
        onClose={() => setRemoving(null)}
      />
    </Section>
  );
};

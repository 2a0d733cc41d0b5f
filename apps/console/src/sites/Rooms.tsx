import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import {
  Box,
  Button,
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
import { Confirm, NumberInput, TextInput } from 'react-admin';
import type { RoomInput } from '../workforce/api';
import type { Room, Site } from '../workforce/types';
import { FormDialog, Section, useIsSmall, usePermission, VISUALLY_HIDDEN } from '../workforce/ui';
import { useAction } from '../workforce/useAction';
import { ROOM_CAPACITY, optionalText, requiredText } from '../workforce/validation';

type Editing = { room: Room | null } | null;

const RoomInputs = () => (
  <>
    <TextInput source="name" label="Room name" validate={requiredText(100)} autoFocus />
    <NumberInput source="capacity" label="Capacity (people)" validate={ROOM_CAPACITY} step={1} sx={{ maxWidth: 240 }} />
    <TextInput
      source="accessibilityNotes"
      label="Accessibility notes"
      multiline
      minRows={3}
      validate={optionalText(2000)}
      helperText="Step-free access, hearing loop, baby changing, parking: what a trainer needs to know."
    />
  </>
);

const RoomActions = ({ room, onEdit, onRemove }: { room: Room; onEdit: () => void; onRemove: () => void }) => (
  <Stack direction="row" spacing={1}>
    <Button size="small" startIcon={<EditIcon />} onClick={onEdit} aria-label={`Edit room ${room.name}`}>
      Edit
    </Button>
    <Button
      size="small"
      color="error"
      startIcon={<DeleteIcon />}
      onClick={onRemove}
      aria-label={`Remove room ${room.name}`}
    >
      Remove
    </Button>
  </Stack>
);

/** The rooms at a site, edited in place: they are training venues for sessions later. */
export const Rooms = ({ site }: { site: Site }) => {
  const canWrite = usePermission('site.write');
  const isSmall = useIsSmall();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Room | null>(null);
  const rooms = site.rooms ?? [];

  const save = useAction(
    (dataProvider, { id, data }: { id: string | null; data: RoomInput }) =>
      id ? dataProvider.updateRoom({ id, data }) : dataProvider.addRoom({ siteId: site.id, data }),
    {
      success: ({ data }, { id }) => (id ? `Room ${data.name} saved.` : `Room ${data.name} added to ${site.name}.`),
      failure: 'The room was not saved.',
    },
    () => setEditing(null),
  );
  const remove = useAction(
    (dataProvider, room: Room) => dataProvider.removeRoom({ id: room.id }),
    { success: (_, room) => `Room ${room.name} removed.`, failure: 'The room was not removed.' },
    () => setRemoving(null),
  );

  return (
    <Section
      id="site-rooms-heading"
      title="Rooms"
      actions={
        canWrite && (
          <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setEditing({ room: null })}>
            Add room
          </Button>
        )
      }
    >
      {rooms.length === 0 ? (
        <Typography color="text.secondary">
          No rooms recorded at {site.name}.{canWrite ? ' Add the rooms that can host training or group work.' : ''}
        </Typography>
      ) : isSmall ? (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {rooms.map((room) => (
            <Box component="li" key={room.id} sx={{ py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
              <Typography sx={{ fontWeight: 500 }}>{room.name}</Typography>
              <Typography variant="body2">Capacity {room.capacity}</Typography>
              {room.accessibilityNotes && (
                <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
                  {room.accessibilityNotes}
                </Typography>
              )}
              {canWrite && (
                <RoomActions room={room} onEdit={() => setEditing({ room })} onRemove={() => setRemoving(room)} />
              )}
            </Box>
          ))}
        </Box>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby="site-rooms-heading">
            <TableHead>
              <TableRow>
                <TableCell>Room</TableCell>
                <TableCell align="right">Capacity</TableCell>
                <TableCell>Accessibility notes</TableCell>
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
              {rooms.map((room) => (
                <TableRow key={room.id}>
                  <TableCell component="th" scope="row">
                    {room.name}
                  </TableCell>
                  <TableCell align="right">{room.capacity}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-line', maxWidth: 480 }}>
                    {room.accessibilityNotes || (
                      <Box component="span" sx={{ color: 'text.secondary' }}>
                        None recorded
                      </Box>
                    )}
                  </TableCell>
                  {canWrite && (
                    <TableCell align="right">
                      <RoomActions room={room} onEdit={() => setEditing({ room })} onRemove={() => setRemoving(room)} />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      {editing && (
        <FormDialog<RoomInput>
          open
          onClose={() => setEditing(null)}
          title={editing.room ? `Edit room ${editing.room.name}` : `Add a room to ${site.name}`}
          record={editing.room ?? undefined}
          saving={save.isPending}
          submitLabel={editing.room ? 'Save room' : 'Add room'}
          onSubmit={(data) => save.mutate({ id: editing.room?.id ?? null, data })}
        >
          <RoomInputs />
        </FormDialog>
      )}
      <Confirm
        isOpen={removing !== null}
        loading={remove.isPending}
        title={`Remove room ${removing?.name ?? ''}?`}
        content="The room will no longer be offered as a venue. This cannot be undone."
        confirm="Remove room"
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      />
    </Section>
  );
};

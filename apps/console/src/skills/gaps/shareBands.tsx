import { Box, Stack, Typography } from '@mui/material';

/**
 * How much of a group meets a requirement, in four bands. The fills are light enough for dark text
 * to stay readable on each, and every cell also prints its percentage, so no one relies on colour.
 */
export const SHARE_BANDS = [
  { from: 1, label: 'Everyone meets it (100%)', fill: '#9fd6ae' },
  { from: 0.8, label: '80% to 99% meet it', fill: '#d6edc4' },
  { from: 0.5, label: '50% to 79% meet it', fill: '#fde3a1' },
  { from: 0, label: 'Fewer than half meet it', fill: '#f5bcbc' },
] as const;

export const bandOf = (share: number) => SHARE_BANDS.find((band) => share >= band.from) ?? SHARE_BANDS.at(-1)!;

/** 0.666… → "67%"; only a full share shows as 100%. */
export const percent = (share: number) => `${share < 1 ? Math.min(Math.round(share * 100), 99) : 100}%`;

export const ShareKey = () => (
  <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
    <Typography id="share-key-heading" component="h3" variant="subtitle2">
      Key
    </Typography>
    <Stack
      component="ul"
      aria-labelledby="share-key-heading"
      direction="row"
      useFlexGap
      spacing={2}
      sx={{ flexWrap: 'wrap', listStyle: 'none', p: 0, m: 0 }}
    >
      {SHARE_BANDS.map((band) => (
        <Stack component="li" key={band.label} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Box
            aria-hidden
            sx={{ width: 20, height: 20, borderRadius: 1, bgcolor: band.fill, border: 1, borderColor: 'divider' }}
          />
          <Typography variant="body2">{band.label}</Typography>
        </Stack>
      ))}
      <Stack component="li" direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Box
          aria-hidden
          sx={{ width: 20, height: 20, borderRadius: 1, border: 1, borderColor: 'divider', textAlign: 'center' }}
        >
          —
        </Box>
        <Typography variant="body2">Nobody there needs it</Typography>
      </Stack>
    </Stack>
  </Stack>
);

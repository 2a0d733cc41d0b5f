import { defaultLightTheme, type RaThemeOptions } from 'react-admin';
import type { Branding } from '../types';

/** Kindred's own colours, used before sign-in and when a partnership's colour is unusable. */
const FALLBACK = { primaryColour: '#1d5c63', secondaryColour: '#f2a541' };

// MUI can only derive light/dark/contrast shades from hex (and rgb/hsl) values; a named colour
// from configuration would crash the theme, so anything else falls back.
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const colour = (value: string | undefined, fallback: string) => (value && HEX.test(value) ? value : fallback);

export const buildTheme = (branding?: Pick<Branding, 'primaryColour' | 'secondaryColour'>): RaThemeOptions => {
  const primary = colour(branding?.primaryColour, FALLBACK.primaryColour);
  const secondary = colour(branding?.secondaryColour, FALLBACK.secondaryColour);
  return {
    ...defaultLightTheme,
    palette: {
      mode: 'light',
      primary: { main: primary },
      secondary: { main: secondary },
      background: { default: '#f5f7f7' },
      // MUI's own warning orange and info blue are too pale for text on white (WCAG AA wants
      // 4.5:1; outlined status chips draw their label in these): these darker shades pass.
      warning: { main: '#b45309' },
      info: { main: '#01579b' },
    },
    shape: { borderRadius: 8 },
    typography: {
      ...defaultLightTheme.typography,
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    },
    components: {
      ...defaultLightTheme.components,
      MuiCssBaseline: {
        styleOverrides: {
          // A clear keyboard focus ring everywhere; text fields show focus with their own border.
          '*:focus-visible:not(.MuiInputBase-input)': { outline: `3px solid ${primary}`, outlineOffset: 2 },
          '.MuiAppBar-root *:focus-visible': { outlineColor: 'currentColor' },
        },
      },
      // A spinner says what it is to a screen reader (react-admin's own, in the app bar, says nothing).
      MuiCircularProgress: { defaultProps: { 'aria-label': 'Loading' } },
      // Sentence case reads more easily than capitals.
      MuiButton: { styleOverrides: { root: { textTransform: 'none' } } },
      // A disabled field's help says how to enable it ("Choose a site to pick a room"): it must stay
      // readable (MUI's secondary text), where MUI greys it below WCAG's contrast.
      MuiFormHelperText: { styleOverrides: { root: { '&.Mui-disabled': { color: 'rgba(0, 0, 0, 0.6)' } } } },
      RaAppBar: { defaultProps: { color: 'primary' } },
    },
  };
};

import { percentOf } from './sql';

/**
 * An objective's figures, or one organisation's part of them, shown or withheld. Survey agreement
 * is withheld where too few answered (decision 0065); people measures are always shown.
 */
export type Figures =
  | { withheld: false; note: null; population: number; meeting: number; percent: number }
  | { withheld: true; note: string; population: null; meeting: null; percent: null };

export type OrganisationFigures = Figures & { organisationId: string; organisationName: string };

export type ObjectiveFigures = Figures & { byOrganisation: OrganisationFigures[] };

export const shown = (population: number, meeting: number): Figures => ({
  withheld: false,
  note: null,
  population,
  meeting,
  percent: percentOf(meeting, population),
});

export const withheld = (note: string): Figures => ({
  withheld: true,
  note,
  population: null,
  meeting: null,
  percent: null,
});

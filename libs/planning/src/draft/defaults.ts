/**
 * What the database does not hold yet, as the defaults decision 0051 sets out. Each is the lead's
 * to change once the data exists; until then the draft says which ones it used.
 */
export const PLANNING_DEFAULTS = {
  /** Trainers, rooms and people: Monday to Friday. */
  weekdays: [1, 2, 3, 4, 5],
  /** Parts a trainer delivers in a week. */
  trainerPartsPerWeek: 3,
  /** Courses have no group sizes: six makes a session worth running, twenty is a full room. */
  minGroup: 6,
  maxGroup: 20,
  /** A part lasts at most a training day (7½ hours); longer courses split into equal parts. */
  maxMinutesPerPart: 450,
  /** No seats kept back for VCFSE partners unless the lead sets a share. */
  vcfseSharePercent: 0,
} as const;

/** How a course of this length splits into parts a week apart. */
export function partsOf(durationMinutes: number): { parts: number; minutesPerPart: number } {
  const parts = Math.max(1, Math.ceil(durationMinutes / PLANNING_DEFAULTS.maxMinutesPerPart));
  return { parts, minutesPerPart: Math.ceil(durationMinutes / parts) };
}

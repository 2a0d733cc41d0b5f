/**
 * The statements of the Family Hubs evaluation's workforce survey (DESIGN.md), seeded into every
 * new pulse survey so a partnership's answers compare with the evaluation's.
 */
export const EVALUATION_STATEMENTS: readonly string[] = [
  'I have a good understanding of the skills I need to support families in a whole family way.',
  'I know how to liaise with support beyond my organisation for the families I work with.',
  'I am satisfied with the supervision and support available to me.',
  'I am satisfied with the training available to me.',
  'I have sufficient time and capacity to take part in the training offer.',
];

import { email, maxLength, maxValue, minValue, number, regex, required, type Validator } from 'react-admin';
import { today } from './dates';

/**
 * Form rules that mirror the API's (libs/org: *.types.ts and the entities), so most mistakes are
 * caught before saving. The API stays the authority: whatever it refuses is shown as it says.
 */

export const requiredText = (max: number, message?: string): Validator[] => [
  required(message),
  maxLength(max, message),
];
export const optionalText = (max: number): Validator[] => [maxLength(max)];

export const ORGANISATION_CODE = regex(
  /^\s*[A-Za-z0-9][A-Za-z0-9_-]{0,31}\s*$/,
  'Up to 32 letters, digits, "-" or "_", starting with a letter or digit.',
);

export const POSTCODE = regex(/^\s*[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}\s*$/, 'Enter a UK postcode like NS1 4AB.');

export const optionalEmail = email('Enter an email address, like name@example.org.');
export const requiredEmail = [required(), optionalEmail, maxLength(320)];

export const wholeNumber: Validator = (value: unknown) =>
  value === null || value === undefined || value === '' || Number.isInteger(Number(value))
    ? undefined
    : 'Enter a whole number.';

export const ROOM_CAPACITY = [required(), number(), wholeNumber, minValue(1), maxValue(1000)];

export const HOURS_PER_WEEK = [number(), minValue(0.5, 'At least half an hour.'), maxValue(80, 'At most 80 hours.')];

export const DBS_CERTIFICATE_NUMBER = regex(/^\s*(\d\s*){12}$/, 'A DBS certificate number has 12 digits.');

export const notInFuture: Validator = (value: unknown) =>
  typeof value === 'string' && value > today() ? 'The date cannot be in the future.' : undefined;

/** For an end date: not before the start date held in the same form. */
export const notBefore =
  (otherField: string, otherLabel: string): Validator =>
  (value: unknown, values: Record<string, unknown>) => {
    const other = otherField.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)?.[key], values);
    return typeof value === 'string' && typeof other === 'string' && value && other && value < other
      ? `Must be on or after the ${otherLabel}.`
      : undefined;
  };

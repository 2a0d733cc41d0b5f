/** The input shows local time; the API takes an instant. */
export const instant = (value: string) => (value ? new Date(value).toISOString() : null);

/**
 * Another field of the same array item as the input being validated (a part's start for its end),
 * read from the form values with the path react-admin gives the validator.
 */
export const sibling = (values: Record<string, unknown>, props: { finalSource?: string } | undefined, field: string) =>
  (props?.finalSource ?? field)
    .replace(/[^.]+$/, field)
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], values);

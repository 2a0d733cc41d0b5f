/** Runs a stepwise computation to its end without pausing; returns what it returns. */
export function drain<T>(steps: Generator<unknown, T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}

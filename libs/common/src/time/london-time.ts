/** The moment a London wall-clock time (`09:30`) happens on a day, in summer time or not. */
export function londonTime(day: string, time: string): Date {
  const asUtc = new Date(`${day}T${time}:00Z`);
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(asUtc)
    .find((part) => part.type === 'timeZoneName')!.value;
  const offsetHours = Number(/GMT([+-]\d+)?/.exec(zone)?.[1] ?? 0);
  return new Date(asUtc.getTime() - offsetHours * 3_600_000);
}

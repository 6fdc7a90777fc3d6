const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is an existing calendar date in YYYY-MM-DD form (2024-02-29 yes, 2023-02-29 no). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** Throws a RangeError naming the argument when `value` is not a calendar date. */
export function assertCalendarDate(value: string, name = "date"): void {
  if (!isCalendarDate(value))
    throw new RangeError(`${name} must be a calendar date in YYYY-MM-DD form, got "${value}"`);
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a string is an existing calendar date in YYYY-MM-DD form, as ajv-formats' full "date". */
export function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (daysInMonth[month - 1] as number));
}

/** Whether the date part of a date-time (before "T", "t" or whitespace, as ajv splits it) is a calendar date. */
export function hasCalendarDatePart(value: string): boolean {
  const [date = ""] = value.split(/t|\s/i, 1);
  return isCalendarDate(date);
}

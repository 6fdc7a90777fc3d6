// days per month, February outside leap years
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

// the ASCII digit at `at` as a number, or NaN
function digit(text: string, at: number): number {
  const value = text.charCodeAt(at) - 0x30;
  return value >= 0 && value <= 9 ? value : Number.NaN;
}

/**
 * The "date" format (RFC 3339 full-date, YYYY-MM-DD, a day that exists) as ajv-formats checks it in full
 * mode, without its regular expression: every procurement has several dates, so this check runs millions
 * of times. The tests hold it to ajv-formats' own function.
 */
export function isFullDate(text: string): boolean {
  if (typeof text !== "string" || text.length !== 10) return false;
  if (text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return false;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (Number.isNaN(year)) return false;
  // NaN fails every comparison, so a non-digit in the month or the day fails here
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : (DAYS[month] ?? 0));
}

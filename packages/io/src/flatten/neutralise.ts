/**
 * Formula neutralising (OWASP CSV injection, ASVS 5.0 V1.2.10, G14). A spreadsheet treats a cell that starts with
 * = + - @, a tab, CR, LF or NUL (or the full-width ＝ ＋ － ＠ some versions accept), possibly after spaces, as a
 * formula. The writers put a single quote before such a string, which spreadsheets show as text; the readers take
 * exactly that quote off again. Strings that already start with quotes before a trigger get one more, so that
 * reading undoes writing for every string: write(v) = "'" + v when v matches /^'*[ ]*trigger/, and read(c) drops
 * the first character when c matches /^'+[ ]*trigger/.
 */
const TRIGGER = "[=+\\-@\\t\\r\\n\\0\\uFF1D\\uFF0B\\uFF0D\\uFF20]";
const NEEDS_QUOTE = new RegExp(`^'*[ ]*${TRIGGER}`, "u");
const QUOTED = new RegExp(`^'+[ ]*${TRIGGER}`, "u");

/** The string as a writer puts it in a cell: with a leading ' when a spreadsheet could read it as a formula. */
export function neutralise(value: string): string {
  return NEEDS_QUOTE.test(value) ? `'${value}` : value;
}

/** The string a writer neutralised, from its cell: the leading ' taken off again. */
export function unneutralise(cell: string): string {
  return QUOTED.test(cell) ? cell.slice(1) : cell;
}

/** A plain decimal number as the writers put it in a numeric cell: never neutralised, because it is no formula. */
export const PLAIN_NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;

import fc from "fast-check";

/** The length of a string in code points, as JSON Schema counts it (a lone surrogate counts as one). */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}

/**
 * One code point: mostly printable ASCII, often any code point (astral ones are two UTF-16 units), sometimes a
 * character that trips length or whitespace checks. Never half a surrogate pair, so that joined units never combine.
 */
export const codePoint: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("🌷", "😀", "€", "ë", "ĳ", "\u{10ffff}", "\u0000", "\u00a0", "\u2028", "\ufeff"),
  },
);

/** A string of code points, counted as JSON Schema counts them. */
export function codePoints(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: codePoint, minLength, maxLength });
}

/** A string of exactly the given number of code points: a short random chunk repeated, cheap even for 10,000. */
export function codePointsOfLength(length: number): fc.Arbitrary<string> {
  if (length === 0) return fc.constant("");
  return fc
    .array(codePoint, { minLength: 1, maxLength: 16 })
    .map((chunk) => Array.from({ length }, (_, index) => chunk[index % chunk.length]).join(""));
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const year = fc.integer({ min: 0, max: 9999 });
const month = fc.integer({ min: 1, max: 12 });

/** An existing calendar date, YYYY-MM-DD, built from year, month and a day within that month; often a month end or a leap day. */
export const calendarDate: fc.Arbitrary<string> = fc
  .oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(year, month)
        .chain(([y, m]) => fc.integer({ min: 1, max: daysInMonth(y, m) }).map((d) => [y, m, d] as const)),
    },
    { weight: 1, arbitrary: fc.tuple(year, month).map(([y, m]) => [y, m, daysInMonth(y, m)] as const) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 0, max: 2499 }).map((n) => [n * 4, 2, isLeapYear(n * 4) ? 29 : 28] as const),
    },
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

const twoDigits = (max: number): fc.Arbitrary<string> => fc.integer({ min: 0, max }).map((n) => pad(n, 2));
const fraction = fc.option(
  fc.stringMatching(/^[0-9]{1,9}$/).map((digits) => `.${digits}`),
  { nil: "" },
);
const offset = fc.oneof(
  fc.constant("Z"),
  fc.tuple(fc.constantFrom("+", "-"), twoDigits(23), twoDigits(59)).map(([sign, h, m]) => `${sign}${h}:${m}`),
);

/** An RFC 3339 date-time as the standard writes it: uppercase T and Z, seconds, an offset, at most nine decimals. */
export const dateTime: fc.Arbitrary<string> = fc
  .tuple(calendarDate, twoDigits(23), twoDigits(59), twoDigits(59), fraction, offset)
  .map(([date, h, m, s, f, o]) => `${date}T${h}:${m}:${s}${f}${o}`);

/** Values that exercise a named type at its edges; each must be valid for that type. */
export const notableValues: Readonly<Record<string, readonly string[]>> = {
  Amount: ["0", "0.00", "0.07", "19.99", "1234567.89", "999999999999999.99"],
  Quantity: ["0", "0.000001", "12.5", "999999999999999999.999999"],
  Percentage: ["0", "0.01", "12.5", "99.99", "100", "100.0", "100.00"],
  ObservationValue: ["0", "-0", "-0.000001", "11.25", "-123456789012345678.123456"],
  Identifier: [
    "GM0363",
    "PV27",
    "vervoerregio-amsterdam",
    "constructor",
    "toString",
    "hasOwnProperty",
    "a".repeat(128),
  ],
  CpvCode: ["39130000-2", "44113620-7", "45233222-1", "55520000-1"],
  SemanticVersion: ["0.0.0", "1.0.0", "999999.999999.999999"],
  HttpUrl: [
    "https://mraduurzaam.nl/",
    "https://www.mvicriteria.nl/nl/webtool#//23/2//nl",
    "http://x",
    "https://example.org/café/🌷",
  ],
};

/** A web address with arbitrary non-whitespace code points in its path, as "[^\s]" with the u flag allows. */
export const unicodeHttpUrl: fc.Arbitrary<string> = fc
  .string({ unit: codePoint.filter((c) => !/\s/u.test(c)), minLength: 1, maxLength: 30 })
  .map((path) => `https://mraduurzaam.nl/${path}`);

/** Strings that are not calendar dates in YYYY-MM-DD form, each at most 10 characters. */
export const brokenDates: readonly string[] = [
  "2023-02-30",
  "2023-02-29",
  "1900-02-29",
  "2023-13-01",
  "2023-00-10",
  "2023-01-00",
  "2023-04-31",
  "2023-2-3",
  "20230203",
  "2023/02/03",
  "03-02-2023",
  "2023-02-3 ",
];

/** Strings that are not date-times of the standard, each at most 35 characters. */
export const brokenDateTimes: readonly string[] = [
  "2026-11-28T12:00:00",
  "2026-11-28t12:00:00Z",
  "2026-11-28T12:00:00z",
  "2026-11-28 12:00:00Z",
  "2016-12-31T23:59:60Z",
  "2026-11-28T12:00:00+0200",
  "2026-11-28T12:00:00+02",
  "2026-11-28T12:00:00.1234567890Z",
  "2026-11-28T12:00:00.Z",
  "2026-11-28T24:00:00Z",
  "2026-11-28T12:00Z",
  "2023-02-29T12:00:00Z",
  "2023-13-01T12:00:00Z",
  "2026-11-28T12:00:00+24:00",
  "2026-11-28",
];

/** Near misses of a code: other case, other separator, a character more or less, padding. */
export function nearMisses(code: string): string[] {
  return [
    code.toUpperCase(),
    code.charAt(0).toUpperCase() + code.slice(1),
    `${code}x`,
    code.slice(0, -1),
    code.replaceAll("-", "_"),
    code.replaceAll("-", " "),
    ` ${code}`,
    `${code} `,
  ];
}

/** Codes that are close to real ones or name Object.prototype members. */
export const trickyCodes: readonly string[] = [
  "",
  "constructor",
  "toString",
  "__proto__",
  "hasOwnProperty",
  "circ-eco",
  "Gemeente",
  "R10",
];

/** Strings that break common patterns: separators, signs, exponents, whitespace. */
export const patternBreakers: readonly string[] = [
  "",
  " ",
  "x y",
  "1.234,56",
  "12,5",
  "-5",
  "1e3",
  "01.00",
  "1.999",
  "https//x",
  "GM 0363",
  "€",
  "\n",
];

import type { CsvDelimiter, ReadCsvOptions } from "@mra-circulair/io";
import { CliError } from "../errors.ts";

/** How CSV and XLSX files are read, as declared on the command line; what is absent the readers work out. */
export type CsvReadOptions = Pick<ReadCsvOptions, "delimiter" | "encoding" | "decimal" | "dateFormat">;

/** The CSV options of a command line. */
export interface CsvFlags {
  readonly delimiter?: string;
  readonly encoding?: string;
  readonly decimal?: string;
  readonly dateFormat?: string;
}

/** The value `choices` gives the option's value (case-insensitively), or a usage error listing `shown`. */
function choose<T extends string>(
  option: string,
  value: string | undefined,
  choices: Readonly<Record<string, T>>,
  shown = Object.keys(choices).join(", "),
): T | undefined {
  if (value === undefined) return undefined;
  const key = value.toLowerCase();
  const chosen = Object.hasOwn(choices, key) ? choices[key] : undefined;
  if (chosen === undefined) throw new CliError("E_USAGE", "usage.choice", { option, choices: shown, value });
  return chosen;
}

const DELIMITERS: Readonly<Record<string, CsvDelimiter>> = { ",": ",", ";": ";", tab: "\t", "\\t": "\t", "\t": "\t" };
const DELIMITERS_SHOWN = '",", ";", tab';
const ENCODINGS: Readonly<Record<string, NonNullable<CsvReadOptions["encoding"]>>> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
};
const DECIMALS: Readonly<Record<string, NonNullable<CsvReadOptions["decimal"]>>> = { ".": ".", ",": "," };
const DATE_FORMATS: Readonly<Record<string, NonNullable<CsvReadOptions["dateFormat"]>>> = {
  iso: "iso",
  "dd-mm-yyyy": "dd-mm-yyyy",
};

/** Reads --delimiter (",", ";" or tab), --encoding, --decimal and --date-format; refuses anything else. */
export function csvReadOptions(flags: CsvFlags): CsvReadOptions {
  const delimiter = choose("--delimiter", flags.delimiter, DELIMITERS, DELIMITERS_SHOWN);
  const encoding = choose("--encoding", flags.encoding, ENCODINGS);
  const decimal = choose("--decimal", flags.decimal, DECIMALS);
  const dateFormat = choose("--date-format", flags.dateFormat, DATE_FORMATS);
  return {
    ...(delimiter === undefined ? {} : { delimiter }),
    ...(encoding === undefined ? {} : { encoding }),
    ...(decimal === undefined ? {} : { decimal }),
    ...(dateFormat === undefined ? {} : { dateFormat }),
  };
}

/** The delimiter of written CSV: "," or ";" (Dutch Excel) or tab. */
export function csvDelimiter(option: string, value: string | undefined): CsvDelimiter | undefined {
  return choose(option, value, DELIMITERS, DELIMITERS_SHOWN);
}

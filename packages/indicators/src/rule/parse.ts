import { locateJsonText } from "@mra-circulair/io";
import { type CodelistId, getCodelist } from "@mra-circulair/schema";
import type { CriterionTypeCode, EformsEnvironmentalImpactCode, MvoiThemeCode } from "@mra-circulair/types";
import type { AmbitionLevel, CircularityCondition, CircularityRule, TextLocation } from "./types.ts";

/** One problem in a rule file: where it is, and what is wrong in Dutch and English. */
export interface RuleError {
  /** JSON Pointer to the value concerned ("" is the whole file, `/conditions/1/minWeight` a field). */
  readonly pointer: string;
  /** Line and column where the value starts in the text (the column in characters), when the rule was given as text. */
  readonly location?: TextLocation;
  /** A stable code for the kind of problem (`rule-unknown-field`). */
  readonly code: string;
  /** The message. */
  readonly message: { readonly nl: string; readonly en: string };
}

/** The outcome of {@link parseCircularityRule}: the rule, or every problem found. */
export type ParsedRule =
  | { readonly ok: true; readonly rule: CircularityRule }
  | { readonly ok: false; readonly errors: readonly RuleError[] };

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const VERSION = /^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$/;
const PERCENTAGE = /^(100(\.0{1,2})?|[1-9]?[0-9](\.[0-9]{1,2})?)$/;
// the codes a rule may name are those of the codelists the schemas use: a code added there is accepted here too
const codesOf = <Code extends string>(id: CodelistId) => getCodelist(id).codes.map(({ code }) => code as Code);
const THEMES = codesOf<MvoiThemeCode>("mvoi-theme");
const USES = codesOf<CriterionTypeCode>("criterion-type");
const LEVELS = codesOf<AmbitionLevel>("mvi-ambition-level");
const IMPACTS = codesOf<EformsEnvironmentalImpactCode>("eforms-environmental-impact");
const MAX_CONDITIONS = 100;
const TEXT_NL = { nl: "een Nederlandse tekst", en: "a Dutch text" };
const TEXT_EN = { nl: "een Engelse tekst", en: "an English text" };
const PERCENT = { nl: 'een percentage als tekst ("10")', en: 'a percentage as text ("10")' };
const ID = { nl: "een identificator (mra-circulair-default)", en: "an identifier (mra-circulair-default)" };
const SEMVER = { nl: "een versie MAJOR.MINOR.PATCH (1.0.0)", en: "a version MAJOR.MINOR.PATCH (1.0.0)" };

type Json = unknown;
type Fields = Record<string, Json>;

class Problems {
  readonly list: { pointer: string; code: string; message: { nl: string; en: string } }[] = [];

  add(pointer: string, code: string, nl: string, en: string): void {
    this.list.push({ pointer, code, message: { nl, en } });
  }
}

function isObject(value: Json): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function objectAt(value: Json, pointer: string, what: { nl: string; en: string }, problems: Problems): Fields | null {
  if (isObject(value)) return value;
  problems.add(pointer, "rule-not-object", `${what.nl} moet een object zijn.`, `${what.en} must be an object.`);
  return null;
}

function onlyFields(fields: Fields, allowed: readonly string[], pointer: string, problems: Problems): void {
  for (const key of Object.keys(fields)) {
    if (!allowed.includes(key)) {
      problems.add(
        `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`,
        "rule-unknown-field",
        `Onbekend veld "${key}"; toegestaan: ${allowed.join(", ")}.`,
        `Unknown field "${key}"; allowed: ${allowed.join(", ")}.`,
      );
    }
  }
}

function required(fields: Fields, key: string, pointer: string, problems: Problems): Json {
  if (key in fields) return fields[key];
  problems.add(pointer, "rule-missing-field", `Het veld "${key}" ontbreekt.`, `The field "${key}" is missing.`);
  return undefined;
}

function text(
  value: Json,
  pattern: RegExp | null,
  pointer: string,
  problems: Problems,
  hint: { nl: string; en: string },
): string | null {
  // a missing field is reported once, by required()
  if (value === undefined) return null;
  if (typeof value !== "string" || value.length === 0 || (pattern !== null && !pattern.test(value))) {
    problems.add(
      pointer,
      "rule-bad-value",
      `Verwacht ${hint.nl}, gevonden ${JSON.stringify(value) ?? "niets"}.`,
      `Expected ${hint.en}, found ${JSON.stringify(value) ?? "nothing"}.`,
    );
    return null;
  }
  return value;
}

function code<T extends string>(value: Json, codes: readonly T[], pointer: string, problems: Problems): T | null {
  if (value === undefined) return null;
  if (typeof value === "string" && (codes as readonly string[]).includes(value)) return value as T;
  problems.add(
    pointer,
    "rule-unknown-code",
    `${JSON.stringify(value) ?? "Niets"} is geen toegestane code; kies uit: ${codes.join(", ")}.`,
    `${JSON.stringify(value) ?? "Nothing"} is not an allowed code; choose from: ${codes.join(", ")}.`,
  );
  return null;
}

function codeList<T extends string>(value: Json, codes: readonly T[], pointer: string, problems: Problems): T[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(
      pointer,
      "rule-bad-value",
      "Verwacht een niet-lege lijst codes.",
      "Expected a non-empty list of codes.",
    );
    return null;
  }
  const result: T[] = [];
  value.forEach((item: Json, index) => {
    const found = code(item, codes, `${pointer}/${index}`, problems);
    if (found === null) return;
    if (result.includes(found)) {
      problems.add(
        `${pointer}/${index}`,
        "rule-duplicate-code",
        `De code "${found}" staat er twee keer in.`,
        `The code "${found}" is listed twice.`,
      );
    } else result.push(found);
  });
  return result.length === value.length ? result : null;
}

function localized(value: Json, pointer: string, problems: Problems): { nl: string; en: string } | null {
  if (value === undefined) return null;
  const fields = objectAt(value, pointer, { nl: "Een tekst in twee talen", en: "A text in two languages" }, problems);
  if (!fields) return null;
  onlyFields(fields, ["nl", "en"], pointer, problems);
  const nl = text(required(fields, "nl", pointer, problems), null, `${pointer}/nl`, problems, TEXT_NL);
  const en = text(required(fields, "en", pointer, problems), null, `${pointer}/en`, problems, TEXT_EN);
  return nl !== null && en !== null ? { nl, en } : null;
}

function condition(value: Json, pointer: string, problems: Problems): CircularityCondition | null {
  const fields = objectAt(value, pointer, { nl: "Een voorwaarde", en: "A condition" }, problems);
  if (!fields) return null;
  const kind = code(
    required(fields, "kind", pointer, problems),
    ["applied-criterion", "eforms-environmental-impact"] as const,
    `${pointer}/kind`,
    problems,
  );
  if (kind === "eforms-environmental-impact") {
    onlyFields(fields, ["kind", "codes"], pointer, problems);
    const codes = codeList(required(fields, "codes", pointer, problems), IMPACTS, `${pointer}/codes`, problems);
    return codes ? { kind, codes } : null;
  }
  if (kind !== "applied-criterion") return null;
  onlyFields(fields, ["kind", "mvoiTheme", "uses", "minWeight", "minAmbitionLevel"], pointer, problems);
  const mvoiTheme = code(required(fields, "mvoiTheme", pointer, problems), THEMES, `${pointer}/mvoiTheme`, problems);
  const uses = codeList(required(fields, "uses", pointer, problems), USES, `${pointer}/uses`, problems);
  let minWeight: string | null | undefined;
  if ("minWeight" in fields) {
    minWeight = text(fields.minWeight, PERCENTAGE, `${pointer}/minWeight`, problems, PERCENT);
    if (minWeight !== null && uses && !uses.includes("gunningscriterium")) {
      problems.add(
        `${pointer}/minWeight`,
        "rule-weight-without-award",
        'Een minimale weging geldt alleen voor gebruik als "gunningscriterium"; voeg dat toe aan uses of laat minWeight weg.',
        'A minimum weight applies only to use "gunningscriterium"; add it to uses or leave minWeight out.',
      );
      minWeight = null;
    }
  }
  let minAmbitionLevel: AmbitionLevel | null | undefined;
  if ("minAmbitionLevel" in fields)
    minAmbitionLevel = code(fields.minAmbitionLevel, LEVELS, `${pointer}/minAmbitionLevel`, problems);
  if (mvoiTheme === null || uses === null || minWeight === null || minAmbitionLevel === null) return null;
  return {
    kind,
    mvoiTheme,
    uses,
    ...(minWeight === undefined ? {} : { minWeight }),
    ...(minAmbitionLevel === undefined ? {} : { minAmbitionLevel }),
  };
}

function rule(value: Json, problems: Problems): CircularityRule | null {
  const fields = objectAt(value, "", { nl: "Een telregel", en: "A counting rule" }, problems);
  if (!fields) return null;
  onlyFields(fields, ["$schema", "id", "version", "name", "description", "conditions"], "", problems);
  const id = text(required(fields, "id", "", problems), IDENTIFIER, "/id", problems, ID);
  const version = text(required(fields, "version", "", problems), VERSION, "/version", problems, SEMVER);
  const name = localized(required(fields, "name", "", problems), "/name", problems);
  const description = localized(required(fields, "description", "", problems), "/description", problems);
  const list = required(fields, "conditions", "", problems);
  let conditions: CircularityCondition[] | null = null;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_CONDITIONS) {
    if (list !== undefined)
      problems.add(
        "/conditions",
        "rule-bad-value",
        `Verwacht een lijst van 1 tot ${MAX_CONDITIONS} voorwaarden.`,
        `Expected a list of 1 to ${MAX_CONDITIONS} conditions.`,
      );
  } else {
    const parsed = list.map((item: Json, index) => condition(item, `/conditions/${index}`, problems));
    if (parsed.every((c) => c !== null)) conditions = parsed;
  }
  if (id === null || version === null || name === null || description === null || conditions === null) return null;
  return { id, version, name, description, conditions };
}

/**
 * Reads a circularity rule from a JSON text or an already parsed value and checks it completely. Every problem is
 * returned with a JSON Pointer, with line and column when the rule was text, and a message in Dutch and English;
 * nothing is thrown.
 *
 * @example
 * const parsed = parseCircularityRule(readFileSync("my-rule.json", "utf8"));
 * if (!parsed.ok) for (const e of parsed.errors) console.error(`${e.location?.line}:${e.location?.column} ${e.message.en}`);
 */
export function parseCircularityRule(input: string | unknown): ParsedRule {
  let value: Json = input;
  let locate: ((pointer: string) => TextLocation | undefined) | undefined;
  if (typeof input === "string") {
    const located = locateJsonText(input);
    if (!located.ok) {
      const { line, column } = located.problem;
      return {
        ok: false,
        errors: [
          {
            pointer: "",
            location: { line, column },
            code: "rule-json-syntax",
            message: {
              nl: `Geen geldige JSON: de fout zit op regel ${line}, kolom ${column}.`,
              en: `Not valid JSON: the error is at line ${line}, column ${column}.`,
            },
          },
        ],
      };
    }
    locate = located.locate;
    value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  }
  const problems = new Problems();
  const parsed = rule(value, problems);
  if (parsed && problems.list.length === 0) return { ok: true, rule: parsed };
  return {
    ok: false,
    errors: problems.list.map((problem) => {
      const location = locate?.(problem.pointer);
      return location ? { ...problem, location } : problem;
    }),
  };
}

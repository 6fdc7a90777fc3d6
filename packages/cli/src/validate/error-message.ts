import type { ValidationError } from "@mra-circulair/schema";
import type { Translate } from "../messages/index.ts";

const TYPES = ["string", "number", "integer", "boolean", "object", "array", "null"] as const;
// a codelist can be long; the message names the first few codes and `mra-circulair codelists` gives the rest
const MAX_LISTED = 10;

const quote = (value: unknown) => JSON.stringify(value) ?? String(value);
const text = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? String(value) : quote(value);

function listValues(values: unknown): string {
  const all = Array.isArray(values) ? values : [values];
  const shown = all.slice(0, MAX_LISTED).map(quote).join(", ");
  return all.length > MAX_LISTED ? `${shown}, …` : shown;
}

function typeLabel(type: unknown, t: Translate): string {
  const known = TYPES.find((name) => name === type);
  return known ? t(`type.${known}`) : text(type);
}

/** A message in the user's language for one validation error, from its ajv keyword and params. */
export function describeError(error: ValidationError, t: Translate): string {
  const { params } = error;
  switch (error.keyword) {
    case "required":
      return t("keyword.required", { property: quote(params.missingProperty) });
    case "additionalProperties":
      return t("keyword.additionalProperties", { property: quote(params.additionalProperty) });
    case "enum":
      return t("keyword.enum", { values: listValues(params.allowedValues) });
    case "const":
      return t("keyword.const", { value: quote(params.allowedValue) });
    case "type":
      return t("keyword.type", { type: typeLabel(params.type, t) });
    case "pattern":
      return t("keyword.pattern", { pattern: text(params.pattern) });
    case "format":
      if (params.format === "date") return t("keyword.format.date");
      if (params.format === "date-time") return t("keyword.format.dateTime");
      return t("keyword.format", { format: text(params.format) });
    case "minLength":
      return params.limit === 1 ? t("keyword.nonEmpty") : t("keyword.minLength", { limit: text(params.limit) });
    case "maxLength":
      return t("keyword.maxLength", { limit: text(params.limit) });
    case "minimum":
      return t("keyword.minimum", { limit: text(params.limit) });
    case "maximum":
      return t("keyword.maximum", { limit: text(params.limit) });
    case "minItems":
      return t("keyword.minItems", { limit: text(params.limit) });
    case "maxItems":
      return t("keyword.maxItems", { limit: text(params.limit) });
    case "uniqueItems": {
      const [first, second] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
      return t("keyword.uniqueItems", { first: text(first), second: text(second) });
    }
    case "anyOf":
      return t("keyword.anyOf");
    case "exception":
      return t("keyword.exception", { reason: text(params.name ?? "Error") });
    default:
      return t("keyword.unknown", { keyword: error.keyword });
  }
}

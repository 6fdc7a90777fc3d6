import { appendPointer, excerpt, type Finding, type SourceLocation, valueAt } from "@mra-circulair/report";
import { bundledMetadata, codelistOfPointer, ruleDefinitions, type SchemaNode } from "@mra-circulair/rules";
import type { ValidationError } from "@mra-circulair/schema";
import {
  schemaAboveMaximum,
  schemaBelowMinimum,
  schemaDate,
  schemaDateTime,
  schemaDuplicateItem,
  schemaNoVariant,
  schemaPattern,
  schemaRequired,
  schemaTooFewItems,
  schemaTooLong,
  schemaTooManyItems,
  schemaTooShort,
  schemaType,
  schemaUnknownProperty,
  schemaValue,
  validationException,
} from "./schema-codes.ts";

/** A record as the readers yield it, as far as schema findings need it. */
export interface CheckedRecord {
  readonly entity: string;
  readonly value: unknown;
  readonly location: SourceLocation;
  readonly pointerBase: string;
  locate(pointer: string): SourceLocation;
  /** The pointers inside the record of cells a read finding already reports (CSV and XLSX records only). */
  readonly cellIssues?: ReadonlySet<string>;
}

const closedCodelist = ruleDefinitions.find((definition) => definition.code === "code-not-in-closed-codelist");
const quote = (value: unknown) => JSON.stringify(value) ?? String(value);
const listed = (values: unknown) => (Array.isArray(values) ? values.map(quote).join(", ") : quote(values));
const isWithin = (pointer: string, base: string) => pointer === base || pointer.startsWith(`${base}/`);
const childOf = (pointer: string, base: string) => pointer.slice(base.length + 1).split("/")[0] ?? "";

/** The branch of an anyOf a value takes by its const-valued properties (ladder, kind, type). */
function branchOf(node: SchemaNode, value: unknown): SchemaNode | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  return node.anyOf.find(
    (branch) =>
      branch.consts.size > 0 &&
      [...branch.consts].every(([key, expected]) => Object.hasOwn(value, key) && Reflect.get(value, key) === expected),
  );
}

// whether an error of some anyOf branch also holds for the branch the value takes
function holdsFor(error: ValidationError, branch: SchemaNode, base: string): boolean {
  if (error.keyword === "additionalProperties") return !branch.properties.has(String(error.params.additionalProperty));
  if (error.pointer === base) {
    if (error.keyword === "required") return branch.required.has(String(error.params.missingProperty));
    return error.keyword === "type";
  }
  const child = childOf(error.pointer, base);
  if (!branch.properties.has(child)) return false;
  return !(error.keyword === "const" && branch.consts.has(child));
}

/**
 * ajv reports an anyOf failure as the errors of every branch followed by the anyOf error. This keeps, for a
 * value whose discriminator picks a branch, only that branch's errors (once each), and otherwise one
 * schema-no-variant finding.
 */
function untangleAnyOf(entity: string, value: unknown, errors: readonly ValidationError[]): ValidationError[] {
  const kept: ValidationError[] = [];
  for (const error of errors) {
    if (error.keyword !== "anyOf") {
      kept.push(error);
      continue;
    }
    const base = error.pointer;
    const tangled: ValidationError[] = [];
    while (kept.length > 0 && isWithin(kept.at(-1)?.pointer ?? "", base))
      tangled.unshift(kept.pop() as ValidationError);
    const node = bundledMetadata().nodeAt(entity, base, value);
    const branch = node ? branchOf(node, valueAt(value, base)) : undefined;
    if (!branch) {
      kept.push(error);
      continue;
    }
    const seen = new Set<string>();
    for (const candidate of tangled) {
      const key = `${candidate.pointer} ${candidate.keyword} ${JSON.stringify(candidate.params)}`;
      if (holdsFor(candidate, branch, base) && !seen.has(key)) {
        seen.add(key);
        kept.push(candidate);
      }
    }
  }
  return kept;
}

function discriminatorOf(entity: string, value: unknown, pointer: string): string {
  const node = bundledMetadata().nodeAt(entity, pointer, value);
  const names = new Set(node?.anyOf.flatMap((branch) => [...branch.consts.keys()]) ?? []);
  return [...names].join(", ") || "-";
}

/** The value an error is about: the missing property of a required error, else the value the error is at. */
const targetOf = (error: ValidationError) =>
  error.keyword === "required" ? appendPointer(error.pointer, String(error.params.missingProperty)) : error.pointer;

/** The finding for one schema error of a record. */
function findingOf(record: CheckedRecord, error: ValidationError): Finding {
  const { params } = error;
  const site = {
    pointer: `${record.pointerBase}${error.pointer}`,
    location: record.locate(targetOf(error)),
    entity: record.entity,
    ...(error.keyword === "required" ? {} : { excerpt: excerpt(valueAt(record.value, error.pointer)) }),
  };
  const limit = Number(params.limit);
  switch (error.keyword) {
    case "required":
      return schemaRequired.finding(site, { property: quote(params.missingProperty) });
    case "additionalProperties":
      return schemaUnknownProperty.finding(site, { property: quote(params.additionalProperty) });
    case "type":
      return schemaType.finding(site, { type: String(params.type) });
    case "pattern":
      return schemaPattern.finding(site, { pattern: String(params.pattern) });
    case "format":
      return params.format === "date" ? schemaDate.finding(site) : schemaDateTime.finding(site);
    case "minLength":
      return schemaTooShort.finding(site, { limit });
    case "maxLength":
      return schemaTooLong.finding(site, { limit });
    case "minimum":
      return schemaBelowMinimum.finding(site, { limit });
    case "maximum":
      return schemaAboveMaximum.finding(site, { limit });
    case "minItems":
      return schemaTooFewItems.finding(site, { limit });
    case "maxItems":
      return schemaTooManyItems.finding(site, { limit });
    case "uniqueItems": {
      const [first, second] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
      return schemaDuplicateItem.finding(site, { first: first ?? 0, second: second ?? 0 });
    }
    case "anyOf":
      return schemaNoVariant.finding(site, {
        discriminator: discriminatorOf(record.entity, record.value, error.pointer),
      });
    case "const":
      return schemaValue.finding(site, { values: quote(params.allowedValue) });
    case "enum": {
      const codelist = codelistOfPointer(record.entity, error.pointer, record.value);
      if (codelist && closedCodelist) {
        return {
          code: closedCodelist.code,
          severity: closedCodelist.severity,
          ...site,
          args: { value: quote(valueAt(record.value, error.pointer)), codelist: codelist.codelist },
        };
      }
      return schemaValue.finding(site, { values: listed(params.allowedValues) });
    }
    default:
      return validationException.finding(site, { reason: String(params.name ?? error.keyword) });
  }
}

/**
 * The findings for the schema errors of one record, anyOf noise untangled. A cell that already has a read finding
 * (a decimal comma under the decimal point, say) gets no schema finding besides: the read finding says why.
 */
export function schemaFindings(record: CheckedRecord, errors: readonly ValidationError[]): Finding[] {
  const reported = record.cellIssues;
  const untangled = untangleAnyOf(record.entity, record.value, errors);
  const kept =
    reported === undefined || reported.size === 0
      ? untangled
      : untangled.filter((error) => !reported.has(targetOf(error)));
  return kept.map((error) => findingOf(record, error));
}

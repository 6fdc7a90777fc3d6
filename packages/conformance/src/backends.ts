import * as I from "@mra-circulair/io-ts";
import { type EntityName, type ValidationError, validate } from "@mra-circulair/schema";
import * as Z from "@mra-circulair/zod";
import type * as t from "io-ts";
import type { ZodType } from "zod";

/** What one backend made of a value; "threw" means it broke its promise to return a verdict. */
export type Verdict = "accepted" | "rejected" | "threw";

/** The verdicts of the three backends on one value, with ajv's errors. */
export interface Verdicts {
  readonly ajv: Verdict;
  readonly zod: Verdict;
  readonly ioTs: Verdict;
  readonly ajvErrors: readonly ValidationError[];
}

// listed by hand so that tsc fails when a binding lacks an entity
const zodSchemas = {
  Codelist: Z.Codelist,
  Criterion: Z.Criterion,
  Dataset: Z.Dataset,
  DatasetRecord: Z.DatasetRecord,
  Declaration: Z.Declaration,
  Goal: Z.Goal,
  IndicatorDefinition: Z.IndicatorDefinition,
  MviLink: Z.MviLink,
  Observation: Z.Observation,
  Organisation: Z.Organisation,
  Procurement: Z.Procurement,
  PurchasePackage: Z.PurchasePackage,
  Roadmap: Z.Roadmap,
  Signature: Z.Signature,
  Target: Z.Target,
  Track: Z.Track,
} satisfies Record<EntityName, ZodType>;

const ioTsCodecs = {
  Codelist: I.Codelist,
  Criterion: I.Criterion,
  Dataset: I.Dataset,
  DatasetRecord: I.DatasetRecord,
  Declaration: I.Declaration,
  Goal: I.Goal,
  IndicatorDefinition: I.IndicatorDefinition,
  MviLink: I.MviLink,
  Observation: I.Observation,
  Organisation: I.Organisation,
  Procurement: I.Procurement,
  PurchasePackage: I.PurchasePackage,
  Roadmap: I.Roadmap,
  Signature: I.Signature,
  Target: I.Target,
  Track: I.Track,
} satisfies Record<EntityName, t.Decoder<unknown, unknown>>;

function attempt(run: () => boolean): Verdict {
  try {
    return run() ? "accepted" : "rejected";
  } catch {
    return "threw";
  }
}

/** Runs ajv (through @mra-circulair/schema), zod and io-ts on one value. */
export function verdicts(entity: EntityName, value: unknown): Verdicts {
  let ajvErrors: readonly ValidationError[] = [];
  const ajv = attempt(() => {
    const result = validate(entity, value);
    if (!result.valid) ajvErrors = result.errors;
    // validate never throws on data; an "exception" error means it caught one
    if (ajvErrors.some((error) => error.keyword === "exception")) throw new Error("ajv threw");
    return result.valid;
  });
  const zod = attempt(() => zodSchemas[entity].safeParse(value).success);
  const ioTs = attempt(() => ioTsCodecs[entity].decode(value)._tag === "Right");
  return { ajv, zod, ioTs, ajvErrors };
}

/** Whether all three backends gave the same verdict and none threw. */
export function agree(result: Verdicts): boolean {
  return result.ajv !== "threw" && result.ajv === result.zod && result.zod === result.ioTs;
}

/** A one-line account of the verdicts, for failure messages. */
export function describeVerdicts(result: Verdicts): string {
  const errors = result.ajvErrors.map((error) => `${error.pointer || "(root)"} ${error.keyword}`).join(", ");
  return `ajv ${result.ajv}, zod ${result.zod}, io-ts ${result.ioTs}${errors === "" ? "" : `; ajv errors: ${errors}`}`;
}

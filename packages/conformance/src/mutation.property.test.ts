import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mutatedDocument } from "./arbitrary/entities.ts";
import { describeVerdicts, verdicts } from "./backends.ts";
import { entityNames } from "./bundle.ts";
import { reportsAt, unrelatedErrors } from "./error-location.ts";
import { fastCheckParameters } from "./fast-check-parameters.ts";
import { watchPrototypes } from "./prototype-guard.ts";

const prototypeChanges = watchPrototypes();

describe("property 2: a typed mutation of a valid document is rejected by ajv, zod and io-ts", () => {
  it.each(entityNames)("%s", (entity) => {
    fc.assert(
      fc.property(mutatedDocument(entity), (mutant) => {
        // JSON text keeps an own "__proto__" key as JSON.parse reads it from a file
        const result = verdicts(entity, JSON.parse(JSON.stringify(mutant.value)));
        const context = `${mutant.mutation} at ${mutant.pointer || "(root)"}: ${describeVerdicts(result)}`;
        expect({ ajv: result.ajv, zod: result.zod, ioTs: result.ioTs }, context).toEqual({
          ajv: "rejected",
          zod: "rejected",
          ioTs: "rejected",
        });
        expect(reportsAt(result.ajvErrors, mutant.pointer), `no ajv error at the mutation: ${context}`).toBe(true);
        expect(
          unrelatedErrors(result.ajvErrors, mutant.pointer),
          `ajv errors away from the mutation: ${context}`,
        ).toEqual([]);
      }),
      fastCheckParameters(),
    );
  });

  it("leaves the built-in prototypes unchanged", () => {
    expect(prototypeChanges()).toEqual([]);
  });
});

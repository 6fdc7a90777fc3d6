import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validDocument } from "./arbitrary/entities.ts";
import { describeVerdicts, verdicts } from "./backends.ts";
import { entityNames } from "./bundle.ts";
import { fastCheckParameters } from "./fast-check-parameters.ts";
import { watchPrototypes } from "./prototype-guard.ts";

const prototypeChanges = watchPrototypes();

describe("property 1: every document generated from a schema is accepted by ajv, zod and io-ts", () => {
  it.each(entityNames)("%s", (entity) => {
    fc.assert(
      fc.property(validDocument(entity), (document) => {
        // read as from a file, as the corpus is
        const result = verdicts(entity, JSON.parse(JSON.stringify(document)));
        expect({ ajv: result.ajv, zod: result.zod, ioTs: result.ioTs }, describeVerdicts(result)).toEqual({
          ajv: "accepted",
          zod: "accepted",
          ioTs: "accepted",
        });
      }),
      fastCheckParameters(),
    );
  });

  it("leaves the built-in prototypes unchanged", () => {
    expect(prototypeChanges()).toEqual([]);
  });
});

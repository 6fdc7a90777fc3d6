import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validDocument } from "./arbitrary/entities.ts";
import { applyEdits, randomEdit } from "./arbitrary/random-edit.ts";
import { agree, describeVerdicts, verdicts } from "./backends.ts";
import { entityNames } from "./bundle.ts";
import { fastCheckParameters } from "./fast-check-parameters.ts";
import { watchPrototypes } from "./prototype-guard.ts";

const prototypeChanges = watchPrototypes();

function expectParity(entity: (typeof entityNames)[number], value: unknown): void {
  const result = verdicts(entity, value);
  expect(agree(result), describeVerdicts(result)).toBe(true);
}

describe("property 3: ajv, zod and io-ts give one verdict on any JSON value", () => {
  it.each(entityNames)("%s on arbitrary JSON", (entity) => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectParity(entity, JSON.parse(JSON.stringify(value)))),
      fastCheckParameters(),
    );
  });

  it.each(entityNames)("%s on blind edits of a valid document", (entity) => {
    fc.assert(
      fc.property(validDocument(entity), fc.array(randomEdit, { minLength: 1, maxLength: 3 }), (document, edits) =>
        expectParity(entity, applyEdits(document, edits)),
      ),
      fastCheckParameters(),
    );
  });

  it("leaves the built-in prototypes unchanged", () => {
    expect(prototypeChanges()).toEqual([]);
  });
});

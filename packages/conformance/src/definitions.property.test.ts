import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { definitionHosts, hostHoldsDefinition } from "./arbitrary/definitions.ts";
import { definitionTree, typedMutations } from "./arbitrary/entities.ts";
import { validValue } from "./arbitrary/valid.ts";
import { describeVerdicts, verdicts } from "./backends.ts";
import { reportsAt, unrelatedErrors } from "./error-location.ts";
import { fastCheckParameters } from "./fast-check-parameters.ts";
import { watchPrototypes } from "./prototype-guard.ts";

const prototypeChanges = watchPrototypes();
const hosts = definitionHosts.map((host) => [`${host.name} at ${host.entity}${host.pointer}`, host] as const);
const readAsFile = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

// properties 1 and 2 focused on one definition each: calendar dates, date-times, exact decimals, codes and lengths
describe("common definitions in isolation", () => {
  it.each(hosts)("%s: the host holds the definition there", (_name, host) => {
    expect(hostHoldsDefinition(host)).toBe(true);
  });

  it.each(hosts)("%s: valid values are accepted by ajv, zod and io-ts", (_name, host) => {
    fc.assert(
      fc.property(host.documents(), validValue(definitionTree(host.file, host.name)), (document, value) => {
        const result = verdicts(host.entity, readAsFile(host.place(document, value)));
        expect(
          { ajv: result.ajv, zod: result.zod, ioTs: result.ioTs },
          `${JSON.stringify(value)}: ${describeVerdicts(result)}`,
        ).toEqual({
          ajv: "accepted",
          zod: "accepted",
          ioTs: "accepted",
        });
      }),
      fastCheckParameters(),
    );
  });

  it.each(hosts)("%s: typed mutations are rejected by ajv, zod and io-ts", (_name, host) => {
    fc.assert(
      fc.property(host.documents(), typedMutations().of(definitionTree(host.file, host.name)), (document, mutant) => {
        const result = verdicts(host.entity, readAsFile(host.place(document, mutant.value)));
        const pointer = host.pointer + mutant.pointer;
        const context = `${mutant.mutation} at ${pointer}: ${describeVerdicts(result)}`;
        expect({ ajv: result.ajv, zod: result.zod, ioTs: result.ioTs }, context).toEqual({
          ajv: "rejected",
          zod: "rejected",
          ioTs: "rejected",
        });
        expect(reportsAt(result.ajvErrors, pointer), `no ajv error at ${pointer}: ${context}`).toBe(true);
        expect(unrelatedErrors(result.ajvErrors, pointer), `ajv errors away from ${pointer}: ${context}`).toEqual([]);
      }),
      fastCheckParameters(),
    );
  });

  it("leave the built-in prototypes unchanged", () => {
    expect(prototypeChanges()).toEqual([]);
  });
});

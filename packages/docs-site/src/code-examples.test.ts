import { registry } from "@mra-circulair/engine";
import { codelists, schemas } from "@mra-circulair/schema";
import { describe, expect, it } from "vitest";
import { loadCodeExamples, runCodeExample, untriggerable } from "./code-examples.ts";

const examples = loadCodeExamples();
const codes = registry.all().map((definition) => definition.code);

describe("every finding code has an example input that triggers it", () => {
  it("has an example, or a reason why none can exist, for every registered code", () => {
    expect(codes.filter((code) => !examples.has(code) && untriggerable[code] === undefined)).toEqual([]);
  });

  it("has no example for a code the registry does not know, and no reason for a code that has an example", () => {
    expect([...examples.keys()].filter((code) => !codes.includes(code))).toEqual([]);
    expect(Object.keys(untriggerable).filter((code) => examples.has(code) || !codes.includes(code))).toEqual([]);
  });

  it.each([...examples.values()].map((example) => ({ code: example.code, example })))(
    "$code: the engine reports it for its example",
    async ({ code, example }) => {
      const result = await runCodeExample(example);
      expect(result.findings.map((finding) => finding.code)).toContain(code);
    },
  );
});

describe("the reasons why some codes have no example still hold", () => {
  it("deprecated-code: no code of any codelist is deprecated", () => {
    const deprecated = Object.values(codelists).flatMap((list) =>
      list.codes.filter((entry) => entry.deprecated).map((entry) => `${list.id}:${entry.code}`),
    );
    expect(deprecated).toEqual([]);
  });

  it("deprecated-field: no schema marks anything deprecated", () => {
    expect(JSON.stringify(schemas)).not.toMatch(/"deprecated":\s*true/);
  });
});

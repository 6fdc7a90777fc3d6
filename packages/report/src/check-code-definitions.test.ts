import { describe, expect, it } from "vitest";
import { checkCodeDefinitions } from "./check-code-definitions.ts";
import type { CodeDefinition } from "./code-definition.ts";
import { sampleRegistry } from "./testing/sample-codes.ts";

const definition = (changes: Partial<CodeDefinition>): CodeDefinition => ({
  code: "some-code",
  severity: "error",
  layer: "rule",
  title: { nl: "Titel", en: "Title" },
  message: { nl: "{a} en {b}", en: "{a} and {b}" },
  docs: { nl: "Uitleg", en: "Explanation" },
  example: "{}",
  exampleArgs: { a: 1, b: "x" },
  ...changes,
});

describe("checkCodeDefinitions", () => {
  it("finds nothing wrong with sound definitions", () => {
    expect(checkCodeDefinitions([definition({})])).toEqual([]);
    expect(checkCodeDefinitions(sampleRegistry.all())).toEqual([]);
  });

  it("names each placeholder the example args do not provide, per language", () => {
    expect(checkCodeDefinitions([definition({ exampleArgs: { a: 1 } })])).toEqual([
      "some-code: the nl message needs {b}",
      "some-code: the en message needs {b}",
    ]);
    const { exampleArgs: _, ...withoutArgs } = definition({});
    expect(checkCodeDefinitions([withoutArgs])).toHaveLength(4);
  });

  it("names a placeholder only one language uses", () => {
    expect(checkCodeDefinitions([definition({ message: { nl: "{a}", en: "{a} and {b}" } })])).toEqual([
      "some-code: the nl message lacks {b}",
    ]);
  });

  it("names an example arg no template uses", () => {
    expect(checkCodeDefinitions([definition({ exampleArgs: { a: 1, b: 2, c: 3 } })])).toEqual([
      'some-code: no message uses the example arg "c"',
    ]);
  });

  it("names empty texts and an empty example", () => {
    expect(
      checkCodeDefinitions([
        definition({ title: { nl: " ", en: "Title" }, docs: { nl: "Uitleg", en: "" }, example: "" }),
      ]),
    ).toEqual([
      "some-code: the nl title is empty",
      "some-code: the en docs is empty",
      "some-code: the example is empty",
    ]);
  });
});

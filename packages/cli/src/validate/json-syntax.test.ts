import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError } from "./json-syntax.ts";

const at = (text: string) => {
  const found = findJsonSyntaxError(text);
  return found && [found.reason, found.line, found.column, found.character];
};

describe("findJsonSyntaxError", () => {
  it("finds nothing in valid JSON", () => {
    for (const text of ['{"a":[1,-2.5e+3,true,false,null,"\\u00e9\\n"]}', " [] ", '"x"', "0", '{"":{}}']) {
      expect(findJsonSyntaxError(text)).toBeUndefined();
    }
  });

  it("locates the first error by line and column", () => {
    expect(at('{\n  "a": 1,\n  "b": }\n')).toEqual(["unexpectedCharacter", 3, 8, "}"]);
    expect(at("[1, 2,]")).toEqual(["unexpectedCharacter", 1, 7, "]"]);
    expect(at('{"a" 1}')).toEqual(["unexpectedCharacter", 1, 6, "1"]);
    expect(at("{'a': 1}")).toEqual(["unexpectedCharacter", 1, 2, "'"]);
    expect(at("[tru]")).toEqual(["unexpectedCharacter", 1, 5, "]"]);
  });

  it("names what is wrong", () => {
    expect(at('{"a": [1, 2')?.[0]).toBe("unexpectedEnd");
    expect(at("")?.[0]).toBe("unexpectedEnd");
    expect(at('"a\tb"')?.[0]).toBe("controlCharacter");
    expect(at('"\\x"')?.[0]).toBe("badEscape");
    expect(at('"\\u12g4"')?.[0]).toBe("badEscape");
    expect(at("[1.]")?.[0]).toBe("badNumber");
    expect(at("[-]")?.[0]).toBe("badNumber");
    expect(at("{} {}")?.[0]).toBe("trailing");
  });

  it("counts columns in characters, not UTF-16 units", () => {
    expect(at('["😀", x]')).toEqual(["unexpectedCharacter", 1, 7, "x"]);
  });

  it("survives deep nesting", () => {
    expect(at("[".repeat(100_000))?.[0]).toBe("unexpectedEnd");
  });

  it("agrees with JSON.parse on whether a text is JSON", () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const nearJson = fc.oneof(
      fc.json(),
      fc
        .tuple(fc.json(), fc.nat(), fc.constantFrom("", "}", "]", ",", ":", '"', "\\", "\n", "-", "0", "e", " "))
        .map(
          ([text, at, insert]) => text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)),
        ),
      fc.string(),
    );
    fc.assert(
      fc.property(nearJson, (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNdjson } from "../ndjson/read-ndjson.ts";
import { chunksOf, readAll } from "../stream/testing.ts";
import { readJson } from "./read-json.ts";

// values every reader must pass through untouched: well-formed strings without U+FEFF (a byte order mark is
// reported wherever it is) and numbers a double holds exactly (the others are reported as number-not-exact)
const text = fc.string({ unit: "binary", maxLength: 12 }).filter((s) => !/\p{Cs}/u.test(s) && !s.includes("\ufeff"));
const number = fc.oneof(
  fc.integer(),
  fc.maxSafeInteger(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n) || Number.isSafeInteger(n)),
);
const key = fc.oneof(text, fc.constantFrom("__proto__", "constructor", "prototype", "toString", "a"));
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 6 },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.uniqueArray(fc.tuple(key, tie("value")), { maxLength: 5, selector: ([name]) => name }).map((members) => {
      const object: Record<string, unknown> = {};
      for (const [name, member] of members)
        Object.defineProperty(object, name, { value: member, enumerable: true, writable: true, configurable: true });
      return object;
    }),
  ),
}));

type Space = () => string;

/** JSON text of a value with the whitespace `space` gives between tokens. Recursive: the values are shallow. */
function serialise(input: unknown, space: Space): string {
  if (Array.isArray(input))
    return `[${space()}${input.map((item) => serialise(item, space)).join(`${space()},${space()}`)}${space()}]`;
  if (input !== null && typeof input === "object") {
    const members = Object.keys(input).map(
      (name) =>
        `${JSON.stringify(name)}${space()}:${space()}${serialise((input as Record<string, unknown>)[name], space)}`,
    );
    return `{${space()}${members.join(`${space()},${space()}`)}${space()}}`;
  }
  return JSON.stringify(input);
}

/** A source of whitespace drawn from `choices`, cycling through random picks. */
const spaces = (choices: string[]) =>
  fc.array(fc.constantFrom(...choices), { minLength: 1, maxLength: 20 }).map((picks): Space => {
    let i = 0;
    return () => picks[i++ % picks.length] ?? "";
  });

describe("properties of the JSON readers", () => {
  it("read any JSON value written with any whitespace without a finding, as JSON.parse reads it", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    await fc.assert(
      fc.asyncProperty(
        value,
        spaces(["", " ", "\t", "\n", "\r\n"]),
        fc.integer({ min: 1, max: 64 }),
        async (input, space, chunk) => {
          const json = serialise(input, space);
          const entity = await readAll(readJson(chunksOf(json, chunk), { file: "x.json", entity: "Goal" }));
          expect(entity.findings).toEqual([]);
          expect(entity.records.map((record) => record.value)).toEqual([JSON.parse(json)]);

          const dataset = await readAll(
            readJson(chunksOf(`{"meta":{},"goals":[${json},${json}]}`, chunk), { file: "x.json" }),
          );
          expect(dataset.findings).toEqual([]);
          expect(dataset.records.map((record) => record.value)).toEqual([{}, JSON.parse(json), JSON.parse(json)]);
        },
      ),
      { numRuns: 300 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
  });

  it("read any JSON value on an NDJSON line without a finding, as JSON.parse reads it", async () => {
    await fc.assert(
      fc.asyncProperty(
        value,
        spaces(["", " ", "\t", "\r"]),
        fc.integer({ min: 1, max: 64 }),
        async (input, space, chunk) => {
          const json = serialise(input, space);
          const lines = `{"type":"meta","record":{}}\n{${space()}"type"${space()}:${space()}"goal",${space()}"record":${json}}\r\n`;
          const { findings, records } = await readAll(readNdjson(chunksOf(lines, chunk), { file: "x.ndjson" }));
          expect(findings).toEqual([]);
          expect(records.map((record) => record.value)).toEqual([{}, JSON.parse(json)]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("report a json-syntax finding exactly when JSON.parse fails", async () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]",:0-9.eE+\-a-z\\]{0,30}$/);
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonish, fc.json()), async (input) => {
        let valid = true;
        try {
          JSON.parse(input);
        } catch {
          valid = false;
        }
        const { codes } = await readAll(readJson(chunksOf(input), { file: "x.json", entity: "Goal" }));
        expect(codes.includes("json-syntax")).toBe(!valid);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throw on random bytes or broken text", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    const noise = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc
        .array(
          fc.constantFrom(
            '{"meta":',
            '{"type":"goal","record":',
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            '"',
            "\\",
            "\n",
            "1e400",
            "\ufeff",
            "\\ud800",
            '"__proto__":',
            "x",
          ),
          { maxLength: 40 },
        )
        .map((parts) => new TextEncoder().encode(parts.join(""))),
    );
    await fc.assert(
      fc.asyncProperty(noise, fc.integer({ min: 1, max: 50 }), async (bytes, chunk) => {
        await readAll(readNdjson(chunksOf(bytes, chunk), { file: "x.ndjson", maxLineBytes: 64 }));
        await readAll(readJson(chunksOf(bytes, chunk), { file: "x.json" }));
        await readAll(readJson(chunksOf(bytes, chunk), { file: "x.json", entity: "Goal", maxDepth: 3 }));
      }),
      { numRuns: 1000 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
  });
});

import { readNdjson } from "@mra-circulair/io";
import { afterAll, describe, expect, it } from "vitest";
import { criterion, criterionLine, encode, line, meta, metaRecord, ndjson, run, sites } from "./fixtures.ts";

const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
const protoKeys = Object.getOwnPropertyNames(Object.prototype);

describe("G1 depth guard before validation", () => {
  // the engine has one backend (ajv); the goal's zod and io-ts backends do not exist here
  it.each([10_000, 100_000])("reports %i-deep NDJSON arrays as nesting-too-deep on their line", async (depth) => {
    const result = await run(encode(ndjson(criterionLine(`"x":${nested(depth)}`))), "deep.ndjson");
    expect(sites(result)).toEqual([
      ["nesting-too-deep", `/x${"/0".repeat(63)}`, { file: "deep.ndjson", line: 2, column: 98 }],
    ]);
    expect(result.findings[0]?.args).toEqual({ limit: 64 });
  });

  it("reports a 100,000-deep JSON object record with the configured limit", async () => {
    const text = `{"meta":${JSON.stringify(metaRecord)},\n"criteria":[${objects(100_000)}]}`;
    const result = await run(encode(text), "deep.json", { maxDepth: 10 });
    expect(sites(result)).toEqual([
      ["nesting-too-deep", `/criteria/0${"/a".repeat(10)}`, { file: "deep.json", line: 2, column: 63 }],
    ]);
    expect(result.findings[0]?.args).toEqual({ limit: 10 });
  });

  it("holds a value under an unknown dataset key to the same limit", async () => {
    const text = `{"meta":${JSON.stringify(metaRecord)},\n"extra":${nested(100_000)}}`;
    const result = await run(encode(text), "deep.json");
    expect(sites(result)).toEqual([
      ["dataset-unknown-key", "/extra", { file: "deep.json", line: 2, column: 1 }],
      ["nesting-too-deep", `/extra${"/0".repeat(64)}`, { file: "deep.json", line: 2, column: 73 }],
    ]);
  });

  it("still validates a 63-deep record: only the closed schema speaks", async () => {
    const result = await run(encode(ndjson(criterionLine(`"x":${nested(62)}`))), "ok.ndjson");
    expect(sites(result)).toEqual([["schema-unknown-property", "/x", { file: "ok.ndjson", line: 2, column: 31 }]]);
  });
});

describe("G2 validator adapters never throw on data", () => {
  it("turns a 5,000-deep value past a raised depth guard into a typed finding", async () => {
    const text = ndjson(criterionLine(`"verification":${nested(5000)}`));
    const result = await run(encode(text), "deep.ndjson", { maxDepth: 10_000 });
    expect(sites(result)).toEqual([["schema-type", "/verification", { file: "deep.ndjson", line: 2, column: 31 }]]);
  });
});

describe("G3 no prototype pollution", () => {
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(protoKeys);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("keeps __proto__, escaped \\u005f_proto__ and constructor.prototype as plain data", async () => {
    const patch = `"\\u005f_proto__":{"x":1},"constructor":{"prototype":{"x":1}}`;
    const result = await run(encode(ndjson(criterionLine(patch))), "p.ndjson");
    expect(sites(result)).toEqual([
      ["schema-unknown-property", "/__proto__", { file: "p.ndjson", line: 2, column: 31 }],
      ["schema-unknown-property", "/constructor", { file: "p.ndjson", line: 2, column: 56 }],
    ]);
  });

  it("finds __proto__ nested and inside arrays in a JSON document", async () => {
    const record = JSON.stringify(criterion).replace('"circulair"]', '"circulair",{"__proto__":{"x":1}}]');
    const text = `{"meta":${JSON.stringify(metaRecord)},\n"criteria":[${record}]}`;
    const result = await run(encode(text), "p.json");
    expect(result.findings.map((f) => [f.code, f.location.line])).toContainEqual(["schema-type", 2]);
    expect(result.valid).toBe(false);
  });

  it("rejects CSV headings __proto__, a repeated __proto__ and a.__proto__.x", async () => {
    const text = `__proto__,__proto__,a.__proto__.x,id\r\n1,2,3,crit-1\r\n`;
    const result = await run(encode(text), "p.csv", { entity: "Criterion" });
    const forbidden = result.findings.filter((f) => f.code === "csv-forbidden-column");
    expect(forbidden.map((f) => [f.location.row, f.location.heading])).toEqual([
      [1, "__proto__"],
      [1, "__proto__"],
      [1, "a.__proto__.x"],
    ]);
  });

  it("yields records whose prototype is Object.prototype or null", async () => {
    const text = ndjson(criterionLine(`"__proto__":{"x":1}`), line("criterion", criterion));
    for await (const item of readNdjson(encode(text), { file: "p.ndjson" })) {
      if (item.kind !== "record") continue;
      const value = item.record.value as object;
      expect([Object.prototype, null]).toContain(Object.getPrototypeOf(value));
      expect((value as { x?: unknown }).x).toBeUndefined();
    }
  });
});

describe("G12 number edge cases", () => {
  it.each([
    ["1e400", "number-not-exact"],
    ["9007199254740993", "number-not-exact"],
    ["12345678901234567890", "number-not-exact"],
    ["NaN", "json-syntax"],
    ["Infinity", "json-syntax"],
  ])("reports %s as %s on its line and column", async (literal, code) => {
    const result = await run(encode(ndjson(criterionLine(`"x":${literal}`))), "n.ndjson");
    expect(sites(result)[0]).toEqual([code, "/x", { file: "n.ndjson", line: 2, column: 35 }]);
  });
});

describe("G13 JSON hygiene", () => {
  it("reports a duplicate key rather than a silent last-wins", async () => {
    const result = await run(encode(ndjson(criterionLine(`"id":"a"`))), "d.ndjson");
    expect(sites(result)).toEqual([["duplicate-key", "/id", { file: "d.ndjson", line: 2, column: 40 }]]);
  });

  it("flags an unpaired surrogate", async () => {
    const result = await run(encode(ndjson(criterionLine(`"x":"\\ud800"`))), "s.ndjson");
    expect(sites(result)[0]).toEqual(["lone-surrogate", "/x", { file: "s.ndjson", line: 2, column: 36 }]);
  });

  it("strips a leading BOM in NDJSON and JSON", async () => {
    expect((await run(encode(`\uFEFF${meta}`), "b.ndjson")).findings).toEqual([]);
    expect((await run(encode(`\uFEFF${JSON.stringify({ meta: metaRecord })}`), "b.json")).findings).toEqual([]);
  });

  it("reports a BOM in the middle of a file on its line", async () => {
    const result = await run(encode(`${meta}\n\uFEFF${line("criterion", criterion)}`), "b.ndjson");
    expect(sites(result)).toEqual([["not-utf8", "", { file: "b.ndjson", line: 2, column: 1 }]]);
    expect(result.findings[0]?.args).toMatchObject({ reason: "byte-order-mark" });
  });
});

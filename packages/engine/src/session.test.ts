import { readFileSync } from "node:fs";
import { renderMessage } from "@mra-circulair/report";
import { describe, expect, it } from "vitest";
import { registry } from "./registry.ts";
import { createValidationSession } from "./session.ts";
import type { ValidationThreads } from "./workers/threads.ts";

const encode = (text: string) => [new TextEncoder().encode(text)];
const line = (type: string, record: unknown) => JSON.stringify({ type, record });
const meta = line("meta", {
  schemaVersion: "1.0",
  id: "test",
  publisher: { name: "Gemeente Amsterdam" },
  license: "https://creativecommons.org/licenses/by/4.0/",
  publishedAt: "2026-11-28T12:00:00Z",
});
const criterion = {
  id: "crit-1",
  title: { nl: "Hergebruik" },
  text: { nl: "Ten minste 50% asfaltgranulaat." },
  type: "eis",
  mviAmbitionLevel: "basis",
  mvoiThemes: ["circulair"],
  source: "own",
  version: "1.0.0",
  status: "active",
};

async function run(text: string, file = "test.ndjson") {
  const session = createValidationSession();
  await session.validate({ bytes: encode(text), file });
  return session.finish();
}

const codesOf = (result: Awaited<ReturnType<typeof run>>) =>
  result.findings.map((f) => [f.code, f.pointer, f.location.line]);

describe("a validation session", () => {
  it("finds the example dataset valid", async () => {
    const text = readFileSync(new URL("../../../examples/mra-example.dataset.json", import.meta.url), "utf8");
    const result = await run(text, "mra-example.dataset.json");
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.files[0]?.records.Procurement).toBe(8);
  });

  it("locates a schema error on its NDJSON line and pointer", async () => {
    const bad = { ...criterion, version: "1.0" };
    const result = await run(
      [meta, line("criterion", criterion), line("criterion", { ...bad, id: "crit-2" })].join("\n"),
    );
    expect(codesOf(result)).toEqual([["schema-pattern", "/version", 3]]);
  });

  it("reports one precise finding for an anyOf whose discriminator picks a branch", async () => {
    const rvo = { ...criterion, rStrategy: { ladder: "rvo-r1-r6", code: "R8" } };
    const result = await run([meta, line("criterion", rvo)].join("\n"));
    expect(codesOf(result)).toEqual([["code-not-in-closed-codelist", "/rStrategy/code", 2]]);
    const link = {
      id: "link-1",
      type: "implements",
      from: { itemType: "criterion", id: "crit-1" },
      to: { kind: "mvi-plan", title: { nl: "Actieplan MVOI" } },
    };
    const withLink = await run([meta, line("criterion", criterion), line("mvi-link", link)].join("\n"));
    expect(codesOf(withLink)).toEqual([["schema-required", "/to", 3]]);
  });

  it("reports an anyOf without a matching discriminator once", async () => {
    const cramer = { ...criterion, rStrategy: { ladder: "cramer-10r", code: "R1" } };
    const result = await run([meta, line("criterion", cramer)].join("\n"));
    expect(codesOf(result)).toEqual([["schema-no-variant", "/rStrategy", 2]]);
  });

  it("refuses an own __proto__ key and leaves Object.prototype alone", async () => {
    const text = [
      meta,
      `{"type":"criterion","record":${JSON.stringify(criterion).replace("{", '{"__proto__":{"polluted":1},')}}`,
    ];
    const result = await run(text.join("\n"));
    expect(codesOf(result)).toEqual([["schema-unknown-property", "/__proto__", 2]]);
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("runs the rules across records: a duplicate identifier", async () => {
    const result = await run([meta, line("criterion", criterion), line("criterion", criterion)].join("\n"));
    expect(codesOf(result).map(([code]) => code)).toContain("duplicate-id");
    expect(result.valid).toBe(false);
  });

  it("hands each record to onRecord in file order, on the calling thread even when given threads", async () => {
    const threads: ValidationThreads = {
      count: 1,
      start: () => {
        throw new Error("no thread should start");
      },
    };
    const session = createValidationSession({ threads });
    const seen: [string, unknown][] = [];
    const text = [meta, line("criterion", criterion), "{oops", line("criterion", { ...criterion, id: "crit-2" })];
    await session.validate({
      bytes: encode(text.join("\n")),
      file: "test.ndjson",
      onRecord: (entity, value) => seen.push([entity, value]),
    });
    expect(seen.map(([entity]) => entity)).toEqual(["DatasetMeta", "Criterion", "Criterion"]);
    expect(seen[2]?.[1]).toEqual({ ...criterion, id: "crit-2" });
    expect(session.finish().findings.map((finding) => finding.code)).toContain("json-syntax");
  });

  it("applies the size caps it is given to NDJSON lines and JSON documents", async () => {
    const capped = createValidationSession({ maxRecordBytes: 100, maxDocumentBytes: 100 });
    await capped.validate({ bytes: encode([meta, line("criterion", criterion)].join("\n")), file: "big.ndjson" });
    await capped.validate({ bytes: encode(JSON.stringify({ meta: {}, criteria: [criterion] })), file: "big.json" });
    const found = capped.finish().findings.map((f) => [f.code, f.location.file, f.location.line]);
    expect(found).toContainEqual(["record-too-large", "big.ndjson", 2]);
    expect(found.map(([code, file]) => `${code} ${file}`)).toContain("file-too-large big.json");
  });

  it("renders every code it can report in Dutch and English", () => {
    for (const definition of registry.all()) {
      const finding = {
        code: definition.code,
        severity: definition.severity,
        pointer: "",
        location: { file: "f" },
        args: {},
      };
      expect(renderMessage(finding, registry, "nl")).not.toBe(renderMessage(finding, registry, "en"));
    }
  });
});

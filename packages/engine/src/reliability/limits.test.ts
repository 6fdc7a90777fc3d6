import { readJson } from "@mra-circulair/io";
import { createReport, writeJunit } from "@mra-circulair/report";
import { describe, expect, it } from "vitest";
import { registry } from "../registry.ts";
import { criterion, criterionLine, encode, line, meta, metaRecord, ndjson, run, sites } from "./fixtures.ts";

const MiB = 1024 * 1024;

describe("G18 record and line size caps", () => {
  // the engine does not pass the readers' cap options on, so these run at the 10 MiB default
  it("reports an NDJSON line over 10 MiB as record-too-large on its line, and reads on", async () => {
    const big = criterionLine(`"x":"${"a".repeat(10 * MiB)}"`);
    const result = await run(encode(ndjson(big, line("criterion", criterion))), "big.ndjson");
    expect(sites(result)).toEqual([["record-too-large", "", { file: "big.ndjson", line: 2 }]]);
    expect(result.totals.records).toBe(2);
  });

  it("reports a CSV record over 10 MiB as record-too-large on its row", async () => {
    const text = `id;title/nl\r\ncrit-1;${"a".repeat(10 * MiB)}\r\n`;
    const result = await run(encode(text), "big.csv", { entity: "Criterion" });
    expect(result.findings.map((f) => [f.code, f.location.row, f.location.line])).toEqual([["record-too-large", 2, 2]]);
  });
});

describe("G19 streaming", () => {
  it("validates NDJSON fed lazily in small chunks, split inside lines", async () => {
    const records = 20_000;
    let pulled = 0;
    function* chunks(): Generator<Uint8Array> {
      const encoder = new TextEncoder();
      yield encoder.encode(`${meta}\n`);
      for (let i = 0; i < records; i++) {
        const text = `${line("criterion", { ...criterion, id: `crit-${i}` })}\n`;
        pulled += 1;
        yield encoder.encode(text.slice(0, 20));
        yield encoder.encode(text.slice(20));
      }
    }
    const result = await run(chunks(), "stream.ndjson");
    expect(pulled).toBe(records);
    expect(result.totals.records).toBe(records + 1);
    expect(result.findings).toEqual([]);
  });

  it("refuses a JSON document over the document cap with file-too-large", async () => {
    // the engine does not expose maxBytes, so the cap is exercised on io's reader rather than building 512 MiB
    const text = JSON.stringify({ meta: metaRecord, criteria: [criterion, criterion] });
    const found = [];
    for await (const item of readJson(encode(text), { file: "big.json", maxBytes: 100 })) found.push(item);
    expect(found.map((item) => (item.kind === "finding" ? item.finding.code : item.kind))).toEqual(["file-too-large"]);
  });
});

describe("G20 bounded error reporting", () => {
  it("keeps the first N findings and counts all of them", async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => criterionLine(`"x":${i}`));
    const report = createReport({ maxErrors: 10 });
    const result = await run(encode(ndjson(...lines)), "many.ndjson", { report });
    // exit codes belong to the CLI, not to the engine
    expect(result.findings).toHaveLength(10);
    expect(result.totals.errors).toBe(5000);
    expect(result.findings[0]?.location).toEqual({ file: "many.ndjson", line: 2, column: 31 });
    expect(result.valid).toBe(false);
  });
});

describe("G21 safe error text", () => {
  const hostile = `\\u001b[31m${"<b>".repeat(200)}`;

  it("truncates and strips control characters from excerpts", async () => {
    const result = await run(encode(ndjson(criterionLine(`"x":"${hostile}"`))), "x.ndjson");
    expect(sites(result)).toEqual([["schema-unknown-property", "/x", { file: "x.ndjson", line: 2, column: 31 }]]);
    const shown = result.findings[0]?.excerpt ?? "";
    expect([...shown].filter((c) => (c.codePointAt(0) ?? 0) < 0x20 || /\p{Cc}/u.test(c))).toEqual([]);
    expect(shown.length).toBeLessThanOrEqual(81);
    expect(shown.startsWith('"<b><b>')).toBe(true);
  });

  it("escapes echoed markup in the XML report", async () => {
    const result = await run(encode(ndjson(criterionLine(`"x":"${hostile}"`))), "x.ndjson");
    const xml = writeJunit(result, registry, "en");
    expect(xml).not.toContain("<b>");
    expect(xml).toContain("&lt;b&gt;");
  });
});

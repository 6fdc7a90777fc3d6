import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeIndicators } from "@mra-circulair/indicators";
import type { Dataset } from "@mra-circulair/types";
import { afterAll, describe, expect, it } from "vitest";
import { datasetFormat, indicatorsOf } from "./indicators-of.ts";
import { fileFrom, fixtures, runCli } from "./testing.ts";
import { validateFile } from "./validate-file.ts";

const dir = mkdtempSync(join(tmpdir(), "mra-web-indicators-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("datasetFormat", () => {
  it("gives the format of a valid JSON or NDJSON dataset", async () => {
    expect(datasetFormat(await validateFile(fileFrom(fixtures.example)))).toBe("json");
  });

  it("gives none for a dataset with errors, a CSV file, a single record or no report", async () => {
    expect(datasetFormat(await validateFile(fileFrom(fixtures.brokenNdjson)))).toBeUndefined();
    const identifiers = [{ scheme: "cbs-gemeente", value: "GM0363" }];
    const amsterdam = { id: "GM0363", name: "Amsterdam", kind: "gemeente", identifiers };
    const organisation = new File([JSON.stringify(amsterdam)], "amsterdam.json");
    const single = await validateFile(organisation, { entity: "Organisation" });
    expect(single).toMatchObject({ kind: "report", result: { valid: true } });
    expect(datasetFormat(single)).toBeUndefined();
    const table =
      "id,name,kind,identifiers/0/scheme,identifiers/0/value\nGM0363,Amsterdam,gemeente,cbs-gemeente,GM0363\n";
    const csv = await validateFile(new File([table], "organisations.csv"));
    expect(csv).toMatchObject({ kind: "report", result: { valid: true } });
    expect(datasetFormat(csv)).toBeUndefined();
    expect(datasetFormat({ kind: "unknown-format" })).toBeUndefined();
  });
});

describe("indicatorsOf", () => {
  const whole = () => computeIndicators(JSON.parse(readFileSync(fixtures.example, "utf8")) as Dataset);

  it("computes the indicators of a JSON dataset as computeIndicators does with the whole dataset", async () => {
    const results = await indicatorsOf(fileFrom(fixtures.example), "json");
    expect(results.observations.length).toBeGreaterThan(0);
    expect(results).toEqual(whole());
  });

  it("computes the same indicators from the dataset as NDJSON", async () => {
    const ndjson = join(dir, "example.ndjson");
    await runCli(["convert", fixtures.example, "--to", "ndjson", "--out", ndjson]);
    expect(await indicatorsOf(fileFrom(ndjson), "ndjson")).toEqual(whole());
  });
});

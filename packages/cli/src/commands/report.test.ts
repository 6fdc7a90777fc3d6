import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDataset, generateNdjsonLines } from "@mra-circulair/generator";
import { computeIndicators, defaultCircularityRule } from "@mra-circulair/indicators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../testing/capture.ts";

let dir: string;
const path = (name: string) => join(dir, name);
const dataset = generateDataset({ records: 40, seed: 5 });
// what the indicators make of the same input: the report must carry exactly this
const expected = JSON.parse(JSON.stringify(computeIndicators(dataset)));
const mraShares = expected.progress.filter((entry: { subject: { type: string } }) => entry.subject.type === "mra");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mra-circulair-report-"));
  await writeFile(path("dataset.json"), JSON.stringify(dataset));
  await writeFile(path("dataset.ndjson"), `${[...generateNdjsonLines({ records: 40, seed: 5 })].join("\n")}\n`);
  const [first, ...rest] = dataset.procurements ?? [];
  const broken = { ...dataset, procurements: [{ ...first, buyer: 42 }, ...rest] };
  await writeFile(path("broken.json"), JSON.stringify(broken));
  // one record that refers to nothing, so it is valid on its own, but no dataset
  await writeFile(path("definition.json"), JSON.stringify(dataset.indicatorDefinitions?.[0]));
  const eformsOnly = {
    ...defaultCircularityRule,
    id: "eforms-only",
    version: "2.0.0",
    conditions: [{ kind: "eforms-environmental-impact", codes: ["circ-econ"] }],
  };
  await writeFile(path("eforms-only.json"), JSON.stringify(eformsOnly, null, 2));
  await writeFile(path("bad-rule.json"), '{\n  "id": "x",\n  "version": "one"\n}\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("mra-circulair report", () => {
  it("writes the HTML report to --out, says so, and carries the MRA's shares", async () => {
    const out = path("report.html");
    const { code, stdout, stderr } = await capture(["report", path("dataset.json"), "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${out}: progress report written as html\n`);
    const html = await readFile(out, "utf8");
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    for (const entry of mraShares.filter((e: { value?: string }) => e.value !== undefined)) {
      expect(html).toContain(`data-value="${entry.value}"`);
    }
    expect(html).toContain(`${expected.rule.id}, version ${expected.rule.version}`);
  });

  it("writes the results as JSON, the format taken from --out, equal to what the indicators compute", async () => {
    const out = path("results.json");
    const { code } = await capture(["report", path("dataset.json"), "--out", out]);
    expect(code).toBe(0);
    expect(JSON.parse(await readFile(out, "utf8"))).toEqual(expected);
  });

  it("reads NDJSON and gives the same results as the JSON dataset, on stdout without --out", async () => {
    const { code, stdout, stderr } = await capture(["report", path("dataset.ndjson"), "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it("writes CSV and Markdown in Dutch, and HTML on stdout", async () => {
    const csv = await capture(["report", path("dataset.json"), "--format", "csv", "--lang", "nl"]);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trimEnd().split("\r\n");
    expect(rows[0]).toMatch(/^\uFEFFindicator;naam indicator;soort onderwerp;/);
    expect(rows).toHaveLength(expected.observations.length + 1);
    const md = await capture(["report", path("dataset.json"), "--format", "md", "--lang", "nl"]);
    expect(md.stdout).toMatch(/^# Circulair inkopen in de Metropoolregio Amsterdam: voortgangsrapportage\n/);
    expect(md.stdout).toContain("## Voortgang ten opzichte van de doelen");
    const html = await capture(["report", path("dataset.json"), "--lang", "nl"]);
    expect(html.stdout).toMatch(/^<!doctype html>\n<html lang="nl">/);
  });

  it("dates the report from SOURCE_DATE_EPOCH, so that the same input gives the same bytes", async () => {
    const env = { SOURCE_DATE_EPOCH: "1767225600" };
    const first = await capture(["report", path("dataset.json"), "--format", "md"], env);
    const second = await capture(["report", path("dataset.json"), "--format", "md"], env);
    expect(first.stdout).toContain("Generated: 1 January 2026\n");
    expect(second.stdout).toBe(first.stdout);
  });

  it("counts with another rule and geography when asked", async () => {
    const { code, stdout } = await capture([
      "report",
      path("dataset.json"),
      "--format",
      "json",
      "--rule",
      path("eforms-only.json"),
      "--geography",
      "as-was",
    ]);
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results.rule).toMatchObject({ id: "eforms-only", version: "2.0.0" });
    expect(results.geography).toBe("as-was");
  });

  it("refuses an invalid dataset with exit 1, its findings and no report", async () => {
    const out = path("refused.html");
    const { code, stderr } = await capture(["report", path("broken.json"), "--out", out]);
    expect(code).toBe(1);
    expect(stderr).toContain("/procurements/0/buyer");
    expect(stderr).toContain("error [E_INVALID_INPUT]: 1 error in the input; no report written.");
    expect(await readdir(dir)).not.toContain("refused.html");
    const nl = await capture(["report", path("broken.json"), "--lang", "nl"]);
    expect(nl.code).toBe(1);
    expect(nl.stdout).toBe("");
    expect(nl.stderr).toContain("fout [E_INVALID_INPUT]: 1 fout in de invoer; geen rapportage geschreven.");
  });

  it("refuses input without dataset metadata with exit 1", async () => {
    const { code, stderr } = await capture(["report", path("definition.json")]);
    expect(code).toBe(1);
    expect(stderr).toContain("[E_INVALID_INPUT]: the input holds no dataset metadata (meta)");
  });

  it("lists every problem of a bad rule file with its place, and exits 2", async () => {
    const { code, stdout, stderr } = await capture(["report", path("dataset.json"), "--rule", path("bad-rule.json")]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${path("bad-rule.json")}:3:14 /version: `);
    expect(stderr).toMatch(
      /error \[E_USAGE\]: .*bad-rule\.json: not a valid counting rule \(\d+ problems\); no report written/,
    );
    const missing = await capture(["report", path("dataset.json"), "--rule", path("nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`[E_READ]: ${path("nope.json")}: the file does not exist`);
  });

  it("refuses bad usage with exit 2", async () => {
    const format = await capture(["report", path("dataset.json"), "--format", "pdf"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format must be one of html, json, csv, md, not pdf");
    const geography = await capture(["report", path("dataset.json"), "--geography", "now"]);
    expect(geography.stderr).toContain("--geography must be one of as-is, as-was, not now");
    const same = await capture(["report", path("dataset.json"), "--out", path("dataset.json")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("the output would overwrite the input");
    const none = await capture(["report"]);
    expect(none.code).toBe(2);
    expect(none.stderr).not.toMatch(/\n\s+at /);
  });
});

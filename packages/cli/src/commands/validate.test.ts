import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { referenceDataset } from "@mra-circulair/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../testing/capture.ts";

let dir: string;
const path = (name: string) => join(dir, name);

const organisation = { id: "GM0363", name: "Amsterdam", kind: "gemeente", identifiers: [] };
const invalidDataset = {
  ...referenceDataset,
  meta: { ...referenceDataset.meta, license: "ftp://example.org", extra: "\u001b[31mred" },
  organisations: [{ ...organisation, kind: "stadsdeel", name: "" }],
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mra-circulair-cli-"));
  await writeFile(path("valid.json"), JSON.stringify(referenceDataset));
  await writeFile(path("invalid.json"), JSON.stringify(invalidDataset, null, 2));
  await writeFile(path("syntax.json"), '{\n  "meta": {\n    "id": }\n}\n');
  await writeFile(path("bom.json"), `\uFEFF${JSON.stringify(organisation)}`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("mra-circulair validate", () => {
  it("accepts a valid Dataset, exit 0", async () => {
    const { code, stdout, stderr } = await capture(["validate", path("valid.json")]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(`${path("valid.json")}: valid Dataset`);
    expect(stdout).toContain("1 file: 1 valid, 0 invalid, 0 not checked; 0 errors in all.");
  });

  it("lists every error as file: pointer: message with an excerpt, exit 1", async () => {
    const { code, stdout } = await capture(["validate", path("invalid.json")]);
    expect(code).toBe(1);
    const file = path("invalid.json");
    expect(stdout).toContain(`${file}: invalid Dataset, 4 errors`);
    expect(stdout).toContain(`${file}: /meta/extra: the property "extra" is not allowed here (value: "[31mred")`);
    expect(stdout).toContain(`${file}: /meta/license: does not have the required form`);
    expect(stdout).toContain(`${file}: /organisations/0/kind: must be one of "gemeente", "provincie"`);
    expect(stdout).toContain(`${file}: /organisations/0/name: must not be empty (value: "")`);
    expect(stdout).not.toContain("\u001b");
  });

  it("words the errors in Dutch on request", async () => {
    const { stdout } = await capture(["validate", path("invalid.json"), "--lang", "nl"]);
    expect(stdout).toContain("ongeldige Dataset, 4 fouten");
    expect(stdout).toContain('/meta/extra: de eigenschap "extra" is hier niet toegestaan (waarde: "[31mred")');
  });

  it("caps the printed errors with --max-errors, never the count", async () => {
    const { code, stdout } = await capture(["validate", path("invalid.json"), "--max-errors", "1"]);
    expect(code).toBe(1);
    expect(stdout).toContain("invalid Dataset, 4 errors");
    expect(stdout.match(/: \/(meta|organisations)\//g)).toHaveLength(1);
    expect(stdout).toContain("3 more not shown (--max-errors 1)");
    expect(stdout).toContain("4 errors in all");
  });

  it("reports a JSON syntax error with line and column, exit 2", async () => {
    const { code, stdout, stderr } = await capture(["validate", path("syntax.json")]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `error [E_JSON_SYNTAX]: ${path("syntax.json")}: invalid JSON at line 3, column 11: unexpected character "}"`,
    );
    expect(stdout).toContain("0 invalid, 1 not checked");
  });

  it("reports a missing file, exit 2", async () => {
    const { code, stderr } = await capture(["validate", path("missing.json")]);
    expect(code).toBe(2);
    expect(stderr).toContain(`error [E_READ]: ${path("missing.json")}: the file does not exist`);
    expect((await capture(["validate", dir])).stderr).toContain("is a directory, not a file");
  });

  it("asks for --entity when the document has no meta object, and strips a byte order mark", async () => {
    const unnamed = await capture(["validate", path("bom.json")]);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain("[E_ENTITY_REQUIRED]");
    expect(unnamed.stderr).toContain("--entity Organisation");
    const named = await capture(["validate", path("bom.json"), "--entity", "Organisation"]);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain("valid Organisation");
    expect((await capture(["validate", path("bom.json"), "--entity", "organisation"])).code).toBe(0);
  });

  it("refuses an unknown entity and bad option values as usage errors", async () => {
    const entity = await capture(["validate", path("bom.json"), "--entity", "Organization"]);
    expect(entity.code).toBe(2);
    expect(entity.stderr).toContain("[E_UNKNOWN_ENTITY]: unknown entity Organization");
    expect((await capture(["validate", path("valid.json"), "--format", "xml"])).code).toBe(2);
    expect((await capture(["validate", path("valid.json"), "--max-errors", "-1"])).code).toBe(2);
  });

  it("exits with the worst verdict over several files", async () => {
    expect((await capture(["validate", path("valid.json"), path("invalid.json")])).code).toBe(1);
    const all = await capture(["validate", path("valid.json"), path("invalid.json"), path("missing.json")]);
    expect(all.code).toBe(2);
    expect(all.stdout).toContain("3 files: 1 valid, 1 invalid, 1 not checked; 4 errors in all.");
  });

  it("prints a machine-readable report with --format json", async () => {
    const { code, stdout } = await capture([
      "validate",
      path("valid.json"),
      path("invalid.json"),
      path("missing.json"),
      "--format",
      "json",
      "--max-errors",
      "2",
    ]);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(false);
    expect(report.files).toHaveLength(3);
    expect(report.files[0]).toEqual({
      file: path("valid.json"),
      entity: "Dataset",
      valid: true,
      errorCount: 0,
      errors: [],
    });
    expect(report.files[1]).toMatchObject({ entity: "Dataset", valid: false, errorCount: 4 });
    expect(report.files[1].errors).toHaveLength(2);
    expect(report.files[1].errors[0]).toEqual({
      pointer: "/meta/extra",
      keyword: "additionalProperties",
      message: 'the property "extra" is not allowed here',
      excerpt: '"[31mred"',
    });
    expect(report.files[2]).toMatchObject({ valid: false, error: { code: "E_READ" } });
  });

  it("describes a valid Dataset with --summary", async () => {
    const { code, stdout } = await capture(["validate", path("valid.json"), "--summary"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Publisher +mra-circulair/);
    expect(stdout).toMatch(/Licence +https:\/\/creativecommons.org\/licenses\/by\/4.0\//);
    expect(stdout).toMatch(/Published +2026-11-28T00:00:00Z/);
    expect(stdout).toMatch(/Organisations +36/);
    expect(stdout).toMatch(/Purchase packages +5/);
    expect(stdout).toMatch(/Signatories +36/);
    expect(stdout).toMatch(/Targets +2022: 10 \S+ \(\S+\)/);
    const nl = await capture(["validate", path("valid.json"), "--summary", "--lang", "nl"]);
    expect(nl.stdout).toMatch(/Inkooppakketten +5/);
    expect(nl.stdout).toMatch(/Ondertekenaars +36/);
  });

  it("adds the summary to the JSON report on request", async () => {
    const { stdout } = await capture(["validate", path("valid.json"), "--summary", "--format", "json"]);
    const [file] = JSON.parse(stdout).files;
    expect(file.summary.lists.organisations).toBe(36);
    expect(file.summary.declarations[0].targets).toHaveLength(3);
  });
});

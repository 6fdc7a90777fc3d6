import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../testing/capture.ts";

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mra-circulair-template-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("mra-circulair template", () => {
  it("writes an empty CSV table with headings and codelist hints in the chosen language", async () => {
    const nl = await capture(["template", "procurements", "--to", "csv", "--lang", "nl"]);
    expect(nl.code).toBe(0);
    const [headings = "", hints = ""] = nl.stdout.split("\r\n");
    expect(headings).toMatch(/^\uFEFFIdentificator;Opdrachtgever;/);
    expect(hints).toMatch(/codes( \([^)]*\))?: /);
    const en = await capture(["template", "Procurement", "--to", "csv"]);
    expect(en.stdout).toMatch(/^\uFEFFIdentifier,/);
    const comma = await capture(["template", "procurement", "--to", "csv", "--lang", "nl", "--delimiter", ","]);
    expect(comma.stdout).toMatch(/^\uFEFFIdentificator,Opdrachtgever,/);
  });

  it("writes an XLSX template to --out, which reads as a table without records", async () => {
    const file = path("organisations.xlsx");
    const { code, stderr } = await capture(["template", "organisations", "--to", "xlsx", "--out", file]);
    expect(code).toBe(0);
    expect(stderr).toBe(`${file}: an empty Organisation table written as xlsx\n`);
    expect((await readFile(file)).subarray(0, 2).toString("latin1")).toBe("PK");
    const validated = await capture(["validate", file]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain("in 0 records: valid");
  });

  it("fills in as a CSV file the validator reads", async () => {
    const file = path("meta.csv");
    expect((await capture(["template", "meta", "--to", "csv", "--out", file])).code).toBe(0);
    const { stdout } = await capture(["validate", file, "--format", "json"]);
    expect(JSON.parse(stdout).files[0]).toMatchObject({ format: "csv", records: {} });
  });

  it("refuses an unknown entity, one without a table, xlsx on stdout and a missing --to, exit 2", async () => {
    const unknown = await capture(["template", "Organization", "--to", "csv"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("[E_UNKNOWN_ENTITY]: unknown entity Organization");
    const target = await capture(["template", "target", "--to", "csv"], { LANG: "nl_NL.UTF-8" });
    expect(target.stderr).toContain("Target heeft geen CSV-vorm");
    const xlsx = await capture(["template", "goals", "--to", "xlsx"]);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain("name the file with --out");
    const noTo = await capture(["template", "goals"]);
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toContain("the option --to <format> is required");
    expect((await capture(["template", "goals", "--to", "pdf"])).stderr).toContain("--to must be one of csv, xlsx");
  });
});

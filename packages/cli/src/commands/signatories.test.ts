import { describe, expect, it } from "vitest";
import { capture } from "../testing/capture.ts";

const json = async (...argv: string[]) => {
  const { code, stdout } = await capture(["signatories", ...argv, "--json"]);
  expect(code).toBe(0);
  return JSON.parse(stdout);
};

describe("mra-circulair signatories", () => {
  it("gives 33 municipalities, 36 signatories in all, on the signing day", async () => {
    const report = await json("--on", "2018-06-20");
    expect(report.on).toBe("2018-06-20");
    expect(report.declaration).toBe("mra-intentieverklaring-2018");
    expect(report.count).toBe(36);
    expect(report.counts).toEqual({ gemeente: 33, provincie: 2, vervoerregio: 1 });
    expect(report.signatories).toHaveLength(36);
  });

  it("gives 30 municipalities on 2023-01-01, after three mergers", async () => {
    const report = await json("--on", "2023-01-01");
    expect(report.counts).toEqual({ gemeente: 30, provincie: 2, vervoerregio: 1 });
    expect(report.signatories.map((s: { name: string }) => s.name)).not.toContain("Weesp");
  });

  it("describes each signatory, with its end date and successor while it still existed", async () => {
    const { signatories } = await json("--on", "2018-06-20");
    expect(signatories.find((s: { name: string }) => s.name === "Weesp")).toEqual({
      id: "GM0457",
      name: "Weesp",
      kind: "gemeente",
      subregion: "gooi-en-vechtstreek",
      cbsCode: "GM0457",
      signedOn: "2018-06-20",
      validTo: "2022-03-24",
      successor: "GM0363",
    });
    const vervoerregio = signatories.find((s: { kind: string }) => s.kind === "vervoerregio");
    expect(vervoerregio).toMatchObject({ subregion: null, cbsCode: null });
    expect(vervoerregio).not.toHaveProperty("validTo");
  });

  it("filters by kind", async () => {
    const report = await json("--on", "2023-01-01", "--kind", "provincie");
    expect(report.count).toBe(2);
    expect(report.counts).toEqual({ provincie: 2 });
  });

  it("defaults to today", async () => {
    const report = await json();
    expect(report.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.counts.gemeente).toBe(30);
  });

  it("prints a table and a count line per kind, in Dutch or English", async () => {
    const nl = await capture(["signatories", "--on", "2018-06-20", "--lang", "nl"]);
    expect(nl.stdout).toContain("Naam");
    expect(nl.stdout).toMatch(/Weesp +GM0457 +gemeente +Gooi en Vechtstreek +2018-06-20/);
    expect(nl.stdout).toContain("33 gemeenten, 2 provincies, 1 vervoerregio (36 in totaal)");
    const en = await capture(["signatories", "--on", "2023-01-01"]);
    expect(en.stdout).toContain("30 municipalities, 2 provinces, 1 transport authority (33 in all)");
  });

  it("says so when nobody had signed yet", async () => {
    const { code, stdout } = await capture(["signatories", "--on", "2018-06-19"]);
    expect(code).toBe(0);
    expect(stdout).toBe("No signatories on 2018-06-19.\n");
  });

  it("refuses a date that does not exist as a usage error", async () => {
    const { code, stdout, stderr } = await capture(["signatories", "--on", "2023-02-30"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      "[E_USAGE]: --on must be an existing calendar date in the form YYYY-MM-DD, not 2023-02-30",
    );
  });

  it("refuses an unknown kind or declaration", async () => {
    expect((await capture(["signatories", "--kind", "stadsdeel"])).code).toBe(2);
    const declaration = await capture(["signatories", "--declaration", "nope"]);
    expect(declaration.code).toBe(2);
    expect(declaration.stderr).toContain("[E_UNKNOWN_DECLARATION]");
  });
});

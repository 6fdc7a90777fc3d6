import { describe, expect, it } from "vitest";
import { capture } from "../testing/capture.ts";

describe("mra-circulair codelists", () => {
  it("lists every codelist with its kind, size and title in the chosen language", async () => {
    const en = await capture(["codelists"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/subregion +closed +7 +MRA subregion/);
    expect(en.stdout).toMatch(/procedure-type +open +\d+/);
    const nl = await capture(["codelists", "--lang", "nl"]);
    expect(nl.stdout).toMatch(/subregion +gesloten +7 +MRA-deelregio/);
  });

  it("lists the codes of one codelist with label and description", async () => {
    const { code, stdout } = await capture(["codelists", "subregion", "--lang", "nl"]);
    expect(code).toBe(0);
    expect(stdout).toContain("MRA-deelregio (subregion, versie 1.0, gesloten)");
    expect(stdout).toMatch(/almere-lelystad +Almere-Lelystad\n {4}Almere en Lelystad, in de provincie Flevoland\./);
  });

  it("prints JSON", async () => {
    const list = JSON.parse((await capture(["codelists", "--json"])).stdout);
    expect(list.find((l: { id: string }) => l.id === "subregion")).toMatchObject({ open: false, codes: 7 });
    const one = JSON.parse((await capture(["codelists", "unit", "--json"])).stdout);
    expect(one.id).toBe("unit");
    expect(one.codes.map((c: { code: string }) => c.code)).toContain("percent");
  });

  it("refuses an unknown codelist, exit 2", async () => {
    const { code, stderr } = await capture(["codelists", "nope"]);
    expect(code).toBe(2);
    expect(stderr).toContain("[E_UNKNOWN_CODELIST]");
  });
});

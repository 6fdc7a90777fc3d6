import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entityOfHeadings } from "./detect-entity.ts";
import { fixtures } from "./testing.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("entityOfHeadings", () => {
  it("recognises Dutch headings in Windows-1252 with ';', as Dutch Excel saves them", async () => {
    expect(await entityOfHeadings(readFileSync(fixtures.brokenCsv), "export.csv")).toBe("Procurement");
  });

  it("recognises property paths and English titles", async () => {
    expect(await entityOfHeadings(bytes("id,name,kind,cbsCode\n"), "a.csv")).toBe("Organisation");
    expect(await entityOfHeadings(bytes("Identifier,Buyer,CPV codes,Procedure\r\n"), "a.csv")).toBe("Procurement");
  });

  it("recognises nothing when most headings are unknown or an empty file", async () => {
    expect(await entityOfHeadings(bytes("id;kleur;gewicht;prijs\n"), "a.csv")).toBeUndefined();
    expect(await entityOfHeadings(new Uint8Array(0), "a.csv")).toBeUndefined();
  });

  it("recognises nothing when the headings fit two entities equally", async () => {
    expect(await entityOfHeadings(bytes("id\n"), "a.csv")).toBeUndefined();
  });
});

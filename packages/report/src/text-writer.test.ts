import { describe, expect, it } from "vitest";
import { createReport } from "./report.ts";
import { sampleRegistry } from "./testing/sample-codes.ts";
import { hostileResult, sampleResult } from "./testing/sample-report.ts";
import { unsafeCharacters } from "./testing/unsafe-characters.ts";
import { writeText } from "./text-writer.ts";

const ESC = "\u001b";

describe("writeText", () => {
  it("groups by code in English: header, first examples, what was left out, totals", () => {
    expect(writeText(sampleResult({ maxExamplesPerCode: 2 }), sampleRegistry, "en")).toBe(
      [
        "error  missing-property  3×  Required property missing",
        '  inkoop.csv row 4 "Naam"  Property "name" is missing.',
        '  inkoop.csv row 5 "Naam"  Property "name" is missing.',
        "  … and 1 more",
        "",
        "error  duplicate-id  1×  Duplicate id",
        '  data.json:12:5  /procurements/3/id  The id "P-1" is already used. (found: "P-1")',
        "",
        "warning  deprecated-code  1×  Deprecated code",
        '  data.json:20:9  /procurements/5/buyer  Code GM0457 is deprecated; use GM0363. (found: "GM0457")',
        "",
        "notice  empty-list  1×  Empty list",
        "  data.json:1  /procurements  The list is empty.",
        "",
        "4 errors, 1 warning and 1 notice in 16 records: invalid",
        "",
      ].join("\n"),
    );
  });

  it("says the same in Dutch", () => {
    expect(writeText(sampleResult({ maxExamplesPerCode: 1 }), sampleRegistry, "nl")).toBe(
      [
        "fout  missing-property  3×  Verplichte eigenschap ontbreekt",
        '  inkoop.csv rij 4 "Naam"  Eigenschap "name" ontbreekt.',
        "  … en nog 2",
        "",
        "fout  duplicate-id  1×  Dubbel id",
        '  data.json:12:5  /procurements/3/id  Het id "P-1" is al gebruikt. (gevonden: "P-1")',
        "",
        "waarschuwing  deprecated-code  1×  Verouderde code",
        '  data.json:20:9  /procurements/5/buyer  Code GM0457 is verouderd; gebruik GM0363. (gevonden: "GM0457")',
        "",
        "melding  empty-list  1×  Lege lijst",
        "  data.json:1  /procurements  De lijst is leeg.",
        "",
        "4 fouten, 1 waarschuwing en 1 melding in 16 records: ongeldig",
        "",
      ].join("\n"),
    );
  });

  it("writes a clean run as its totals line", () => {
    const report = createReport();
    report.addRecords("a.json", "Procurement");
    expect(writeText(report.result(), sampleRegistry, "nl")).toBe(
      "0 fouten, 0 waarschuwingen en 0 meldingen in 1 record: geldig\n",
    );
    expect(writeText(report.result(), sampleRegistry, "en")).toBe(
      "0 errors, 0 warnings and 0 notices in 1 record: valid\n",
    );
  });

  it("stops after the cap on findings kept, still naming every code with its count", () => {
    const text = writeText(sampleResult({ maxErrors: 1 }), sampleRegistry, "en");
    expect(text).toContain("error  missing-property  3×  Required property missing\n  … and 3 more\n");
    expect(text).toContain("error  duplicate-id  1×  Duplicate id\n  data.json:12:5");
    expect(text).toContain("warning  deprecated-code  1×  Deprecated code\n  … and 1 more\n");
    expect(text.match(/^ {2}\S+:\d+/gm)).toHaveLength(1);
  });

  it("renders a finding whose values hold ANSI escapes and a bidi override safe", () => {
    const text = writeText(hostileResult(), sampleRegistry, "en", { color: false });
    expect(text).not.toContain(ESC);
    expect(unsafeCharacters(text, "\n")).toEqual([]);
    expect(text).toContain(
      `  dir/<b>&amp;"x"'y'\ufffd</b>.xlsx sheet "<b>&amp;\\"x\\"'y'\ufffd</b>" row 2 "<b>&amp;\\"x\\"'y'\ufffd</b>"  /a<b>&amp;"x"'y'\ufffd</b>  Code <b>&amp;"x"'y'\ufffd</b> is deprecated; use GM0363. (found: <b>&amp;"x"'y'\ufffd</b>)`,
    );
    expect(text).toContain("notice  not-registered  1×\n  x.json:3:2  not-registered (no text for this code)");
  });

  it("colours with plain ANSI codes only when asked, and only its own", () => {
    const text = writeText(hostileResult(), sampleRegistry, "en", { color: true });
    const codes = text
      .split(ESC)
      .slice(1)
      .map((after) => /^\[(\d+)m/.exec(after)?.[1]);
    expect(new Set(codes)).toEqual(new Set(["33", "36", "39", "1", "22", "2", "32"]));
    expect(text).toContain(`${ESC}[33mwarning${ESC}[39m  ${ESC}[1mdeprecated-code${ESC}[22m  1×  Deprecated code`);
    expect(text).toContain(`in 0 records: ${ESC}[32mvalid${ESC}[39m`);
    const invalid = writeText(sampleResult(), sampleRegistry, "nl", { color: true });
    expect(invalid).toContain(`${ESC}[31mfout${ESC}[39m  ${ESC}[1mmissing-property${ESC}[22m`);
    expect(invalid).toContain(`  ${ESC}[2minkoop.csv rij 4 "Naam"${ESC}[22m  Eigenschap`);
    expect(invalid).toContain(`in 16 records: ${ESC}[31mongeldig${ESC}[39m`);
  });
});

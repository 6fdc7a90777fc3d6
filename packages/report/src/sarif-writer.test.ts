import { describe, expect, it } from "vitest";
import { createReport } from "./report.ts";
import { writeSarif } from "./sarif-writer.ts";
import { emptyList, sampleRegistry } from "./testing/sample-codes.ts";
import { hostileResult, sampleResult } from "./testing/sample-report.ts";
import { unsafeCharacters } from "./testing/unsafe-characters.ts";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isPosition = (value: unknown) => Number.isInteger(value) && (value as number) >= 1;

/**
 * The SARIF 2.1.0 requirements a consumer such as GitHub code scanning relies on, checked one by one: what
 * the specification marks required, the allowed levels, rule indexes that point at their rule, and 1-based
 * regions. Returns the problems found.
 */
function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  if (!isObject(log)) return ["the log is not an object"];
  need(log.version === "2.1.0", "version is 2.1.0");
  need(typeof log.$schema === "string", "$schema is a string");
  need(Array.isArray(log.runs), "runs is an array");
  for (const run of Array.isArray(log.runs) ? log.runs : []) {
    const driver = isObject(run) && isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
    need(typeof driver?.name === "string", "run.tool.driver.name is a string");
    const rules = Array.isArray(driver?.rules) ? (driver.rules as unknown[]) : [];
    const ids = rules.map((rule) => (isObject(rule) ? rule.id : undefined));
    need(
      ids.every((id) => typeof id === "string"),
      "every rule has an id",
    );
    need(new Set(ids).size === ids.length, "rule ids are unique");
    for (const rule of rules.filter(isObject)) {
      for (const text of ["shortDescription", "help"]) {
        const message = rule[text];
        need(isObject(message) && typeof message.text === "string", `rule ${rule.id}: ${text}.text is a string`);
      }
      const level = isObject(rule.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
      need(["none", "note", "warning", "error"].includes(String(level)), `rule ${rule.id}: a default level`);
    }
    for (const result of Array.isArray(isObject(run) ? run.results : undefined)
      ? (run as { results: unknown[] }).results
      : []) {
      if (!isObject(result)) {
        problems.push("a result is not an object");
        continue;
      }
      need(isObject(result.message) && typeof result.message.text === "string", "result.message.text is a string");
      need(typeof result.ruleId === "string", "result.ruleId is a string");
      need(["none", "note", "warning", "error"].includes(String(result.level)), "result.level is a SARIF level");
      if (result.ruleIndex !== undefined)
        need(ids[result.ruleIndex as number] === result.ruleId, "ruleIndex points at its rule");
      for (const location of Array.isArray(result.locations) ? result.locations : []) {
        const physical =
          isObject(location) && isObject(location.physicalLocation) ? location.physicalLocation : undefined;
        need(
          isObject(physical?.artifactLocation) && typeof physical.artifactLocation.uri === "string",
          "an artifact uri",
        );
        const region = physical?.region;
        if (region !== undefined) {
          need(isObject(region) && isPosition(region.startLine), "region.startLine is 1-based");
          if (isObject(region) && region.startColumn !== undefined)
            need(isPosition(region.startColumn), "startColumn is 1-based");
        }
      }
    }
  }
  return problems;
}

const sarif = (...args: Parameters<typeof writeSarif>) => JSON.parse(writeSarif(...args));

describe("writeSarif", () => {
  it.each(["nl", "en"] as const)("writes SARIF 2.1.0 with every required field, in %s", (lang) => {
    for (const result of [sampleResult(), sampleResult({ maxErrors: 1 }), hostileResult(), createReport().result()]) {
      expect(sarifProblems(sarif(result, sampleRegistry, lang))).toEqual([]);
    }
  });

  it("turns the registry into rules with help in the chosen language", () => {
    const [run] = sarif(sampleResult(), sampleRegistry, "nl").runs;
    expect(run.language).toBe("nl");
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      "duplicate-id",
      "missing-property",
      "deprecated-code",
      "empty-list",
    ]);
    expect(run.tool.driver.rules[2]).toEqual({
      id: "deprecated-code",
      shortDescription: { text: "Verouderde code" },
      help: { text: "Gebruik de opvolger." },
      defaultConfiguration: { level: "warning" },
      properties: { layer: "rule" },
    });
    expect(sarif(sampleResult(), sampleRegistry, "en").runs[0].tool.driver.rules[2].help.text).toBe(
      "Use the successor.",
    );
  });

  it("gives a text finding its line and column, and keeps the pointer in the properties", () => {
    const [run] = sarif(sampleResult(), sampleRegistry, "en").runs;
    expect(run.results[0]).toEqual({
      ruleId: "duplicate-id",
      ruleIndex: 0,
      level: "error",
      message: { text: 'The id "P-1" is already used.' },
      locations: [
        { physicalLocation: { artifactLocation: { uri: "data.json" }, region: { startLine: 12, startColumn: 5 } } },
      ],
      properties: { pointer: "/procurements/3/id", entity: "Procurement", excerpt: '"P-1"' },
    });
    expect(run.results.map((result: { level: string }) => result.level)).toEqual([
      "error",
      "error",
      "error",
      "error",
      "warning",
      "note",
    ]);
    expect(run.columnKind).toBe("unicodeCodePoints");
  });

  it("puts a table's row and heading in the properties, having no text region for them", () => {
    const [run] = sarif(sampleResult(), sampleRegistry, "en").runs;
    expect(run.results[1].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "inkoop.csv" } });
    expect(run.results[1].properties).toEqual({ pointer: "", entity: "Procurement", row: 4, heading: "Naam" });
  });

  it("lists the kept findings, with the counts and the truncation in the run's properties", () => {
    const [run] = sarif(sampleResult({ maxErrors: 2 }), sampleRegistry, "en").runs;
    expect(run.results).toHaveLength(2);
    expect(run.properties).toEqual({
      valid: false,
      truncated: true,
      totals: { errors: 4, warnings: 1, infos: 1, records: 16 },
    });
  });

  it("writes file names as URI references", () => {
    const uriOf = (file: string) => {
      const report = createReport();
      report.add(emptyList.finding({ pointer: "", location: { file, line: 1 } }));
      return sarif(report.result(), sampleRegistry, "en").runs[0].results[0].locations[0].physicalLocation
        .artifactLocation.uri;
    };
    expect(uriOf("data/set 1.json")).toBe("data/set%201.json");
    expect(uriOf("data\\inkoop#2.csv")).toBe("data/inkoop%232.csv");
    expect(uriOf("/home/me/ä.json")).toBe("file:///home/me/%C3%A4.json");
    expect(uriOf("C:\\Users\\me\\a.json")).toBe("file:///C:/Users/me/a.json");
    expect(uriOf("x\ud800.json")).toBe("x%EF%BF%BD.json");
  });

  it("leaves out the rule index of a code the registry does not know", () => {
    const [run] = sarif(hostileResult(), sampleRegistry, "en").runs;
    expect(run.results[1].ruleId).toBe("not-registered");
    expect(run.results[1]).not.toHaveProperty("ruleIndex");
    expect(run.results[1].message.text).toBe("not-registered (no text for this code)");
  });

  it("cleans what it echoes from the data", () => {
    const text = writeSarif(hostileResult(), sampleRegistry, "en");
    const [run] = JSON.parse(text).runs;
    expect(run.results[0].properties.excerpt).toBe("<b>&amp;\"x\"'y'\ufffd</b>");
    expect(unsafeCharacters(run.results[0].message.text)).toEqual([]);
    expect(unsafeCharacters(run.results[0].properties.excerpt)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { writeJunit } from "./junit-writer.ts";
import { createReport } from "./report.ts";
import { sampleRegistry } from "./testing/sample-codes.ts";
import { HOSTILE, hostileResult, sampleResult } from "./testing/sample-report.ts";
import { unsafeCharacters } from "./testing/unsafe-characters.ts";
import { childrenNamed, parseXml, textOf, type XmlElement } from "./testing/xml-tree.ts";

const only = (element: XmlElement | undefined, name: string): XmlElement => {
  const found = element === undefined ? [] : childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as XmlElement;
};

describe("writeJunit", () => {
  it("writes well-formed XML with one test suite per file and one test case per code", () => {
    const root = parseXml(writeJunit(sampleResult(), sampleRegistry, "en"));
    expect(root.name).toBe("testsuites");
    expect(root.attributes).toEqual({ name: "mra-circulair", tests: "5", failures: "2", errors: "0" });
    const suites = childrenNamed(root, "testsuite");
    expect(suites.map((suite) => [suite.attributes.name, suite.attributes.tests, suite.attributes.failures])).toEqual([
      ["data.json", "3", "1"],
      ["inkoop.csv", "1", "1"],
      ["leeg.xlsx", "1", "0"],
    ]);
    expect(childrenNamed(suites[0] as XmlElement, "testcase").map((testCase) => testCase.attributes.name)).toEqual([
      "duplicate-id: Duplicate id",
      "deprecated-code: Deprecated code",
      "empty-list: Empty list",
    ]);
  });

  it("lists an error code's findings in a failure", () => {
    const root = parseXml(writeJunit(sampleResult(), sampleRegistry, "en"));
    const csv = childrenNamed(root, "testsuite")[1];
    const failure = only(only(csv, "testcase"), "failure");
    expect(failure.attributes).toEqual({ type: "missing-property", message: "3 findings" });
    expect(textOf(failure).split("\n")).toEqual([
      'inkoop.csv row 4 "Naam"  Property "name" is missing.',
      'inkoop.csv row 5 "Naam"  Property "name" is missing.',
      'inkoop.csv row 6 "Naam"  Property "name" is missing.',
    ]);
  });

  it("lets warnings and notices pass, speaking through system-out", () => {
    const root = parseXml(writeJunit(sampleResult(), sampleRegistry, "nl"));
    const [, warning, notice] = childrenNamed(childrenNamed(root, "testsuite")[0] as XmlElement, "testcase");
    expect(childrenNamed(warning as XmlElement, "failure")).toEqual([]);
    expect(textOf(only(warning, "system-out")).split("\n")).toEqual([
      "waarschuwing: 1 bevinding",
      'data.json:20:9  /procurements/5/buyer  Code GM0457 is verouderd; gebruik GM0363. (gevonden: "GM0457")',
    ]);
    expect(textOf(only(notice, "system-out"))).toContain("melding: 1 bevinding");
  });

  it("gives a file without findings one passing test case", () => {
    const root = parseXml(writeJunit(sampleResult(), sampleRegistry, "nl"));
    const empty = childrenNamed(root, "testsuite")[2];
    expect(only(empty, "testcase")).toEqual({
      name: "testcase",
      attributes: { classname: "leeg.xlsx", name: "geldig" },
      children: [],
    });
  });

  it("says how many findings were left out", () => {
    const root = parseXml(writeJunit(sampleResult({ maxErrors: 2 }), sampleRegistry, "en"));
    const failure = only(only(childrenNamed(root, "testsuite")[1], "testcase"), "failure");
    expect(textOf(failure).split("\n")).toEqual([
      'inkoop.csv row 4 "Naam"  Property "name" is missing.',
      "… and 2 more",
    ]);
  });

  it("escapes <, &, quotes and drops control characters, in attributes and text", () => {
    const xml = writeJunit(hostileResult(), sampleRegistry, "en");
    const root = parseXml(xml);
    const [suite] = childrenNamed(root, "testsuite");
    const clean = "<b>&amp;\"x\"'y'\ufffd</b>";
    expect(suite?.attributes.name).toBe(`dir/${clean}.xlsx`);
    const out = textOf(only(only(suite, "testcase"), "system-out"));
    expect(out).toContain(`dir/${clean}.xlsx sheet "<b>&amp;\\"x\\"'y'\ufffd</b>" row 2`);
    expect(out).toContain(`Code ${clean} is deprecated`);
    expect(out).not.toContain(HOSTILE);
    expect(unsafeCharacters(xml, "\n")).toEqual([]);
  });

  it("names a code the registry does not know by itself", () => {
    const root = parseXml(writeJunit(hostileResult(), sampleRegistry, "en"));
    const suite = childrenNamed(root, "testsuite")[1];
    expect(only(suite, "testcase").attributes.name).toBe("not-registered");
  });

  it("writes an empty run as an empty test suite list", () => {
    const root = parseXml(writeJunit(createReport().result(), sampleRegistry, "en"));
    expect(root).toEqual({
      name: "testsuites",
      attributes: { name: "mra-circulair", tests: "0", failures: "0", errors: "0" },
      children: ["\n"],
    });
  });
});

describe("parseXml, the test's own checker", () => {
  it.each([
    ["<a>", "an unclosed <a>"],
    ["<a></b>", "a close tag that does not match"],
    ['<a x="1" x="2"/>', "a second attribute"],
    ['<a x="<"/>', "a < in an attribute value"],
    ["<a>&nope;</a>", "an unknown reference"],
    ["<a>\u0001</a>", "a character XML does not allow"],
    ["<a/><b/>", "content after the root element"],
    ['<a x="1"y="2"/>', "expected a space before an attribute"],
  ])("rejects %j", (xml, why) => {
    expect(() => parseXml(xml)).toThrow(why);
  });

  it("resolves references", () => {
    expect(textOf(parseXml("<a>&lt;&amp;&#65;&#x42;&quot;&apos;&gt;</a>"))).toBe("<&AB\"'>");
  });
});

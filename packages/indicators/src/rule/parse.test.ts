import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultCircularityRule } from "./default.ts";
import { parseCircularityRule } from "./parse.ts";

const defaultText = readFileSync(new URL("../../data/circularity-rule.default.json", import.meta.url), "utf8");

describe("parseCircularityRule", () => {
  it("accepts the bundled default rule, as text and as a value", () => {
    const parsed = parseCircularityRule(defaultText);
    expect(parsed.ok && parsed.rule).toEqual(defaultCircularityRule);
    expect(defaultCircularityRule).toMatchObject({ id: "mra-circulair-default", version: "1.0.0" });
    expect(defaultCircularityRule.conditions).toEqual([
      { kind: "applied-criterion", mvoiTheme: "circulair", uses: ["eis"] },
      { kind: "applied-criterion", mvoiTheme: "circulair", uses: ["gunningscriterium"], minWeight: "10" },
    ]);
  });

  it("locates every problem with a pointer, a line and column, and Dutch and English messages", () => {
    const text = [
      "{",
      '  "id": "my rule",',
      '  "version": "1.0",',
      '  "name": { "nl": "Regel" },',
      '  "description": { "nl": "d", "en": "d" },',
      '  "colour": "green",',
      '  "conditions": [',
      '    { "kind": "applied-criterion", "mvoiTheme": "circular", "uses": ["eis", "eis"] },',
      '    { "kind": "applied-criterion", "mvoiTheme": "circulair", "uses": ["eis"], "minWeight": "10" },',
      '    { "kind": "eforms-environmental-impact", "codes": [] }',
      "  ]",
      "}",
    ].join("\n");
    const parsed = parseCircularityRule(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => [e.pointer, e.location?.line, e.location?.column, e.code])).toEqual([
      ["/colour", 6, 13, "rule-unknown-field"],
      ["/id", 2, 9, "rule-bad-value"],
      ["/version", 3, 14, "rule-bad-value"],
      ["/name", 4, 11, "rule-missing-field"],
      ["/conditions/0/mvoiTheme", 8, 49, "rule-unknown-code"],
      ["/conditions/0/uses/1", 8, 77, "rule-duplicate-code"],
      ["/conditions/1/minWeight", 9, 92, "rule-weight-without-award"],
      ["/conditions/2/codes", 10, 55, "rule-bad-value"],
    ]);
    const [colour] = parsed.errors;
    expect(colour?.message.nl).toContain('Onbekend veld "colour"');
    expect(colour?.message.en).toContain('Unknown field "colour"');
    for (const error of parsed.errors) {
      expect(error.message.nl).not.toMatch(/\n\s+at /);
      expect(error.message.nl).not.toBe(error.message.en);
    }
  });

  it("names the place of a JSON syntax error", () => {
    const parsed = parseCircularityRule('{\n  "id": "x",\n  "version": 1.0.0\n}');
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      {
        pointer: "",
        location: { line: 3, column: 17 },
        code: "rule-json-syntax",
        message: {
          nl: "Geen geldige JSON: de fout zit op regel 3, kolom 17.",
          en: "Not valid JSON: the error is at line 3, column 17.",
        },
      },
    ]);
  });

  it("counts columns in characters, as the CLI does: an emoji is one, a byte-order mark none", () => {
    // "😀" is two UTF-16 units but one character: the error is at column 28, not 29
    const syntax = parseCircularityRule('{\n  "id": "😀", "version": 1.0.0\n}');
    expect(syntax.ok ? [] : syntax.errors.map((e) => [e.code, e.location])).toEqual([
      ["rule-json-syntax", { line: 2, column: 28 }],
    ]);
    expect(syntax.ok ? "" : syntax.errors[0]?.message.en).toBe("Not valid JSON: the error is at line 2, column 28.");

    const rule = [
      "\ufeff{",
      '  "id": "r", "version": "1.0.0",',
      '  "name": { "nl": "😀 regel", "en": "😀 rule" }, "description": { "nl": "d", "en": "d" },',
      '  "conditions": [{ "kind": "applied-criterion", "mvoiTheme": "circulair", "uses": "eis" }]',
      "}",
    ].join("\n");
    const parsed = parseCircularityRule(rule);
    expect(parsed.ok ? [] : parsed.errors.map((e) => [e.pointer, e.location])).toEqual([
      ["/conditions/0/uses", { line: 4, column: 83 }],
    ]);
    const located = parseCircularityRule(rule.replace('"d" }', '"d", "x": 1 }'));
    expect(located.ok ? [] : located.errors.map((e) => [e.pointer, e.location])).toEqual([
      ["/description/x", { line: 3, column: 92 }], // two emoji before it: 94 in UTF-16 units
      ["/conditions/0/uses", { line: 4, column: 83 }],
    ]);
    // the first line: the byte-order mark is not counted
    expect(parseCircularityRule(`\ufeff[]`)).toMatchObject({
      ok: false,
      errors: [{ location: { line: 1, column: 1 } }],
    });
  });

  it("checks an already parsed value, without locations", () => {
    const parsed = parseCircularityRule([1, 2]);
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      {
        pointer: "",
        code: "rule-not-object",
        message: { nl: "Een telregel moet een object zijn.", en: "A counting rule must be an object." },
      },
    ]);
  });

  it("accepts an eForms condition, an ambition level and a byte-order mark", () => {
    const rule = {
      id: "eforms",
      version: "0.1.0",
      name: { nl: "n", en: "n" },
      description: { nl: "d", en: "d" },
      conditions: [
        { kind: "eforms-environmental-impact", codes: ["circ-econ"] },
        {
          kind: "applied-criterion",
          mvoiTheme: "circulair",
          uses: ["contractbepaling"],
          minAmbitionLevel: "significant",
        },
      ],
    };
    const parsed = parseCircularityRule(`\ufeff${JSON.stringify(rule)}`);
    expect(parsed.ok && parsed.rule).toEqual(rule);
  });
});

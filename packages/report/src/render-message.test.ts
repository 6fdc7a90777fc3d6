import { describe, expect, it } from "vitest";
import { defineCode } from "./define-code.ts";
import type { Finding } from "./finding.ts";
import { createRegistry } from "./registry.ts";
import { renderMessage } from "./render-message.ts";
import { deprecatedCode, emptyList, sampleRegistry } from "./testing/sample-codes.ts";

const site = { pointer: "/municipality", location: { file: "a.json", line: 1 } };

describe("renderMessage", () => {
  it("fills the template of the finding's code in either language", () => {
    const finding = deprecatedCode.finding(site, { value: "GM0457", successor: "GM0363" });
    expect(renderMessage(finding, sampleRegistry, "en")).toBe("Code GM0457 is deprecated; use GM0363.");
    expect(renderMessage(finding, sampleRegistry, "nl")).toBe("Code GM0457 is verouderd; gebruik GM0363.");
    expect(renderMessage(emptyList.finding(site), sampleRegistry, "nl")).toBe("De lijst is leeg.");
  });

  it("leaves braces that are not placeholders, such as JSON, as they are", () => {
    const registry = createRegistry([
      defineCode({
        ...emptyList,
        code: "json-braces",
        message: { nl: 'Geen {"meta": …} in {file}', en: 'No {"meta": …} in {file} {a{b}' },
        exampleArgs: { file: "x", b: 1 },
      }),
    ]);
    const finding: Finding = { ...emptyList.finding(site), code: "json-braces", args: { file: "a.json", b: 2 } };
    expect(renderMessage(finding, registry, "en")).toBe('No {"meta": …} in a.json {a2');
  });

  it("shows a missing arg as a visible marker instead of throwing", () => {
    const finding: Finding = {
      ...deprecatedCode.finding(site, { value: "GM0457", successor: "x" }),
      args: { value: 1 },
    };
    expect(renderMessage(finding, sampleRegistry, "en")).toBe("Code 1 is deprecated; use {successor?}.");
  });

  it("does not take an inherited property for an arg", () => {
    const finding: Finding = { ...emptyList.finding(site), code: "deprecated-code", args: {} };
    expect(renderMessage(finding, sampleRegistry, "en")).toBe("Code {value?} is deprecated; use {successor?}.");
    const tricky = { ...finding, args: JSON.parse('{"value": "x", "successor": "y", "toString": "z"}') };
    expect(renderMessage(tricky, sampleRegistry, "en")).toBe("Code x is deprecated; use y.");
  });

  it("names a code the registry does not know, cleaned, in the chosen language", () => {
    const finding: Finding = { ...emptyList.finding(site), code: "no-such\u001b[31m-code" };
    expect(renderMessage(finding, sampleRegistry, "en")).toBe("no-such-code (no text for this code)");
    expect(renderMessage(finding, sampleRegistry, "nl")).toBe("no-such-code (geen tekst voor deze code)");
  });

  it("cleans and cuts args, which usually come from the file", () => {
    const finding = deprecatedCode.finding(site, {
      value: "\u001b]8;;http://x\u0007GM\u202e0457\n",
      successor: "y".repeat(500),
    });
    const message = renderMessage(finding, sampleRegistry, "en");
    expect(message).toBe(`Code GM0457 is deprecated; use ${"y".repeat(199)}….`);
  });
});

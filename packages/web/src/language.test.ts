import { describe, expect, it } from "vitest";
import { initialLanguage } from "./language.ts";

describe("initialLanguage", () => {
  it("follows ?lang= in the address over the browser", () => {
    expect(initialLanguage("?lang=en", ["nl-NL"])).toBe("en");
    expect(initialLanguage("?x=1&lang=nl", ["en-US"])).toBe("nl");
  });

  it("otherwise takes the first of the browser's languages that the page speaks", () => {
    expect(initialLanguage("", ["de-DE", "en-GB", "nl"])).toBe("en");
    expect(initialLanguage("?lang=fr", ["nl-BE"])).toBe("nl");
  });

  it("opens in Dutch when the browser prefers neither", () => {
    expect(initialLanguage("", ["fr-FR"])).toBe("nl");
    expect(initialLanguage("", [])).toBe("nl");
  });
});

import { describe, expect, it } from "vitest";
import { CliError } from "./errors.ts";
import { defaultLang, requestedLang } from "./lang.ts";

describe("language", () => {
  it("defaults to Dutch only when LANG starts with nl", () => {
    expect(defaultLang({ LANG: "nl_NL.UTF-8" })).toBe("nl");
    expect(defaultLang({ LANG: "nl_BE" })).toBe("nl");
    expect(defaultLang({ LANG: "en_GB.UTF-8" })).toBe("en");
    expect(defaultLang({ LANG: "C" })).toBe("en");
    expect(defaultLang({})).toBe("en");
  });

  it("reads --lang in both spellings, and not after --", () => {
    expect(requestedLang(["signatories", "--lang", "nl"])).toBe("nl");
    expect(requestedLang(["--lang=en", "validate"])).toBe("en");
    expect(requestedLang(["validate", "--", "--lang", "nl"])).toBeUndefined();
    expect(requestedLang(["validate"])).toBeUndefined();
  });

  it("refuses another language with E_USAGE", () => {
    expect(() => requestedLang(["--lang", "fr"])).toThrow(CliError);
    try {
      requestedLang(["--lang", "fr"]);
    } catch (error) {
      expect((error as CliError).code).toBe("E_USAGE");
      expect((error as CliError).exitCode).toBe(2);
    }
  });
});

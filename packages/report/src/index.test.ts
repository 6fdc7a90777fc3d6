import { describe, expect, it } from "vitest";
import * as report from "./index.ts";

describe("the public API", () => {
  it("exports exactly these values", () => {
    expect(Object.keys(report).sort()).toEqual([
      "ECHO_MAX",
      "REPORT_VERSION",
      "appendPointer",
      "checkCodeDefinitions",
      "createRegistry",
      "createReport",
      "defineCode",
      "escapeHtml",
      "escapeToken",
      "excerpt",
      "formatPointer",
      "parsePointer",
      "renderMessage",
      "sanitize",
      "valueAt",
      "writeJson",
      "writeJunit",
      "writeSarif",
      "writeText",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import * as report from "./index.ts";

describe("the public API", () => {
  it("exports exactly these values", () => {
    expect(Object.keys(report).sort()).toEqual([
      "ECHO_MAX",
      "REPORT_VERSION",
      "checkCodeDefinitions",
      "createRegistry",
      "createReport",
      "defineCode",
      "excerpt",
      "renderMessage",
      "sanitize",
      "writeJson",
      "writeJunit",
      "writeSarif",
      "writeText",
    ]);
  });
});

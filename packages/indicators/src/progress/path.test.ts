import type { Declaration, Target } from "@mra-circulair/types";
import { describe, expect, it } from "vitest";
import { formatValue } from "../decimal/round.ts";
import { pointOf, targetPaths } from "./path.ts";
import { statusOf } from "./status.ts";

const target = (id: string, year: number, value: string, extra: Partial<Target> = {}): Target => ({
  id,
  year,
  value,
  unit: "percent",
  indicator: "share",
  kind: "milestone",
  status: "adopted",
  ...extra,
});
const declaration = (targets: Target[]): Declaration => ({
  id: "d",
  title: { nl: "d" },
  signedOn: "2018-06-20",
  targets,
});

describe("target paths", () => {
  const [path] = targetPaths([
    declaration([
      target("t2025", 2025, "50"),
      target("t2022", 2022, "10"),
      target("t2030", 2030, "100", { status: "tentative" }),
      target("gone", 2024, "90", { status: "withdrawn" }),
    ]),
  ]);

  it("run linearly from zero in the signing year through each target", () => {
    if (!path) throw new Error("no path");
    const values = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2030, 2031].map((year) => {
      const point = pointOf(path, year);
      return point && [year, formatValue(point.value), point.due, point.targets.map((t) => t.id)];
    });
    expect(values).toEqual([
      undefined,
      [2019, "2.5", false, ["t2022"]],
      [2020, "5", false, ["t2022"]],
      [2021, "7.5", false, ["t2022"]],
      [2022, "10", true, ["t2022"]],
      [2023, "23.333333", false, ["t2022", "t2025"]],
      [2024, "36.666667", false, ["t2022", "t2025"]],
      [2025, "50", true, ["t2025"]],
      [2026, "60", false, ["t2025", "t2030"]],
      [2030, "100", true, ["t2030"]],
      // after the last target it still stands, and is due
      [2031, "100", true, ["t2030"]],
    ]);
  });

  it("give statuses from the exact value", () => {
    if (!path) throw new Error("no path");
    const p2023 = pointOf(path, 2023);
    const p2025 = pointOf(path, 2025);
    if (!p2023 || !p2025) throw new Error("no point");
    expect(statusOf(undefined, p2023, "higher-is-better")).toBe("no-data");
    expect(statusOf(p2023.value, p2023, "higher-is-better")).toBe("on-track");
    expect(statusOf(p2023.value.minus("0.0000001"), p2023, "higher-is-better")).toBe("behind");
    expect(statusOf(p2025.value, p2025, "higher-is-better")).toBe("achieved");
    expect(statusOf(p2025.value.minus("0.0000001"), p2025, "higher-is-better")).toBe("missed");
    expect(statusOf(p2025.value.plus(1), p2025, "lower-is-better")).toBe("missed");
  });
});

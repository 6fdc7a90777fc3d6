import type { IndicatorDefinition } from "@mra-circulair/types";
import type { Exact } from "../decimal/round.ts";
import type { ProgressStatus } from "../results.ts";
import type { PathPoint } from "./path.ts";

/**
 * The status of a value against the path: in a target year (or after the last) achieved or missed, between target
 * years on track or behind. The exact value is compared, not the rounded one.
 */
export function statusOf(
  value: Exact | undefined,
  point: PathPoint,
  direction: IndicatorDefinition["direction"],
): ProgressStatus {
  if (value === undefined) return "no-data";
  const reached =
    direction === "lower-is-better" ? value.lessThanOrEqualTo(point.value) : value.greaterThanOrEqualTo(point.value);
  if (point.due) return reached ? "achieved" : "missed";
  return reached ? "on-track" : "behind";
}

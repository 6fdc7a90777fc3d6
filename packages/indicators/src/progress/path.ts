import type { Declaration, Target } from "@mra-circulair/types";
import { Exact } from "../decimal/round.ts";

/** The targets of one indicator on a line through time, starting at zero in the year the declaration was signed. */
export interface TargetPath {
  readonly indicator: string;
  /** The year the declaration was signed: the path starts there at 0, as no baseline was measured. */
  readonly startYear: number;
  /** The targets in year order, one per year, withdrawn ones left out. */
  readonly targets: readonly Target[];
}

/** What the path says for one year. */
export interface PathPoint {
  /** The target value for the year, exact. */
  readonly value: Exact;
  /** Whether the year is a target year, or lies after the last one (the last target then still stands). */
  readonly due: boolean;
  /** Whether the year is itself a target year. */
  readonly targetYear: boolean;
  /** The targets the value comes from. */
  readonly targets: readonly Target[];
  /** The target that governs the year: the year's own, the next one, or after the last target the last one. */
  readonly governing: Target;
}

/**
 * The target paths of a declaration's targets, one per indicator. When two targets share an indicator and a year
 * the first one in the declaration counts.
 */
export function targetPaths(declarations: readonly Declaration[]): TargetPath[] {
  const paths = new Map<string, { startYear: number; targets: Map<number, Target> }>();
  for (const declaration of declarations) {
    for (const target of declaration.targets) {
      if (target.indicator === undefined || target.status === "withdrawn") continue;
      let path = paths.get(target.indicator);
      if (!path) {
        path = { startYear: Number(declaration.signedOn.slice(0, 4)), targets: new Map() };
        paths.set(target.indicator, path);
      }
      if (!path.targets.has(target.year)) path.targets.set(target.year, target);
    }
  }
  return [...paths].map(([indicator, { startYear, targets }]) => ({
    indicator,
    startYear,
    targets: [...targets.values()].filter((t) => t.year > startYear).sort((a, b) => a.year - b.year),
  }));
}

/** The path's point for `year`; undefined up to the start year and for a path without targets. */
export function pointOf(path: TargetPath, year: number): PathPoint | undefined {
  const last = path.targets.at(-1);
  if (!last || year <= path.startYear) return undefined;
  if (year > last.year)
    return { value: new Exact(last.value), due: true, targetYear: false, targets: [last], governing: last };
  const nextIndex = path.targets.findIndex((t) => t.year >= year);
  const next = path.targets[nextIndex] as Target;
  if (next.year === year)
    return { value: new Exact(next.value), due: true, targetYear: true, targets: [next], governing: next };
  const previous = path.targets[nextIndex - 1];
  const fromYear = previous?.year ?? path.startYear;
  const fromValue = new Exact(previous?.value ?? 0);
  // linear between the previous target (or zero at the start) and the next one
  const value = fromValue.plus(
    new Exact(next.value)
      .minus(fromValue)
      .times(year - fromYear)
      .dividedBy(next.year - fromYear),
  );
  return { value, due: false, targetYear: false, targets: previous ? [previous, next] : [next], governing: next };
}

import { findHazards, type Hazard } from "./hazards.ts";
import { CLEAN, type QuickVerdict, quickCheck, TOO_DEEP } from "./quick-check.ts";
import { findSyntaxProblem, type SyntaxProblem } from "./scanner.ts";

/** A record's text parsed and checked. */
export interface ParsedText {
  /** The value, unless the text is not JSON or is nested too deep (JSON.parse never gives undefined). */
  readonly value: unknown;
  /** What the exact scan found; a "nesting-too-deep" hazard comes alone, and then there is no value. */
  readonly hazards: readonly Hazard[];
  /** Why the text is not JSON. */
  readonly problem?: SyntaxProblem;
}

export const NO_HAZARDS: readonly Hazard[] = Object.freeze([]);

/** Where the text stops being JSON, once JSON.parse has thrown; the engine's message may lack a position (Node 20). */
export function syntaxProblemOf(text: string): SyntaxProblem {
  // JSON.parse and the scan follow one grammar; the fallback only guards against a disagreement
  return findSyntaxProblem(text) ?? { reason: "unexpected-character", offset: 0 };
}

/**
 * The hazards of a text whose quick check was not CLEAN, from the exact scan. When the record is nested too
 * deep, the "nesting-too-deep" hazard comes alone, first.
 */
export function confirmHazards(text: string, verdict: QuickVerdict, depthLimit: number): readonly Hazard[] {
  const { hazards } = findHazards(text, 0, text.length, depthLimit);
  if (hazards[0]?.kind === "nesting-too-deep") return hazards;
  // the walk and the scan count depth alike; should they ever disagree, the record is still not passed on
  if (verdict === TOO_DEEP) return [{ kind: "nesting-too-deep", offset: 0, path: [] }];
  return hazards;
}

/**
 * Parses the JSON text of one record and checks it for hazards, never throwing: JSON.parse and the cheap
 * check on every record; the exact scan only on a syntax error or a suspicion, to confirm and locate.
 * `depthLimit` counts containers from the root of `text`.
 */
export function parseText(text: string, depthLimit: number): ParsedText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { value: undefined, hazards: NO_HAZARDS, problem: syntaxProblemOf(text) };
  }
  const verdict = quickCheck(text, value, depthLimit);
  if (verdict === CLEAN) return { value, hazards: NO_HAZARDS };
  const hazards = confirmHazards(text, verdict, depthLimit);
  return { value: hazards[0]?.kind === "nesting-too-deep" ? undefined : value, hazards };
}

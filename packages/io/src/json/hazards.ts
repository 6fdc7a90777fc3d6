import { inexactNumber } from "./numbers.ts";
import { type PathToken, type ScanVisitor, type SyntaxProblem, scanJson } from "./scanner.ts";

/** Something JSON.parse accepts silently but that changes or hides data, found by the exact scan. */
export type Hazard =
  | {
      readonly kind: "duplicate-key";
      readonly offset: number;
      readonly path: readonly PathToken[];
      readonly key: string;
    }
  | {
      readonly kind: "number-not-exact";
      readonly offset: number;
      readonly path: readonly PathToken[];
      readonly literal: string;
      readonly parsed: string;
    }
  | {
      readonly kind: "lone-surrogate";
      readonly offset: number;
      readonly path: readonly PathToken[];
      readonly escape: string;
    }
  | { readonly kind: "byte-order-mark"; readonly offset: number; readonly path: readonly PathToken[] }
  | { readonly kind: "nesting-too-deep"; readonly offset: number; readonly path: readonly PathToken[] };

/** What the exact scan of a record's text found. */
export interface HazardScan {
  readonly hazards: readonly Hazard[];
  /** Set when the text is not JSON after all (JSON.parse and the scan disagree, which they should not). */
  readonly problem?: SyntaxProblem;
}

/** The most hazards one record reports, so that a hostile line cannot flood memory with findings. */
export const MAX_HAZARDS = 1000;

const readHex = (text: string, at: number) => Number.parseInt(text.slice(at, at + 4), 16);
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * The offset of the first surrogate in the string token `text[start, end)` that is not half of a pair, raw or
 * written as a \u escape, or -1.
 */
export function loneSurrogateAt(text: string, start: number, end: number): number {
  let pending = -1;
  let i = start + 1;
  while (i < end - 1) {
    let unit: number;
    const at = i;
    if (text.charCodeAt(i) === 0x5c) {
      if (text.charCodeAt(i + 1) === 0x75) {
        unit = readHex(text, i + 2);
        i += 6;
      } else {
        unit = 0;
        i += 2;
      }
    } else {
      unit = text.charCodeAt(i);
      i++;
    }
    if (pending !== -1) {
      if (isLow(unit)) {
        pending = -1;
        continue;
      }
      return pending;
    }
    if (isHigh(unit)) pending = at;
    else if (isLow(unit)) return at;
  }
  return pending;
}

/**
 * Scans the JSON text of one record exactly and lists its hazards: duplicate keys, numbers that are not read
 * exactly, lone surrogates, byte order marks inside strings, and the first container deeper than
 * `depthLimit` (after which the scan stops, as the record is dropped anyway). Offsets are in `text`.
 */
export function findHazards(text: string, from: number, to: number, depthLimit: number): HazardScan {
  const hazards: Hazard[] = [];
  const add = (hazard: Hazard) => {
    if (hazards.length < MAX_HAZARDS) hazards.push(hazard);
  };
  let tooDeep: Hazard | undefined;
  const visitor: ScanVisitor = {
    value(offset, _keyOffset, path) {
      const unit = text.charCodeAt(offset);
      if ((unit === 0x7b || unit === 0x5b) && path.length + 1 > depthLimit) {
        tooDeep = { kind: "nesting-too-deep", offset, path: [...path] };
        return true;
      }
      return false;
    },
    duplicate(key, offset, path) {
      add({ kind: "duplicate-key", offset, path: [...path], key });
    },
    number(start, end, path) {
      const literal = text.slice(start, end);
      const parsed = inexactNumber(literal);
      if (parsed !== undefined) add({ kind: "number-not-exact", offset: start, path: [...path], literal, parsed });
    },
    string(start, end, path) {
      const bom = text.indexOf("\ufeff", start);
      if (bom !== -1 && bom < end) add({ kind: "byte-order-mark", offset: bom, path: [...path] });
      const escapeAt = text.indexOf("\\u", start);
      if (escapeAt === -1 || escapeAt >= end) return;
      const lone = loneSurrogateAt(text, start, end);
      if (lone !== -1) {
        const written =
          text.charCodeAt(lone) === 0x5c ? text.slice(lone, lone + 6) : `\\u${text.charCodeAt(lone).toString(16)}`;
        add({ kind: "lone-surrogate", offset: lone, path: [...path], escape: written });
      }
    },
  };
  const { problem } = scanJson(text, from, to, visitor);
  if (tooDeep) return { hazards: [tooDeep] };
  return problem === undefined ? { hazards } : { hazards, problem };
}

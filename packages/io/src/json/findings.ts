import { ECHO_MAX, type Finding, type SourceLocation } from "@mra-circulair/report";
import { duplicateKey, jsonSyntax, loneSurrogate, nestingTooDeep, notUtf8, numberNotExact } from "../json-codes.ts";
import type { Hazard } from "./hazards.ts";
import type { PathToken, SyntaxProblem } from "./scanner.ts";

/** How offsets and paths in one record's text become finding locations and pointers. */
export interface TextPlace {
  /** The location of `offset` in the text. */
  locationAt(offset: number): SourceLocation;
  /** The finding pointer of a path from the text's root. */
  pointerOf(path: readonly PathToken[]): string;
  /** The entity of the record, when known. */
  readonly entity: string | undefined;
}

/** Data echoed in an arg, cut short so that a huge key or number is not kept in the report. */
export const echo = (text: string) => (text.length > ECHO_MAX ? `${text.slice(0, ECHO_MAX)}…` : text);

/** A string from the data as the args show it: quoted as JSON. */
export const quoted = (text: string) => JSON.stringify(echo(text));

const withEntity = (entity: string | undefined) => (entity === undefined ? {} : { entity });

/** The finding of a hazard the exact scan found. */
export function hazardFinding(hazard: Hazard, place: TextPlace, maxDepth: number): Finding {
  const site = {
    pointer: place.pointerOf(hazard.path),
    location: place.locationAt(hazard.offset),
    ...withEntity(place.entity),
  };
  switch (hazard.kind) {
    case "duplicate-key":
      return duplicateKey.finding(site, { key: quoted(hazard.key) });
    case "number-not-exact":
      return numberNotExact.finding(site, { literal: echo(hazard.literal), parsed: hazard.parsed });
    case "lone-surrogate":
      return loneSurrogate.finding(site, { escape: hazard.escape });
    case "byte-order-mark":
      return notUtf8.finding(site, { reason: "byte-order-mark", bytes: "EF BB BF" });
    case "nesting-too-deep":
      return nestingTooDeep.finding(site, { limit: maxDepth });
  }
}

/** The character at `offset` as the json-syntax finding names it: quoted, as U+XXXX when invisible, or EOF. */
function describeCharacter(text: string, offset: number, end: number): string {
  if (offset >= end) return "EOF";
  const point = text.codePointAt(offset) ?? 0;
  const invisible = point < 0x20 || (point >= 0x7f && point <= 0xa0) || (point >= 0xd800 && point <= 0xdfff);
  return invisible
    ? `U+${point.toString(16).toUpperCase().padStart(4, "0")}`
    : JSON.stringify(String.fromCodePoint(point));
}

/**
 * The finding of a syntax problem at `problem.offset` in `text` (which ends at `end`). A byte order mark where
 * a token should be is reported as not-utf8, as it comes from joined files, not from a typo.
 */
export function syntaxFinding(text: string, problem: SyntaxProblem, place: TextPlace, end = text.length): Finding {
  const site = {
    pointer: place.pointerOf(problem.path ?? []),
    location: place.locationAt(problem.offset),
    ...withEntity(place.entity),
    excerpt: text.slice(Math.max(0, problem.offset - 20), Math.min(end, problem.offset + 20)),
  };
  if (problem.offset < end && text.charCodeAt(problem.offset) === 0xfeff) {
    return notUtf8.finding(site, { reason: "byte-order-mark", bytes: "EF BB BF" });
  }
  return jsonSyntax.finding(site, { found: describeCharacter(text, problem.offset, end), reason: problem.reason });
}

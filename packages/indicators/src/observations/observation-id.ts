import type { SubjectRef } from "../results.ts";

const MAX_LENGTH = 128;

// FNV-1a, 32 bits: a short, stable stand-in for an identifier that would be too long
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * The identifier of the observation of an indicator for a subject and year: `obs:2022:organisation:GM0363:...`.
 * Beyond 128 characters the end is replaced by a hash of the whole, so identifiers stay valid and unique.
 */
export function observationId(indicator: string, subject: SubjectRef, year: number): string {
  const id = `obs:${year}:${subject.type}:${subject.id}:${indicator}`;
  return id.length <= MAX_LENGTH ? id : `${id.slice(0, MAX_LENGTH - 9)}-${fnv1a(id)}`;
}

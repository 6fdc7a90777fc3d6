import type { PathToken } from "./scanner.ts";

/** A JSON Pointer (RFC 6901) from path tokens. */
export function toPointer(path: readonly PathToken[], from = 0): string {
  let pointer = "";
  for (let i = from; i < path.length; i++) pointer += `/${String(path[i]).replaceAll("~", "~0").replaceAll("/", "~1")}`;
  return pointer;
}

/** The reference tokens of a JSON Pointer, or undefined when it is not one ("a", "/~2"). */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return undefined;
  const tokens = pointer.slice(1).split("/");
  for (const token of tokens) if (/~[^01]|~$/.test(token)) return undefined;
  return tokens.map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

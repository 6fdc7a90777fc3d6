// writes JSON the way biome formats it (lineWidth 120), so generated files pass `biome ci` unchanged

const LINE_WIDTH = 120;

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

function isPrimitive(value: Json): value is null | boolean | number | string {
  return value === null || typeof value !== "object";
}

function inline(value: Json): string | undefined {
  if (isPrimitive(value)) return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (!value.every(isPrimitive)) return undefined;
    return `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  if (!entries.every(([, item]) => isPrimitive(item))) return undefined;
  return `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${JSON.stringify(item)}`).join(", ")} }`;
}

function format(value: Json, indent: string, prefix: string, suffix: string): string {
  // biome never breaks a string, however long
  if (isPrimitive(value)) return `${indent}${prefix}${JSON.stringify(value)}${suffix}`;
  const flat = inline(value);
  // biome keeps an object expanded once it is; arrays of primitives it joins whenever they fit
  if (flat !== undefined && indent.length + prefix.length + flat.length + suffix.length <= LINE_WIDTH) {
    return `${indent}${prefix}${flat}${suffix}`;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((item, i) => format(item, inner, "", i < value.length - 1 ? "," : ""));
    return `${indent}${prefix}[\n${items.join("\n")}\n${indent}]${suffix}`;
  }
  const entries = Object.entries(value as { readonly [key: string]: Json });
  const lines = entries.map(([key, item], i) =>
    format(item, inner, `${JSON.stringify(key)}: `, i < entries.length - 1 ? "," : ""),
  );
  return `${indent}${prefix}{\n${lines.join("\n")}\n${indent}}${suffix}`;
}

/** Serialises a JSON value with two-space indentation, short leaf objects and arrays on one line, and a final newline. */
export function formatJson(value: unknown): string {
  // a round trip drops undefined members and checks that the value is plain JSON
  const plain = JSON.parse(JSON.stringify(value)) as Json;
  return `${format(plain, "", "", "")}\n`;
}

import fc from "fast-check";

/** One blind edit of a JSON value: no knowledge of the schema, so the result may be valid or not. */
export interface RandomEdit {
  /** Picks the place, modulo the number of places in the value. */
  readonly place: number;
  readonly operation: "replace" | "delete" | "insert" | "repeat" | "append";
  readonly key: string;
  readonly payload: unknown;
  readonly suffix: string;
}

const dangerousKeys = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"];

export const randomEdit: fc.Arbitrary<RandomEdit> = fc.record({
  place: fc.nat(),
  operation: fc.constantFrom("replace", "delete", "insert", "repeat", "append"),
  key: fc.oneof(fc.constantFrom(...dangerousKeys), fc.string({ maxLength: 8 })),
  payload: fc.jsonValue({ maxDepth: 2 }),
  // a lone surrogate is valid JSON text and counts as one code point
  suffix: fc.constantFrom("\ud800", "\udc00", "🌷", " ", "\n", "\u00a0", "0", ",", ".5", "-", "é", "Z"),
});

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

function define(container: Container, key: string | number, value: unknown): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every value in the tree with its container and key; the root has none. */
function places(root: unknown): { container?: Container; key?: string | number; value: unknown }[] {
  const found: { container?: Container; key?: string | number; value: unknown }[] = [{ value: root }];
  for (let index = 0; index < found.length; index++) {
    const { value } = found[index] as { value: unknown };
    if (Array.isArray(value)) {
      for (const [key, item] of value.entries()) found.push({ container: value, key, value: item });
    } else if (isContainer(value)) {
      for (const [key, item] of Object.entries(value)) found.push({ container: value, key, value: item });
    }
  }
  return found;
}

/**
 * Applies blind edits to a copy of the value and returns it as JSON.parse would read it from a file, so that
 * "__proto__" and "constructor" are own keys.
 */
export function applyEdits(value: unknown, edits: readonly RandomEdit[]): unknown {
  let root: unknown = JSON.parse(JSON.stringify(value));
  for (const edit of edits) {
    const all = places(root);
    const place = all[edit.place % all.length] as (typeof all)[number];
    const { container, key } = place;
    switch (edit.operation) {
      case "replace":
        if (container === undefined || key === undefined) root = edit.payload;
        else define(container, key, edit.payload);
        break;
      case "delete":
        if (Array.isArray(container) && typeof key === "number") container.splice(key, 1);
        else if (container !== undefined && key !== undefined) delete (container as Record<string, unknown>)[key];
        break;
      case "insert":
        if (Array.isArray(place.value)) place.value.push(edit.payload);
        else if (isContainer(place.value)) define(place.value, edit.key, edit.payload);
        break;
      case "repeat":
        if (Array.isArray(place.value) && place.value.length > 0) place.value.push(structuredClone(place.value[0]));
        break;
      case "append": {
        const changed =
          typeof place.value === "string"
            ? place.value + edit.suffix
            : typeof place.value === "number"
              ? place.value + 0.5
              : place.value;
        if (container === undefined || key === undefined) root = changed;
        else define(container, key, changed);
        break;
      }
    }
  }
  return JSON.parse(JSON.stringify(root));
}

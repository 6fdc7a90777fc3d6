import type { MessageArgs } from "./code-definition.ts";

type Lower =
  | "a"
  | "b"
  | "c"
  | "d"
  | "e"
  | "f"
  | "g"
  | "h"
  | "i"
  | "j"
  | "k"
  | "l"
  | "m"
  | "n"
  | "o"
  | "p"
  | "q"
  | "r"
  | "s"
  | "t"
  | "u"
  | "v"
  | "w"
  | "x"
  | "y"
  | "z";
type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
type NameStart = Lower | Uppercase<Lower> | "_";

type IsNameRest<S extends string> = S extends ""
  ? true
  : S extends `${infer C}${infer Rest}`
    ? C extends NameStart | Digit
      ? IsNameRest<Rest>
      : false
    : false;

/** Whether a text between braces is a placeholder name, as the PLACEHOLDER pattern says at run time. */
type IsName<S extends string> = S extends `${infer C}${infer Rest}`
  ? C extends NameStart
    ? IsNameRest<Rest>
    : false
  : false;

/**
 * The {name} placeholders of a template literal type, matching what `fill` replaces: other braces, such as
 * JSON in a message, are text. `string` when the template is not a literal.
 */
export type Placeholders<S extends string> = string extends S
  ? string
  : S extends `${string}{${infer Name}}${infer Rest}`
    ? IsName<Name> extends true
      ? Name | Placeholders<Rest>
      : Placeholders<`${Name}}${Rest}`>
    : never;

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The distinct placeholder names of a template, in order of appearance. */
export function placeholderNames(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] ?? ""))];
}

/** Fills {name} placeholders with args as `show` shows them; a missing arg stays visible as {name?}. */
export function fill(template: string, args: MessageArgs, show: (value: string) => string): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) =>
    Object.hasOwn(args, name) ? show(String(args[name])) : `{${name}?}`,
  );
}

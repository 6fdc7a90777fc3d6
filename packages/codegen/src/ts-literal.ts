/** An object key as TypeScript source: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** A regular expression literal with the "u" flag, as ajv compiles patterns. */
export function regexLiteral(pattern: string): string {
  // RegExp#source escapes "/" and line terminators, so the literal means the same as the pattern
  return `/${new RegExp(pattern, "u").source}/u`;
}

/** A JSON value as TypeScript source. */
export function literal(value: string | number | boolean | null): string {
  return JSON.stringify(value);
}

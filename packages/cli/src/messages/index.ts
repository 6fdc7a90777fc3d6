import { sanitize } from "@mra-circulair/report";
import { en } from "./en.ts";
import { nl } from "./nl.ts";

/** The languages the CLI speaks. */
export type Lang = "nl" | "en";

/** A key of the message catalogue. */
export type MessageKey = keyof typeof en;

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The values a message needs: none, or one object with every placeholder of its English text. */
export type MessageArgs<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never]
  ? []
  : [Record<Placeholders<(typeof en)[K]>, string | number>];

/** Keys whose message has no placeholders. */
export type PlainKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];

/** Renders a catalogue message in one language. */
export type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

/** Keys that come in a `.one` and an `.other` form, with a `{count}` placeholder. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** Both catalogues, by language. */
export const catalogues: Record<Lang, Record<MessageKey, string>> = { nl, en };

/**
 * Fills `{name}` placeholders; an unknown name stays visible rather than vanishing. Values often come from files
 * or the command line, so they are sanitised here (no escape sequences or control characters), once for every message.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? sanitize(String(values[name])) : whole,
  );
}

/** A translate function for `lang`. */
export function translator(lang: Lang): Translate {
  const catalogue = catalogues[lang];
  return (key, ...args) => fill(catalogue[key], args[0] ?? {});
}

/** "1 gemeente", "33 gemeenten": the plural form for `count`. */
export function plural(t: Translate, key: PluralKey, count: number): string {
  const form = `${key}.${count === 1 ? "one" : "other"}` as MessageKey;
  return (t as (key: MessageKey, values: Record<string, number>) => string)(form, { count });
}

import type { Codelist as GeneratedCodelist, CodelistCode as GeneratedCodelistCode } from "@mra-circulair/types";

type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/** A codelist as bundled: the generated Codelist shape, read-only, without "$schema". */
export type Codelist = DeepReadonly<Omit<GeneratedCodelist, "$schema">>;

/** One code of a codelist, read-only. */
export type CodelistCode = DeepReadonly<GeneratedCodelistCode>;

/** A language of the labels. */
export type Language = "nl" | "en";

/** Read access to a set of codelists; see {@link createCodelists}. */
export interface Codelists<Id extends string = string> {
  /** The ids of all codelists, sorted. */
  readonly codelistIds: readonly Id[];
  /** The codelist with this id, or undefined if there is none. */
  getCodelist(id: string): Codelist | undefined;
  /** The code with this value in the codelist, or undefined. */
  getCode(id: string, code: string): CodelistCode | undefined;
  /** The label of a code in Dutch or English, or undefined when the list or the code is unknown. */
  codeLabel(id: string, code: string, lang: Language): string | undefined;
  /** Whether the code is deprecated; undefined when the list or the code is unknown. */
  isDeprecated(id: string, code: string): boolean | undefined;
}

/** Builds lookups over codelists keyed by id. Lookups use Maps, so ids such as "__proto__" or "constructor" find nothing. */
export function createCodelists<Id extends string>(codelists: Readonly<Record<Id, Codelist>>): Codelists<Id> {
  let index: Map<string, { list: Codelist; codes: Map<string, CodelistCode> }> | undefined;
  const lookup = (id: string) => {
    index ??= new Map(
      Object.entries<Codelist>(codelists).map(([key, list]) => [
        key,
        { list, codes: new Map(list.codes.map((entry) => [entry.code, entry])) },
      ]),
    );
    return index.get(id);
  };
  const getCode = (id: string, code: string): CodelistCode | undefined => lookup(id)?.codes.get(code);
  return {
    codelistIds: Object.freeze((Object.keys(codelists) as Id[]).sort()),
    getCodelist: (id) => lookup(id)?.list,
    getCode,
    codeLabel: (id, code, lang) => (lang === "nl" || lang === "en" ? getCode(id, code)?.label[lang] : undefined),
    isDeprecated: (id, code) => getCode(id, code)?.deprecated,
  };
}

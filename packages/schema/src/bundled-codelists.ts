import { type Codelist, type CodelistCode, createCodelists, type Language } from "./codelist.ts";
import { codelists } from "./generated/bundle.ts";

/** The id of a codelist of the standard, such as "organisation-kind". */
export type CodelistId = keyof typeof codelists;

const bundled = createCodelists<CodelistId>(codelists);

/** The ids of all codelists of the standard, sorted. */
export const codelistIds: readonly CodelistId[] = bundled.codelistIds;

/** The codelist with this id; undefined when there is none. */
export function getCodelist(id: CodelistId): Codelist;
export function getCodelist(id: string): Codelist | undefined;
export function getCodelist(id: string): Codelist | undefined {
  return bundled.getCodelist(id);
}

/** The entry of a code in a codelist; undefined when the list or the code is unknown. */
export function getCode(id: string, code: string): CodelistCode | undefined {
  return bundled.getCode(id, code);
}

/** The Dutch or English label of a code; undefined when the list or the code is unknown. */
export function codeLabel(id: string, code: string, lang: Language): string | undefined {
  return bundled.codeLabel(id, code, lang);
}

/** Whether a code is deprecated; undefined when the list or the code is unknown. */
export function isDeprecated(id: string, code: string): boolean | undefined {
  return bundled.isDeprecated(id, code);
}

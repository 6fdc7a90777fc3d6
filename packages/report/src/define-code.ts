import type { CodeDefinition, MessageArgs } from "./code-definition.ts";
import type { Finding, SourceLocation } from "./finding.ts";
import type { Placeholders } from "./placeholders.ts";

/** Where a finding is and what it shows: everything of a finding but what its code fixes. */
export interface FindingSite {
  readonly pointer: string;
  readonly location: SourceLocation;
  readonly entity?: string;
  readonly excerpt?: string;
}

/** A defined code: its definition, and a factory for its findings that asks for exactly its message's args. */
export interface CodeHandle<C extends string = string, P extends string = string> extends CodeDefinition {
  readonly code: C;
  /** A finding of this code with its default severity. */
  finding(site: FindingSite, ...args: [P] extends [never] ? [] : [Readonly<Record<P, string | number>>]): Finding;
}

/** Example args for placeholders `P`: required, and complete, as soon as there is a placeholder. */
type ExampleArgsFor<P extends string> = [P] extends [never]
  ? { readonly exampleArgs?: MessageArgs }
  : { readonly exampleArgs: Readonly<Record<P, string | number>> };

const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Defines a finding code. The code must be kebab-case; the example args must fill every placeholder of
 * both templates (checked by the compiler for literal templates, and by `checkCodeDefinitions` at run time).
 */
export function defineCode<const C extends string, const En extends string, const Nl extends string>(
  definition: CodeDefinition & {
    readonly code: C;
    readonly message: { readonly nl: Nl; readonly en: En };
  } & ExampleArgsFor<Placeholders<En> | Placeholders<Nl>>,
): CodeHandle<C, Placeholders<En> | Placeholders<Nl>> {
  if (!KEBAB_CASE.test(definition.code)) throw new Error(`finding code "${definition.code}" is not kebab-case`);
  const { code, severity } = definition;
  return Object.freeze({
    // the compiler cannot narrow the deferred example-args type of a generic definition; it is a CodeDefinition
    ...(definition as CodeDefinition),
    code,
    // fields copied one by one, so that a site that is a whole record does not keep its value alive in a report
    finding: ({ pointer, location, entity, excerpt }: FindingSite, args: MessageArgs = {}): Finding => ({
      code,
      severity,
      pointer,
      location,
      ...(entity === undefined ? {} : { entity }),
      ...(excerpt === undefined ? {} : { excerpt }),
      args,
    }),
  });
}

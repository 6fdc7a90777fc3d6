import type { Bilingual, Severity } from "./finding.ts";

/** The values of a message's {name} placeholders. */
export type MessageArgs = Readonly<Record<string, string | number>>;

/**
 * A finding code: its default severity, its message templates in Dutch and English ({name} placeholders
 * filled from a finding's args), and its documentation with an example input that triggers it.
 */
export interface CodeDefinition {
  readonly code: string;
  readonly severity: Severity;
  /** Which layer produces it. */
  readonly layer: "read" | "schema" | "rule";
  /** Short title for reports and docs. */
  readonly title: Bilingual;
  /** Message template; placeholders are {arg} names from the finding's args. */
  readonly message: Bilingual;
  /** What the code means and how to fix the data. */
  readonly docs: Bilingual;
  /** An input that triggers the code, as it would appear in a file (JSON text, CSV text or a description). */
  readonly example: string;
  /**
   * The args a finding for `example` carries, so the docs can show its message and `checkCodeDefinitions` can
   * check the templates; needed when the message has placeholders.
   */
  readonly exampleArgs?: MessageArgs;
}

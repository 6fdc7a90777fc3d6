export const banner =
  "// THIS FILE IS GENERATED FROM schemas/ BY @mra-circulair/codegen. DO NOT EDIT. Run `pnpm generate`.\n";

/** One output of the generator, with its path relative to the repository root. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

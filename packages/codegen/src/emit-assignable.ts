import { banner, type GeneratedFile } from "./banner.ts";
import type { Model } from "./model.ts";

/** A type test per named type: the generated type, z.infer and t.TypeOf are mutually assignable. */
export function emitAssignable(model: Model): GeneratedFile {
  const tests = model.definitions.map(({ name }) => {
    const kinds = [`T.${name}`, `z.infer<typeof Z.${name}>`, `t.TypeOf<typeof I.${name}>`];
    const pairs = kinds.flatMap((a, i) => kinds.filter((_, j) => j !== i).map((b) => [a, b] as const));
    const lines = pairs.map(([a, b]) => `  expectTypeOf<${a}>().toExtend<${b}>();`);
    return `test(${JSON.stringify(name)}, () => {\n${lines.join("\n")}\n});`;
  });
  const imports = [
    'import type * as I from "@mra-circulair/io-ts";',
    'import type * as T from "@mra-circulair/types";',
    'import type * as Z from "@mra-circulair/zod";',
    'import type * as t from "io-ts";',
    'import { expectTypeOf, test } from "vitest";',
    'import type { z } from "zod";',
  ];
  return {
    path: "packages/conformance/src/generated/assignable.test-d.ts",
    content: `${banner}\n${imports.join("\n")}\n\n${tests.join("\n\n")}\n`,
  };
}

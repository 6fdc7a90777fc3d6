import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@mra-circulair/source"] },
  ssr: { resolve: { conditions: ["@mra-circulair/source"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "examples/**/*.test.ts"],
    typecheck: {
      enabled: true,
      checker: "tsc",
      include: ["packages/*/src/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    testTimeout: 60_000,
  },
});

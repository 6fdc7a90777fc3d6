import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The validator page: a static build with relative URLs, so that it works under any path of the docs site. */
export default defineConfig({
  root: here("."),
  base: "./",
  resolve: {
    // the workspace packages from their TypeScript source, so that nothing needs building first
    conditions: ["@mra-circulair/source", ...defaultClientConditions],
    alias: [
      // csv-parse's default entry uses Node's global Buffer when it loads; its browser entry carries its own
      { find: /^csv-parse\/sync$/, replacement: "csv-parse/browser/esm/sync" },
      // iconv-lite needs Buffer, and io asks it only for a Windows-1252 decoder
      { find: /^iconv-lite$/, replacement: here("src/windows-1252.ts") },
    ],
  },
  // the dependencies' production code whatever NODE_ENV the build runs under (vitest sets "test"): echarts'
  // development checks reach for Node's `global`, which a worker does not have
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  worker: { format: "es" },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
});

import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.config.base.ts";

// the Node.js threads are an entry of their own, so that the main entry runs in a browser; the worker beside them
export default defineConfig({
  ...baseConfig,
  entry: { index: "src/index.ts", node: "src/workers/node.ts", "ndjson-worker": "src/workers/ndjson-worker.ts" },
  // node.ts finds the worker by import.meta.url, in the CommonJS build too
  shims: true,
});

/**
 * The commands in the docs that a test cannot run, each with the reason. Every other command in a ```sh block
 * calls mra-circulair and is run by code-blocks.test.ts; a command here that no page shows any more fails it.
 */
export const unrunnableCommands: Readonly<Record<string, string>> = {
  "npx --yes pnpm@12.4.2 install && npx --yes pnpm@12.4.2 start":
    "installs and builds the whole workspace from the registry; CI runs it word for word (.ci/run)",
  "npx --yes pnpm@12.4.2 test": "runs every test, this one included; CI runs it word for word (.ci/run)",
  "npm install @mra-circulair/schema": "installs from the npm registry",
  "npm install @mra-circulair/types": "installs from the npm registry",
  "npm install @mra-circulair/zod zod": "installs from the npm registry",
  "npm install @mra-circulair/io-ts io-ts fp-ts": "installs from the npm registry",
  "npm install @mra-circulair/reference": "installs from the npm registry",
  "npm install @mra-circulair/engine": "installs from the npm registry",
  "npm install --global @mra-circulair/cli":
    "installs from the npm registry; the test puts the CLI built from this repository on PATH as mra-circulair instead",
  "pnpm run docs":
    "builds the whole site with typedoc and the validator page; site.test.ts builds the same site without those two and runs typedoc on its own",
  "pnpm exec vitest run packages/docs-site": "runs these tests themselves",
  "pnpm --filter @mra-circulair/web run build":
    "builds the validator page with Vite; pnpm run docs runs the same script and copies the page into the site",
};

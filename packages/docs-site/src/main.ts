import { parseArgs } from "node:util";
import { buildSite } from "./build-site.ts";
import { checkLinks } from "./link-check.ts";
import { siteDir } from "./paths.ts";

// `pnpm run docs` builds everything; --no-api and --no-validator leave out the slow parts while writing
const { values } = parseArgs({
  options: {
    out: { type: "string", default: siteDir },
    "no-api": { type: "boolean", default: false },
    "no-validator": { type: "boolean", default: false },
  },
});
const started = performance.now();
const result = await buildSite({ out: values.out, api: !values["no-api"], validator: !values["no-validator"] });
const skipped = [...(values["no-api"] ? ["api/"] : []), ...(values["no-validator"] ? ["validator/"] : [])];
const links = checkLinks(values.out, skipped);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`docs: ${result.pages} pages and ${result.files} files written to ${values.out} in ${seconds} s`);
for (const [name, part] of Object.entries(result.parts)) {
  console.log(`docs: ${name} ${part.missing === undefined ? `at ${part.path}` : `MISSING: ${part.missing}`}`);
}
for (const note of result.notes) console.warn(`docs: NOTE ${note}`);
for (const problem of links.problems)
  console.warn(`docs: BROKEN LINK in ${problem.page}: ${problem.href} (${problem.reason})`);
for (const target of links.deferred) console.log(`docs: not checked, as it was left out: ${target}`);
console.log(
  `docs: ${links.links} internal links checked in ${links.pages} HTML files, ${links.problems.length} broken`,
);

// regenerates schemas/codelists/eforms-*.json from the eForms SDK Genericode files in ../shared/data
// usage, from the repository root: pnpm exec tsx packages/schema/scripts/import-eforms.ts

import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { importEforms } from "./eforms-codelists.ts";

const root = new URL("../../../", import.meta.url);
const dataDir = fileURLToPath(new URL("../shared/data/", root));
const outDir = fileURLToPath(new URL("schemas/codelists/", root));

for (const path of importEforms(dataDir, outDir)) {
  console.log(`wrote ${relative(fileURLToPath(root), path)}`);
}

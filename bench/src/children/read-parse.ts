// the physical limit: read the file and JSON.parse every line, nothing else
import { forEachLine, report } from "./lines.ts";

const file = process.argv[2];
if (!file) throw new Error("usage: read-parse FILE");
let records = 0;
let objects = 0;
forEachLine(file, (line) => {
  records += 1;
  // looking at the result keeps the parse from being optimised away
  if (typeof JSON.parse(line) === "object") objects += 1;
});
report({ records, objects });

import { posix } from "node:path";

/** The URL of site path `to` as written in the page at site path `from`; both are relative to the site root. */
export function relativeUrl(from: string, to: string): string {
  const [path = "", hash] = to.split("#", 2);
  const relative = path === "" ? "" : posix.relative(posix.dirname(from), path) || posix.basename(path);
  return hash === undefined ? relative : `${relative}#${hash}`;
}

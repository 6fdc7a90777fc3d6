import { posix } from "node:path";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** The URL of site path `to` as written in the page at site path `from`; both are relative to the site root. */
export function relativeUrl(from: string, to: string): string {
  const [path = "", hash] = to.split("#", 2);
  const relative = path === "" ? "" : posix.relative(posix.dirname(from), path) || posix.basename(path);
  return hash === undefined ? relative : `${relative}#${hash}`;
}

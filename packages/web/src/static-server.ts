import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** A running static server: the page's address, every path asked for, and how to stop it. */
export interface StaticServer {
  readonly url: string;
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * Serves a built page from `root` under `prefix` (such as /validator/, as the docs site does) on 127.0.0.1 at a
 * free port, for the browser tests; records every request, so that a test can tell the page asked for nothing more.
 */
export async function serveStatic(root: string, prefix: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push(path);
    const inside = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
    const file = inside === undefined ? undefined : normalize(inside === "" ? "index.html" : inside);
    if (file === undefined || file.startsWith("..")) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(root, file));
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

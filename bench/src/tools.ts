import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** A tool the harness can run, or why it cannot. */
export type Availability =
  | { readonly available: true; readonly detail?: string }
  | { readonly available: false; readonly reason: string };

function firstLine(text: string): string {
  return (text.trim().split("\n")[0] ?? "").slice(0, 200);
}

/** The mra-circulair CLI bin and whether it is built. */
export function cliPaths(repoRoot: string): { bin: string; dist: string } {
  return {
    bin: join(repoRoot, "packages/cli/bin/mra-circulair.js"),
    dist: join(repoRoot, "packages/cli/dist/index.js"),
  };
}

/**
 * Whether `mra-circulair validate FILE` validates NDJSON: it must accept a valid file (exit 0) and reject the same
 * file with one broken record (exit 1). Anything else, such as the JSON syntax error of a CLI that reads the whole
 * file as one JSON document, makes the row "not available" with the CLI's own first line as the reason.
 */
export function probeCli(repoRoot: string, validFile: string, workDir: string): Availability {
  const { bin, dist } = cliPaths(repoRoot);
  if (!existsSync(dist)) return { available: false, reason: "packages/cli/dist is missing: run `pnpm build` first" };
  const run = (file: string) =>
    spawnSync(process.execPath, [bin, "validate", file], { encoding: "utf8", timeout: 120_000 });
  const valid = run(validFile);
  if (valid.status !== 0) {
    const said = firstLine(`${valid.stderr}\n${valid.stdout}`) || `exit ${valid.status}`;
    return { available: false, reason: `cannot validate NDJSON yet (exit ${valid.status}: ${said})` };
  }
  const lines = readFileSync(validFile, "utf8").split("\n");
  const index = lines.findIndex((line) => line.startsWith('{"type":"procurement"'));
  if (index < 0) return { available: false, reason: "the probe file has no procurement line" };
  lines[index] = (lines[index] ?? "").replace(/"amount":"[0-9.]+"/, '"amount":"12,50"');
  const invalidFile = join(workDir, "probe-invalid.ndjson");
  writeFileSync(invalidFile, lines.join("\n"));
  const invalid = run(invalidFile);
  if (invalid.status !== 1) {
    return { available: false, reason: `did not reject an NDJSON record with amount "12,50" (exit ${invalid.status})` };
  }
  return { available: true };
}

/** The ajv-cli entry point, resolved from this package's dependencies. */
export function ajvCliEntry(): Availability & { entry?: string } {
  try {
    const manifest = require.resolve("ajv-cli/package.json");
    const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
    return { available: true, detail: `ajv-cli ${version}`, entry: join(dirname(manifest), "dist/index.js") };
  } catch {
    return { available: false, reason: "ajv-cli is not installed: run `pnpm install`" };
  }
}

/** The ajv-formats module path, for the ajv-cli plugin written to the temporary directory. */
export function ajvFormatsPath(): string {
  return require.resolve("ajv-formats");
}

function pythonWithJsonschema(python: string): string | undefined {
  const probe = spawnSync(
    python,
    ["-c", "from importlib.metadata import version; import jsonschema; print(version('jsonschema'))"],
    { encoding: "utf8", timeout: 60_000 },
  );
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

/**
 * A Python interpreter with the jsonschema package: python3 on PATH, then Debian's /usr/bin/python3. When neither
 * has it and the harness runs as root, `apt-get install -y python3-jsonschema` adds it to Debian's Python.
 */
export function findPython(log: (message: string) => void): Availability & { python?: string } {
  const candidates = ["python3", "/usr/bin/python3"];
  for (const python of candidates) {
    const version = pythonWithJsonschema(python);
    if (version) return { available: true, python, detail: `${python}, jsonschema ${version}` };
  }
  if (process.getuid?.() !== 0) {
    return {
      available: false,
      reason: "jsonschema is missing and the harness is not root: apt-get install python3-jsonschema",
    };
  }
  if (!existsSync("/usr/bin/apt-get"))
    return { available: false, reason: "jsonschema is missing and there is no apt-get" };
  log("python jsonschema is missing: apt-get install -y python3-jsonschema");
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "python3-jsonschema"], {
      encoding: "utf8",
      timeout: 600_000,
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  let result = install();
  if (result.status !== 0) {
    // a fresh machine may not have the package lists yet
    spawnSync("apt-get", ["update"], { encoding: "utf8", timeout: 600_000 });
    result = install();
  }
  const version = pythonWithJsonschema("/usr/bin/python3");
  if (result.status !== 0 || !version) {
    return { available: false, reason: `apt-get install python3-jsonschema failed: ${firstLine(result.stderr)}` };
  }
  return {
    available: true,
    python: "/usr/bin/python3",
    detail: `/usr/bin/python3, jsonschema ${version} (installed now)`,
  };
}

/**
 * The same dataset as CSV, one file per entity, written by `mra-circulair convert FILE --to csv --out DIR/` (not
 * timed): the CSV files, or why there are none.
 */
export function convertToCsv(repoRoot: string, ndjson: string, outDir: string): Availability & { files?: string[] } {
  const { bin } = cliPaths(repoRoot);
  const run = spawnSync(process.execPath, [bin, "convert", ndjson, "--to", "csv", "--out", `${outDir}/`], {
    encoding: "utf8",
    timeout: 3_600_000,
  });
  const files = existsSync(outDir) ? readdirSync(outDir).filter((file) => file.endsWith(".csv")) : [];
  if (run.status !== 0 || files.length === 0) {
    const said = firstLine(`${run.stderr}\n${run.stdout}`) || `exit ${run.status}`;
    return { available: false, reason: `convert --to csv failed (exit ${run.status}: ${said})` };
  }
  return { available: true, files: files.sort().map((file) => join(outDir, file)) };
}

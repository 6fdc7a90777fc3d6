// pnpm bench: generates NDJSON files, runs each validator on them in child processes and reports the table
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { schemas } from "@mra-circulair/schema";
import { build } from "esbuild";
import { annotationKeywords } from "../../packages/schema/src/annotation-keywords.ts";
import { lastJson, type Run, Runner } from "./measure.ts";
import {
  buildReport,
  label,
  median,
  type Row,
  renderMarkdown,
  renderText,
  TOOL_LABELS,
  type ToolId,
} from "./report.ts";
import {
  type Availability,
  ajvCliEntry,
  ajvFormatsPath,
  cliPaths,
  convertToCsv,
  findPython,
  probeCli,
} from "./tools.ts";

const USAGE = `Usage: pnpm bench [-- options]
  --sizes LIST   procurement counts to generate, comma-separated (default 100000,1000000)
  --repeat N     runs per tool and size; the median time is reported (default 3)
  --seed N       generator seed (default 20180620)
  --no-python    skip Python jsonschema
  --keep         keep the temporary directory with the generated files`;

// ajv-cli reads one JSON document, and Python is slow: both run on the sizes up to this one only
const ARRAY_AND_PYTHON_MAX = 100_000;

const benchDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = resolve(benchDir, "..");
const log = (message: string) => process.stderr.write(`${message}\n`);

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100000,1000000" },
    repeat: { type: "string", default: "3" },
    seed: { type: "string", default: "20180620" },
    "no-python": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  log(USAGE);
  process.exit(0);
}
const sizes = values.sizes.split(",").map((size) => Number(size.trim()));
const repeat = Number(values.repeat);
const seed = Number(values.seed);
if (sizes.some((size) => !Number.isSafeInteger(size) || size < 1) || !(repeat >= 1) || !Number.isInteger(seed)) {
  log(USAGE);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "mra-bench-"));
const children = join(work, "children");
const schemaDir = join(work, "schemas");
const runner = new Runner(work);

async function bundleChildren(): Promise<void> {
  await build({
    entryPoints: ["generate", "to-array", "read-parse", "ajv-records", "ajv-by-type", "indicators"].map((name) =>
      join(benchDir, `src/children/${name}.ts`),
    ),
    outdir: children,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@mra-circulair/source"],
    // ajv and ajv-formats are CommonJS and require their own files; give the ESM bundle a require
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    logLevel: "warning",
  });
}

/** The bundled schemas for Python and ajv-cli, the array wrapper and the ajv-cli plugin (formats, annotations). */
function writeSchemas(): { wrapper: string; plugin: string } {
  mkdirSync(schemaDir);
  for (const [file, schema] of Object.entries(schemas)) writeFileSync(join(schemaDir, file), JSON.stringify(schema));
  const wrapper = join(work, "records-array.schema.json");
  writeFileSync(
    wrapper,
    JSON.stringify({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://mra-circulair.nl/bench/records-array.schema.json",
      type: "array",
      items: { $ref: "https://mra-circulair.nl/schema/1.0/dataset-record.schema.json" },
    }),
  );
  const plugin = join(work, "ajv-cli-plugin.cjs");
  writeFileSync(
    plugin,
    [
      `const addFormats = require(${JSON.stringify(ajvFormatsPath())}).default;`,
      `const keywords = ${JSON.stringify(annotationKeywords)};`,
      "module.exports = (ajv) => {",
      '  addFormats(ajv, { mode: "full", formats: ["date", "date-time"], keywords: false });',
      "  for (const keyword of keywords) ajv.addKeyword(keyword);",
      "};",
      "",
    ].join("\n"),
  );
  return { wrapper, plugin };
}

interface Files {
  readonly ndjson: string;
  readonly array?: string;
  /** The same records as CSV, one file per entity, or why there are none. */
  readonly csv: Availability & { files?: string[] };
  readonly records: number;
  readonly bytes: number;
}

async function generate(size: number, withArray: boolean, withCsv: boolean, rows: Row[]): Promise<Files> {
  const ndjson = join(work, `records-${size}.ndjson`);
  log(`generating ${label(size)} procurements (seed ${seed})`);
  const run = await runner.run([process.execPath, join(children, "generate.mjs"), String(size), String(seed), ndjson]);
  const result = lastJson(run.stdout);
  if (run.exitCode !== 0 || typeof result?.records !== "number") {
    throw new Error(`the generator failed (exit ${run.exitCode}): ${run.stderr.slice(-2000)}`);
  }
  const records = result.records;
  const bytes = statSync(ndjson).size;
  rows.push(okRow("generator", size, records, [run], `writes ${(bytes / 1e6).toFixed(0)} MB of NDJSON`));
  let csv: Files["csv"] = { available: false, reason: "mra-circulair is not available to convert to CSV" };
  if (withCsv) {
    log(`writing the same ${label(size)} records as CSV, one file per entity, with mra-circulair convert`);
    csv = convertToCsv(repoRoot, ndjson, join(work, `csv-${size}`));
  }
  if (!withArray) return { ndjson, csv, records, bytes };
  const array = join(work, `records-${size}.json`);
  log(`writing the same ${label(size)} records as one JSON array for ajv-cli`);
  const converted = await runner.run([process.execPath, join(children, "to-array.mjs"), ndjson, array]);
  if (converted.exitCode !== 0 || lastJson(converted.stdout)?.records !== records) {
    throw new Error(`writing the JSON array failed (exit ${converted.exitCode}): ${converted.stderr.slice(-2000)}`);
  }
  return { ndjson, array, csv, records, bytes };
}

function okRow(tool: ToolId, size: number, records: number, runs: readonly Run[], note?: string): Row {
  const times = runs.map((r) => r.wallMs);
  const medianMs = median(times);
  const rss = runs.map((r) => r.rssKb).filter((kb): kb is number => kb !== undefined);
  const cpu = runs.map((r) => r.cpuMs).filter((ms): ms is number => ms !== undefined);
  return {
    tool,
    label: TOOL_LABELS[tool],
    size,
    records,
    status: "ok",
    ...(note ? { note } : {}),
    runsMs: times.map((ms) => Math.round(ms)),
    medianMs: Math.round(medianMs),
    ...(cpu.length === runs.length ? { medianCpuMs: Math.round(median(cpu)) } : {}),
    recordsPerSecond: records / (medianMs / 1000),
    ...(rss.length > 0 ? { peakRssMb: Math.max(...rss) / 1024 } : {}),
  };
}

function notRun(tool: ToolId, size: number, records: number, status: Row["status"], note: string): Row {
  return { tool, label: TOOL_LABELS[tool], size, records, status, note };
}

/** Why a run does not count: it failed, or its result line disagrees with the file. */
type Check = (run: Run) => string | undefined;

function childCheck(records: number): Check {
  return (run) => {
    const result = lastJson(run.stdout);
    if (run.exitCode !== 0 || !result) return `exit ${run.exitCode}: ${run.stderr.trim().split("\n").pop() ?? ""}`;
    if (result.records !== records) return `read ${String(result.records)} records, expected ${records}`;
    if (typeof result.invalid === "number" && result.invalid > 0) {
      return `${result.invalid} records invalid, first: ${String(result.firstError)}`;
    }
    return undefined;
  };
}

async function measure(
  tool: ToolId,
  size: number,
  records: number,
  command: readonly string[],
  check: Check,
  note?: (runs: readonly Run[]) => string | undefined,
): Promise<Row> {
  const runs: Run[] = [];
  for (let i = 1; i <= repeat; i++) {
    const run = await runner.run(command);
    const problem = check(run);
    const rss = run.rssKb === undefined ? "?" : (run.rssKb / 1024).toFixed(0);
    const cpu = run.cpuMs === undefined ? "" : `, CPU ${(run.cpuMs / 1000).toFixed(2)} s`;
    log(
      `  ${TOOL_LABELS[tool]}, ${label(size)}, run ${i}/${repeat}: ${(run.wallMs / 1000).toFixed(2)} s${cpu}, ${rss} MB${problem ? ` (${problem})` : ""}`,
    );
    if (problem) return notRun(tool, size, records, "failed", problem);
    runs.push(run);
  }
  return okRow(tool, size, records, runs, note?.(runs));
}

function unavailable(tool: ToolId, size: number, records: number, availability: Availability): Row | undefined {
  return availability.available ? undefined : notRun(tool, size, records, "not available", availability.reason);
}

/** When the CLI was last built, so a rebuild during a run shows. */
function cliBuiltAt(): string | undefined {
  const { dist } = cliPaths(repoRoot);
  return existsSync(dist) ? statSync(dist).mtime.toISOString() : undefined;
}

function gitCommit(): string | undefined {
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8" });
  if (git.status !== 0) return undefined;
  const dirty = spawnSync("git", ["status", "--porcelain"], { cwd: repoRoot, encoding: "utf8" }).stdout.trim() !== "";
  return `${git.stdout.trim()}${dirty ? " with uncommitted changes" : ""}`;
}

async function main(): Promise<void> {
  const builtAtStart = cliBuiltAt();
  const notes: string[] = [];
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const machine = {
    node: process.version,
    cpu,
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    rssFrom: runner.useTime ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS in the child",
    loadAverageAtStart: loadavg().map((load) => Number(load.toFixed(2))),
  };
  log(
    `mra-circulair bench: node ${machine.node}, ${machine.cores} x ${cpu}, ${machine.memoryGb} GB; peak RSS from ${machine.rssFrom}`,
  );
  log(`sizes ${sizes.map(label).join(", ")}, ${repeat} runs each, temporary files in ${work}`);
  const [load = 0] = loadavg();
  if (load > machine.cores / 2) {
    const warning = `load average ${load.toFixed(1)} on ${machine.cores} cores at the start: other processes compete, times are noisy`;
    notes.push(warning);
    log(`warning: ${warning}`);
  }

  await bundleChildren();
  const { wrapper, plugin } = writeSchemas();
  const rows: Row[] = [];

  const probe = join(work, "probe.ndjson");
  await runner.run([process.execPath, join(children, "generate.mjs"), "30", String(seed), probe]);
  const cli = probeCli(repoRoot, probe, work);
  log(`mra-circulair validate: ${cli.available ? "validates NDJSON" : `not available, ${cli.reason}`}`);
  const ajvCli = ajvCliEntry();
  const wantPython = !values["no-python"] && sizes.some((size) => size <= ARRAY_AND_PYTHON_MAX);
  const python: Availability & { python?: string } = wantPython
    ? findPython(log)
    : { available: false, reason: values["no-python"] ? "skipped with --no-python" : "runs on sizes up to 100k only" };
  log(`python: ${python.available ? python.detail : python.reason}`);
  const files = new Map<number, Files>();
  for (const size of sizes)
    files.set(size, await generate(size, ajvCli.available && size <= ARRAY_AND_PYTHON_MAX, cli.available, rows));

  for (const size of sizes) {
    const { ndjson, array, csv, records } = files.get(size) as Files;
    log(`measuring ${label(size)} (${records.toLocaleString("en-US")} records)`);
    // a bundled child of src/children on the NDJSON file, which reports the records it read
    const measureChild = (tool: ToolId, bundle: string) =>
      measure(tool, size, records, [process.execPath, join(children, bundle), ndjson], childCheck(records));
    rows.push(await measureChild("limit", "read-parse.mjs"));

    const { bin } = cliPaths(repoRoot);
    const valid: Check = (run) =>
      run.exitCode === 0
        ? undefined
        : `exit ${run.exitCode}: ${(run.stderr || run.stdout).trim().split("\n")[0] ?? ""}`;
    rows.push(
      unavailable("ours", size, records, cli) ??
        (await measure("ours", size, records, [process.execPath, bin, "validate", ndjson], valid)),
    );
    // the same on two threads, the main thread and a worker, to show what they gain and cost
    rows.push(
      unavailable("ours-threads", size, records, cli) ??
        (await measure(
          "ours-threads",
          size,
          records,
          [process.execPath, bin, "validate", ndjson, "--jobs", "2"],
          valid,
        )),
    );
    rows.push(
      unavailable("ours-csv", size, records, csv) ??
        (await measure(
          "ours-csv",
          size,
          records,
          [process.execPath, bin, "validate", ...(csv.files ?? [])],
          valid,
          () => `${csv.files?.length ?? 0} CSV files, one per entity, from convert --to csv`,
        )),
    );

    rows.push(await measureChild("indicators", "indicators.mjs"));

    rows.push(await measureChild("ajv", "ajv-records.mjs"));
    rows.push(await measureChild("ajv-by-type", "ajv-by-type.mjs"));

    if (size > ARRAY_AND_PYTHON_MAX) {
      rows.push(
        notRun(
          "ajv-cli",
          size,
          records,
          "skipped",
          "reads one JSON document: the array would pass V8's 512 MB string limit",
        ),
      );
    } else if (!ajvCli.available || !ajvCli.entry || !array) {
      rows.push(
        notRun("ajv-cli", size, records, "not available", ajvCli.available ? "no JSON array file" : ajvCli.reason),
      );
    } else {
      const command = [
        process.execPath,
        ajvCli.entry,
        "validate",
        "--spec=draft2020",
        "-s",
        wrapper,
        "-r",
        join(schemaDir, "*.schema.json"),
        "-c",
        plugin,
        "-d",
        array,
        "--strict=true",
        "--strict-schema=true",
        "--strict-numbers=true",
        "--strict-types=true",
        "--strict-tuples=true",
        "--strict-required=true",
        "--all-errors",
        "--validate-formats=true",
        "--errors=line",
      ];
      rows.push(
        await measure("ajv-cli", size, records, command, (run) =>
          run.exitCode === 0 && /\svalid\s*$/.test(run.stdout)
            ? undefined
            : `exit ${run.exitCode}: ${(run.stderr || run.stdout).trim().slice(0, 300)}`,
        ),
      );
    }

    if (size > ARRAY_AND_PYTHON_MAX) {
      rows.push(notRun("python", size, records, "skipped", "runs on 100k only (slow)"));
    } else if (!python.available || !python.python) {
      rows.push(
        notRun(
          "python",
          size,
          records,
          python.available ? "failed" : "not available",
          python.available ? "no interpreter" : python.reason,
        ),
      );
    } else {
      const script = join(benchDir, "src/python/validate_jsonschema.py");
      rows.push(
        await measure(
          "python",
          size,
          records,
          [python.python, script, schemaDir, ndjson],
          childCheck(records),
          (runs) => {
            const result = lastJson(runs[0]?.stdout ?? "");
            const formats = Array.isArray(result?.formatsChecked) ? result.formatsChecked.join(", ") : "?";
            return `jsonschema ${String(result?.jsonschema)}, Python ${String(result?.python)}, formats checked: ${formats}`;
          },
        ),
      );
    }
  }

  if (cliBuiltAt() !== builtAtStart)
    notes.push("packages/cli/dist was rebuilt during the run: the rows of ours may mix two builds");
  const report = buildReport(rows, sizes);
  const text = renderText(report);
  process.stdout.write(`\n${text}\n`);
  for (const note of notes) process.stdout.write(`\nNote: ${note}\n`);

  const resultsDir = join(benchDir, "results");
  mkdirSync(resultsDir, { recursive: true });
  const output = {
    generatedAt: new Date().toISOString(),
    machine,
    options: { sizes, repeat, seed },
    commit: gitCommit(),
    cliBuiltAt: builtAtStart,
    tools: {
      ours: cli.available
        ? "mra-circulair validate (packages/cli/bin/mra-circulair.js)"
        : `not available: ${cli.reason}`,
      ajvCli: ajvCli.available ? ajvCli.detail : ajvCli.reason,
      python: python.available ? python.detail : python.reason,
    },
    ...report,
    loadAverageAtEnd: loadavg().map((load) => Number(load.toFixed(2))),
    notes,
  };
  writeFileSync(join(resultsDir, "latest.json"), `${JSON.stringify(output, null, 2)}\n`);
  writeFileSync(join(resultsDir, "latest.md"), `${renderMarkdown(report)}\n`);
  log(`\nwrote ${join("bench/results", "latest.json")} and latest.md`);
}

// Ctrl-C or a kill would skip the finally below; the generated files can take a gigabyte
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}

try {
  await main();
} finally {
  if (values.keep) log(`kept ${work}`);
  else if (existsSync(work)) rmSync(work, { recursive: true, force: true });
}

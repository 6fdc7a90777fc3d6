#!/usr/bin/env node
// Packs each public package and uses the tarballs as a consumer would. Run `pnpm build` first.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const keep = process.env.MRA_SMOKE_KEEP === "1";

/** The published packages, by folder under packages/. */
const PACKAGES = [
  "types",
  "schema",
  "zod",
  "io-ts",
  "reference",
  "report",
  "io",
  "rules",
  "engine",
  "indicators",
  "dashboard",
  "generator",
  "cli",
];

/** A minimal Organisation that every binding must accept. */
const ORGANISATION = {
  id: "GM0363",
  name: "Amsterdam",
  kind: "gemeente",
  identifiers: [{ scheme: "cbs-gemeente", value: "GM0363" }],
};
/** The same with a code outside the closed kind codelist, which every binding must refuse. */
const BAD_ORGANISATION = { ...ORGANISATION, kind: "stadsdeel" };

const results = [];
let section = "";

function heading(title) {
  section = title;
  console.log(`\n== ${title}`);
}

function record(name, ok, detail = "") {
  results.push({ section, name, ok });
  console.log(`${ok ? "  ok  " : "  FAIL"} ${name}`);
  if (!ok && detail) console.log(indent(detail.trim()));
}

function indent(text) {
  return text
    .split("\n")
    .map((line) => `        ${line}`)
    .join("\n");
}

/** Runs a command without a shell; returns { ok, status, out } with stdout and stderr merged. */
function run(command, args, options = {}) {
  const proc = spawnSync(command, args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    // plain output reads well in CI logs and in the failure details below
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", ...options.env },
    cwd: options.cwd ?? root,
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeout ?? 10 * 60_000,
  });
  const out = `${proc.stdout ?? ""}${proc.stderr ?? ""}${proc.error ? String(proc.error) : ""}`;
  return { ok: proc.status === 0, status: proc.status, out };
}

function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Version ranges the repository itself tests with, so the consumer gets the same peers. */
function peerSpecs() {
  const rootPkg = readJson(join(root, "package.json"));
  const zodPkg = readJson(join(root, "packages/zod/package.json"));
  const ioTsPkg = readJson(join(root, "packages/io-ts/package.json"));
  const pick = (pkg, name) => pkg.devDependencies?.[name] ?? pkg.peerDependencies?.[name];
  return [
    `zod@${pick(zodPkg, "zod")}`,
    `io-ts@${pick(ioTsPkg, "io-ts")}`,
    `fp-ts@${pick(ioTsPkg, "fp-ts")}`,
    `typescript@${rootPkg.devDependencies.typescript}`,
    `@types/node@${rootPkg.devDependencies["@types/node"]}`,
  ];
}

// ---------------------------------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), "mra-circulair-smoke-"));
const tarDir = join(work, "tarballs");
const consumer = join(work, "consumer");
mkdirSync(tarDir);
mkdirSync(consumer);

const cleanup = () => {
  if (keep) console.log(`\nkept ${work} (MRA_SMOKE_KEEP=1)`);
  else rmSync(work, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

try {
  await main();
} catch (error) {
  record("smoke test ran to the end", false, error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  cleanup();
}

const failed = results.filter((r) => !r.ok);
console.log("\n== summary");
for (const name of [...new Set(results.map((r) => r.section))]) {
  const inSection = results.filter((r) => r.section === name);
  const bad = inSection.filter((r) => !r.ok).length;
  console.log(`  ${name}: ${inSection.length - bad} passed, ${bad} failed`);
}
if (failed.length > 0) {
  console.log("\nfailed checks:");
  for (const r of failed) console.log(`  - [${r.section}] ${r.name}`);
}
console.log(`\npackaging: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length > 0 ? 1 : 0;

// ---------------------------------------------------------------------------------------------------------------------

async function main() {
  const manifests = new Map(PACKAGES.map((dir) => [dir, readJson(join(root, "packages", dir, "package.json"))]));

  heading("build output");
  let built = true;
  for (const [dir, pkg] of manifests) {
    const expected = exportedFiles(pkg).filter((file) => file.startsWith("./dist/"));
    const missing = expected.filter((file) => !existsSync(join(root, "packages", dir, file)));
    if (missing.length > 0) built = false;
    record(
      `${pkg.name} has its dist files`,
      missing.length === 0,
      `missing: ${missing.join(", ")}\nrun \`pnpm build\``,
    );
  }
  if (!built) return;

  heading("pack");
  const tarballs = new Map();
  for (const [dir, pkg] of manifests) {
    const before = new Set(readdirSync(tarDir));
    const packed = run("pnpm", ["pack", "--pack-destination", tarDir], { cwd: join(root, "packages", dir) });
    const created = readdirSync(tarDir).filter((f) => f.endsWith(".tgz") && !before.has(f));
    const ok = packed.ok && created.length === 1;
    record(`pnpm pack ${pkg.name}`, ok, packed.out);
    if (!ok) continue;
    const tarball = join(tarDir, created[0]);
    tarballs.set(dir, tarball);

    const manifest = run("tar", ["-xzOf", tarball, "package/package.json"]);
    const workspaceRefs = manifest.out.match(/"workspace:[^"]*"/g) ?? [];
    record(`${pkg.name} tarball has no workspace: ranges`, manifest.ok && workspaceRefs.length === 0, manifest.out);
  }
  if (tarballs.size !== PACKAGES.length) return;

  heading("publint");
  for (const [dir, tarball] of tarballs) {
    const bytes = readFileSync(tarball);
    const tarArray = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball: tarArray }, level: "suggestion", strict: true });
    const problems = messages.filter((m) => m.type !== "suggestion");
    const lines = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
    record(`publint ${manifests.get(dir).name}`, problems.length === 0, lines.join("\n"));
    // suggestions do not fail the run but stay visible
    if (problems.length === 0 && lines.length > 0) console.log(indent(lines.join("\n")));
  }

  heading("are the types wrong");
  const attw = join(root, "node_modules/.bin/attw");
  for (const [dir, tarball] of tarballs) {
    const pkg = manifests.get(dir);
    // a package with a require condition is dual, so CommonJS resolution is checked too
    const profile = JSON.stringify(pkg.exports).includes('"require"') ? "node16" : "esm-only";
    const checked = run(attw, [tarball, "--profile", profile, "--format", "ascii", "--no-emoji", "--no-color"]);
    record(`attw --profile ${profile} ${pkg.name}`, checked.ok, checked.out);
  }

  heading("install into a fresh project");
  writeFileSync(
    join(consumer, "package.json"),
    `${JSON.stringify({ name: "mra-circulair-smoke-consumer", version: "0.0.0", private: true }, null, 2)}\n`,
  );
  const install = run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs.values(), ...peerSpecs()],
    { cwd: consumer },
  );
  record("npm install tarballs and peers", install.ok, install.out);
  if (!install.ok) return;
  const lock = readJson(join(consumer, "package-lock.json"));
  for (const pkg of manifests.values()) {
    const entry = lock.packages?.[`node_modules/${pkg.name}`];
    const local = entry?.resolved?.startsWith("file:") === true;
    record(`${pkg.name} comes from its tarball`, local, `resolved: ${entry?.resolved ?? "(not installed)"}`);
  }

  heading("runtime: ESM import and CommonJS require");
  for (const check of runtimeChecks()) {
    for (const mode of ["esm", "cjs"]) {
      const file = join(consumer, `${mode}-${check.dir}.${mode === "esm" ? "mjs" : "cjs"}`);
      writeFileSync(file, runtimeScript(mode, check));
      const ran = run(process.execPath, [file], { cwd: consumer });
      record(`${mode === "esm" ? "import" : "require"} ${check.name}: ${check.what}`, ran.ok, ran.out);
    }
  }

  heading("types: a TypeScript consumer");
  writeTypeConsumer();
  const tsc = join(consumer, "node_modules/typescript/bin/tsc");
  for (const config of ["tsconfig.node16.json", "tsconfig.nodenext.json", "tsconfig.bundler.json"]) {
    const checked = run(process.execPath, [tsc, "-p", config], { cwd: consumer });
    record(`tsc -p ${config}`, checked.ok, checked.out);
  }

  heading("bin");
  const cli = (...args) => run("npx", ["--no", "mra-circulair", ...args], { cwd: consumer });
  const help = cli("--help");
  record("npx mra-circulair --help exits 0", help.ok, help.out);
  record("npx mra-circulair --help prints usage", /usage/i.test(help.out), help.out);

  const example = readJson(join(root, "examples/mra-example.dataset.json"));
  writeFileSync(join(consumer, "example.dataset.json"), JSON.stringify(example));
  const valid = cli("validate", "example.dataset.json", "--summary");
  record("npx mra-circulair validate accepts the example dataset", valid.ok, valid.out);

  // the packed CLI must carry the schemas: a closed codelist still refuses an unknown code
  const broken = structuredClone(example);
  broken.organisations[0].kind = "stadsdeel";
  writeFileSync(join(consumer, "broken.dataset.json"), JSON.stringify(broken));
  const refused = cli("validate", "broken.dataset.json");
  record(
    "npx mra-circulair validate refuses a broken dataset with exit code 1",
    refused.status === 1,
    `exit code ${refused.status}\n${refused.out}`,
  );

  const signatories = cli("signatories", "--on", "2018-06-20", "--lang", "en");
  record(
    "npx mra-circulair signatories lists Amsterdam",
    signatories.ok && /Amsterdam/.test(signatories.out),
    signatories.out,
  );
}

/** Every file path named in the exports map, main and types fields. */
function exportedFiles(pkg) {
  const files = new Set();
  const walk = (value) => {
    if (typeof value === "string") files.add(value);
    else if (value && typeof value === "object") for (const v of Object.values(value)) walk(v);
  };
  walk(pkg.exports);
  for (const field of ["main", "module", "types"]) if (pkg[field]) files.add(pkg[field]);
  return [...files].map((f) => (f.startsWith("./") ? f : `./${f}`));
}

/** What each package must do once installed; `body` runs with its named exports in scope. */
function runtimeChecks() {
  const org = JSON.stringify(ORGANISATION);
  const bad = JSON.stringify(BAD_ORGANISATION);
  return [
    {
      dir: "types",
      name: "@mra-circulair/types",
      what: "loads (type-only package)",
      namespace: "types",
      body: `assert.equal(typeof types, "object");`,
    },
    {
      dir: "schema",
      name: "@mra-circulair/schema",
      what: "validate accepts an Organisation and refuses a bad one",
      imports: ["validate"],
      body: `
        const good = validate("Organisation", ${org});
        assert.equal(good.valid, true, JSON.stringify(good));
        const bad = validate("Organisation", ${bad});
        assert.equal(bad.valid, false, JSON.stringify(bad));
        assert.ok(bad.errors.length > 0, "an invalid value comes with errors");`,
    },
    {
      dir: "zod",
      name: "@mra-circulair/zod",
      what: "Organisation.safeParse accepts and refuses",
      imports: ["Organisation"],
      body: `
        const good = Organisation.safeParse(${org});
        assert.equal(good.success, true, JSON.stringify(good.error));
        assert.equal(Organisation.safeParse(${bad}).success, false);`,
    },
    {
      dir: "io-ts",
      name: "@mra-circulair/io-ts",
      what: "Organisation.decode accepts and refuses",
      imports: ["Organisation"],
      body: `
        assert.equal(Organisation.decode(${org})._tag, "Right");
        assert.equal(Organisation.decode(${bad})._tag, "Left");`,
    },
    {
      dir: "reference",
      name: "@mra-circulair/reference",
      what: "signatoriesOn and successorOf answer",
      imports: ["signatoriesOn", "successorOf"],
      body: `
        const signatories = signatoriesOn("2018-06-20");
        assert.ok(Array.isArray(signatories) && signatories.length > 0, "no signatories on 2018-06-20");
        assert.match(JSON.stringify(successorOf("GM0370")), /GM0439/, "Beemster merged into Purmerend");`,
    },
    {
      dir: "report",
      name: "@mra-circulair/report",
      what: "createReport counts findings",
      imports: ["createReport"],
      body: `
        const report = createReport();
        report.add({ code: "x", severity: "error", pointer: "", location: { file: "f" }, args: {} });
        assert.equal(report.result().totals.errors, 1);`,
    },
    {
      dir: "io",
      name: "@mra-circulair/io",
      what: "columnsFor derives CSV columns from the schemas",
      imports: ["columnsFor"],
      body: `assert.ok(columnsFor("Procurement").length > 10, "too few columns");`,
    },
    {
      dir: "rules",
      name: "@mra-circulair/rules",
      what: "runRules finds a duplicate identifier",
      imports: ["runRules"],
      body: `
        const record = { entity: "Organisation", value: ${org}, location: { file: "f" } };
        const findings = runRules([record, record]);
        assert.ok(findings.some((f) => f.code === "duplicate-id"), JSON.stringify(findings));`,
    },
    {
      dir: "engine",
      name: "@mra-circulair/engine",
      what: "the registry knows every code",
      imports: ["registry"],
      body: `assert.ok(registry.get("duplicate-id") && registry.get("json-syntax") && registry.get("schema-required"));`,
    },
    {
      dir: "indicators",
      name: "@mra-circulair/indicators",
      what: "computeIndicators names its rule and indicator definitions",
      imports: ["computeIndicators", "defaultCircularityRule"],
      body: `
        const meta = { schemaVersion: "1.0", id: "smoke", publisher: { name: "smoke" }, license: "https://creativecommons.org/publicdomain/zero/1.0/", publishedAt: "2026-01-01T00:00:00Z" };
        const results = computeIndicators({ meta });
        assert.equal(results.rule.version, defaultCircularityRule.version);
        assert.ok(results.definitions.length > 0, "no indicator definitions");`,
    },
    {
      dir: "dashboard",
      name: "@mra-circulair/dashboard",
      what: "its style sheet and renderers load",
      imports: ["DASHBOARD_CSS", "renderReportHtml"],
      body: `
        assert.ok(DASHBOARD_CSS.includes(".mra-dashboard {"), "no dashboard style sheet");
        assert.equal(typeof renderReportHtml, "function");`,
    },
    {
      dir: "generator",
      name: "@mra-circulair/generator",
      what: "generateDataset is deterministic",
      imports: ["generateDataset"],
      body: `
        const a = JSON.stringify(generateDataset({ records: 5, seed: 7 }));
        assert.equal(a, JSON.stringify(generateDataset({ records: 5, seed: 7 })));`,
    },
    {
      dir: "cli",
      name: "@mra-circulair/cli",
      what: "loads without side effects",
      namespace: "cli",
      body: `assert.ok(Object.keys(cli).length > 0, "no exports");`,
    },
  ];
}

function runtimeScript(mode, check) {
  const names = check.imports ?? [];
  const load =
    mode === "esm"
      ? [
          `import assert from "node:assert/strict";`,
          check.namespace
            ? `import * as ${check.namespace} from "${check.name}";`
            : `import { ${names.join(", ")} } from "${check.name}";`,
        ]
      : [
          `const assert = require("node:assert/strict");`,
          check.namespace
            ? `const ${check.namespace} = require("${check.name}");`
            : `const { ${names.join(", ")} } = require("${check.name}");`,
        ];
  return `${load.join("\n")}\n${check.body.trim()}\n`;
}

/** One consumer in three module systems: .mts and .cts under node16 and nodenext, .ts under bundler. */
function writeTypeConsumer() {
  const org = JSON.stringify(ORGANISATION);
  const source = `
import type { Organisation } from "@mra-circulair/types";
import { validate } from "@mra-circulair/schema";
import { Organisation as ZodOrganisation } from "@mra-circulair/zod";
import { Organisation as IoOrganisation } from "@mra-circulair/io-ts";
import { signatoriesOn, successorOf } from "@mra-circulair/reference";
import * as cli from "@mra-circulair/cli";

export const organisation: Organisation = ${org};
// @ts-expect-error kind is a closed codelist, so the type is not any
export const wrongKind: Organisation = { ...organisation, kind: "stadsdeel" };
export const fromZod: Organisation = ZodOrganisation.parse(organisation);
const decoded = IoOrganisation.decode(organisation);
export const fromIoTs: Organisation | undefined = decoded._tag === "Right" ? decoded.right : undefined;
export const verdict = validate("Organisation", organisation);
export const signatories = signatoriesOn("2018-06-20");
export const successor = successorOf("GM0370");
export const cliExports = Object.keys(cli);
`;
  mkdirSync(join(consumer, "types"), { recursive: true });
  writeFileSync(join(consumer, "types/consumer.mts"), source);
  writeFileSync(join(consumer, "types/consumer.cts"), source);
  writeFileSync(join(consumer, "types/consumer.ts"), source);
  const base = { strict: true, noEmit: true, skipLibCheck: false, types: ["node"], target: "ES2022" };
  const configs = {
    "tsconfig.node16.json": {
      compilerOptions: { ...base, module: "node16", moduleResolution: "node16" },
      files: ["types/consumer.mts", "types/consumer.cts"],
    },
    "tsconfig.nodenext.json": {
      compilerOptions: { ...base, module: "nodenext", moduleResolution: "nodenext" },
      files: ["types/consumer.mts", "types/consumer.cts"],
    },
    "tsconfig.bundler.json": {
      compilerOptions: { ...base, module: "preserve", moduleResolution: "bundler" },
      files: ["types/consumer.ts"],
    },
  };
  for (const [name, config] of Object.entries(configs)) {
    writeFileSync(join(consumer, name), `${JSON.stringify(config, null, 2)}\n`);
  }
}

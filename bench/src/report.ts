/** The tools of the table; `generator` is information only and takes no part in the ratios. */
export type ToolId =
  | "limit"
  | "ours"
  | "ours-threads"
  | "ours-csv"
  | "ajv"
  | "ajv-by-type"
  | "ajv-cli"
  | "python"
  | "generator"
  | "indicators";

export const TOOL_LABELS: Readonly<Record<ToolId, string>> = {
  limit: "read + JSON.parse (limit)",
  ours: "mra-circulair validate",
  "ours-threads": "mra-circulair validate --jobs 2 (info)",
  "ours-csv": "mra-circulair validate, CSV (info)",
  ajv: "ajv, Node script",
  "ajv-by-type": "ajv by line type, Node script (info)",
  "ajv-cli": "ajv-cli (JSON array)",
  python: "Python jsonschema",
  generator: "generator (info)",
  indicators: "indicators (compute)",
};

/** One row: a tool on one size, measured or with the reason it was not. */
export interface Row {
  readonly tool: ToolId;
  readonly label: string;
  readonly size: number;
  /** Lines (DatasetRecords) in the file: the procurements plus the reference data, criteria and observations. */
  readonly records: number;
  readonly status: "ok" | "not available" | "skipped" | "failed";
  readonly note?: string;
  readonly runsMs?: readonly number[];
  readonly medianMs?: number;
  /** Median CPU time (user plus system) in milliseconds, when the machine reports it. */
  readonly medianCpuMs?: number;
  readonly recordsPerSecond?: number;
  readonly peakRssMb?: number;
}

export interface Ratio {
  readonly name: string;
  readonly size: number;
  /** ours' records per second divided by the other tool's, or null when one of them was not measured. */
  readonly value: number | null;
  /** The same ratio computed from CPU time instead of wall time. */
  readonly cpuValue: number | null;
}

export interface Target {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

export interface Report {
  readonly rows: readonly Row[];
  readonly ratios: readonly Ratio[];
  readonly growth: Readonly<Partial<Record<ToolId, number | null>>>;
  readonly targets: readonly Target[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function find(rows: readonly Row[], tool: ToolId, size: number): Row | undefined {
  const row = rows.find((r) => r.tool === tool && r.size === size);
  return row?.status === "ok" ? row : undefined;
}

/** How many times faster `tool` (by default `validate`) is than `other` on the same file. */
function ratio(
  rows: readonly Row[],
  other: ToolId,
  size: number,
  tool: ToolId = "ours",
): Pick<Ratio, "value" | "cpuValue"> {
  const ours = find(rows, tool, size);
  const theirs = find(rows, other, size);
  // the same records on both sides, so the ratio of records per second is the inverse ratio of the times
  const quotient = (mine: number | undefined, their: number | undefined) =>
    mine !== undefined && their !== undefined && mine > 0 ? their / mine : null;
  return {
    value: quotient(ours?.medianMs, theirs?.medianMs),
    cpuValue: quotient(ours?.medianCpuMs, theirs?.medianCpuMs),
  };
}

const fixed = (value: number, digits = 2) => value.toFixed(digits);

/** Ratios, RSS growth and the issue's targets, from the measured rows. */
export function buildReport(rows: readonly Row[], sizes: readonly number[]): Report {
  const ratios: Ratio[] = [];
  for (const size of sizes) {
    ratios.push({ name: "ours vs limit", size, ...ratio(rows, "limit", size) });
    ratios.push({ name: "ours vs ajv (Node script)", size, ...ratio(rows, "ajv", size) });
    ratios.push({ name: "ajv by line type vs limit", size, ...ratio(rows, "limit", size, "ajv-by-type") });
    if (rows.some((r) => r.tool === "ajv-cli" && r.size === size && r.status !== "skipped")) {
      ratios.push({ name: "ours vs ajv-cli", size, ...ratio(rows, "ajv-cli", size) });
    }
    if (rows.some((r) => r.tool === "python" && r.size === size && r.status !== "skipped")) {
      ratios.push({ name: "ours vs Python jsonschema", size, ...ratio(rows, "python", size) });
    }
  }
  const small = Math.min(...sizes);
  const large = Math.max(...sizes);
  const growth: Partial<Record<ToolId, number | null>> = {};
  if (small !== large) {
    for (const tool of ["limit", "ours", "ours-threads", "ours-csv", "ajv", "ajv-by-type", "generator"] as const) {
      const from = find(rows, tool, small)?.peakRssMb;
      const to = find(rows, tool, large)?.peakRssMb;
      growth[tool] = from !== undefined && to !== undefined ? (to - from) / from : null;
    }
  }
  return { rows, ratios, growth, targets: targets(rows, ratios, growth, small, large) };
}

function targets(
  rows: readonly Row[],
  ratios: readonly Ratio[],
  growth: Partial<Record<ToolId, number | null>>,
  small: number,
  large: number,
): Target[] {
  const get = (name: string, size: number) => ratios.find((r) => r.name === name && r.size === size)?.value ?? null;
  const atLeast = (name: string, target: string, value: number | null, minimum: number, where: string): Target => ({
    name,
    target,
    measured: value === null ? "not measured" : `${fixed(value)}x (${where})`,
    met: value === null ? null : value >= minimum,
  });
  const result: Target[] = [];
  result.push(
    atLeast("NDJSON validation vs read+parse limit", ">= 0.8x", get("ours vs limit", large), 0.8, label(large)),
  );
  const cliSize = [...new Set(rows.filter((r) => r.tool === "ajv-cli" && r.status === "ok").map((r) => r.size))].pop();
  if (cliSize !== undefined) {
    result.push(atLeast("vs ajv-cli", ">= 2x", get("ours vs ajv-cli", cliSize), 2, `ajv-cli, ${label(cliSize)}`));
  } else {
    result.push(
      atLeast("vs ajv-cli", ">= 2x", get("ours vs ajv (Node script)", large), 2, `ajv Node script, ${label(large)}`),
    );
  }
  const pythonSize = [
    ...new Set(rows.filter((r) => r.tool === "python" && r.status === "ok").map((r) => r.size)),
  ].pop();
  const python = pythonSize === undefined ? null : get("ours vs Python jsonschema", pythonSize);
  result.push(atLeast("vs Python jsonschema", ">= 25x", python, 25, label(pythonSize ?? small)));
  // the indicators issue: computing over the records takes at most twice the time of validating them
  const validated = find(rows, "ours", large)?.medianMs;
  const computed = find(rows, "indicators", large)?.medianMs;
  const slower = validated !== undefined && computed !== undefined ? computed / validated : null;
  result.push({
    name: `indicators vs validation time at ${label(large)}`,
    target: "<= 2x",
    measured: slower === null ? "not measured" : `${fixed(slower)}x`,
    met: slower === null ? null : slower <= 2,
  });
  const rss = find(rows, "ours", large)?.peakRssMb;
  result.push({
    name: `peak RSS at ${label(large)}`,
    target: "< 200 MB",
    measured: rss === undefined ? "not measured" : `${fixed(rss, 0)} MB`,
    met: rss === undefined ? null : rss < 200,
  });
  const grown = growth.ours ?? null;
  result.push({
    name: `RSS growth ${label(small)} -> ${label(large)}`,
    target: "< 20%",
    measured: grown === null ? "not measured" : `${fixed(grown * 100, 1)}%`,
    met: grown === null ? null : grown < 0.2,
  });
  return result;
}

/** 100000 as "100k", 1000000 as "1M". */
export function label(size: number): string {
  if (size >= 1_000_000 && size % 1_000_000 === 0) return `${size / 1_000_000}M`;
  if (size >= 1000 && size % 1000 === 0) return `${size / 1000}k`;
  return String(size);
}

function cells(row: Row): string[] {
  const measured = row.status === "ok";
  return [
    row.label,
    label(row.size),
    row.records.toLocaleString("en-US"),
    measured && row.medianMs !== undefined ? fixed(row.medianMs / 1000) : "-",
    measured && row.medianCpuMs !== undefined ? fixed(row.medianCpuMs / 1000) : "-",
    measured && row.recordsPerSecond !== undefined ? Math.round(row.recordsPerSecond).toLocaleString("en-US") : "-",
    measured && row.peakRssMb !== undefined ? fixed(row.peakRssMb, 0) : "-",
    row.status === "ok" ? (row.note ?? "") : `${row.status}${row.note ? `: ${row.note}` : ""}`,
  ];
}

const HEADINGS = ["tool", "size", "records", "median s", "CPU s", "records/s", "peak RSS MB", "note"];
// the numeric columns, right-aligned
const NUMERIC = new Set([2, 3, 4, 5, 6]);

function ratioText(ratio: Pick<Ratio, "value" | "cpuValue">): string {
  if (ratio.value === null) return "not measured";
  return `${fixed(ratio.value)}x${ratio.cpuValue === null ? "" : ` (by CPU time ${fixed(ratio.cpuValue)}x)`}`;
}

function verdict(met: boolean | null): string {
  return met === null ? "not measured" : met ? "met" : "MISSED";
}

/** The report as aligned plain text for the terminal. */
export function renderText(report: Report): string {
  const table = [HEADINGS, ...report.rows.map(cells)];
  const widths = HEADINGS.map((_, column) => Math.max(...table.map((line) => (line[column] ?? "").length)));
  const lines = table.map((line) =>
    line
      .map((cell, column) =>
        NUMERIC.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((width) => "-".repeat(width)).join("  "));
  lines.push(
    "",
    "Ratios (records/s of mra-circulair validate divided by the other tool's, from the median wall time):",
  );
  for (const r of report.ratios) lines.push(`  ${r.name}, ${label(r.size)}: ${ratioText(r)}`);
  const growth = Object.entries(report.growth);
  if (growth.length > 0) {
    lines.push("", "Peak RSS growth from the smallest to the largest size:");
    for (const [tool, value] of growth) {
      lines.push(
        `  ${TOOL_LABELS[tool as ToolId]}: ${value === null || value === undefined ? "not measured" : `${fixed(value * 100, 1)}%`}`,
      );
    }
  }
  lines.push("", "Targets (from the issue):");
  for (const t of report.targets)
    lines.push(`  ${t.name}: target ${t.target}, measured ${t.measured}: ${verdict(t.met)}`);
  return lines.join("\n");
}

/** The report as Markdown tables, for bench/README.md. */
export function renderMarkdown(report: Report): string {
  const row = (values: readonly string[]) => `| ${values.map((v) => v.replaceAll("|", "\\|")).join(" | ")} |`;
  const lines = [
    row(HEADINGS),
    row(HEADINGS.map((_, i) => (NUMERIC.has(i) ? "---:" : "---"))),
    ...report.rows.map((r) => row(cells(r))),
  ];
  lines.push("", row(["ratio", "size", "value"]), row(["---", "---", "---:"]));
  for (const r of report.ratios) lines.push(row([r.name, label(r.size), ratioText(r)]));
  lines.push("", row(["target", "wanted", "measured", "verdict"]), row(["---", "---", "---", "---"]));
  for (const t of report.targets) lines.push(row([t.name, t.target, t.measured, verdict(t.met)]));
  return lines.join("\n");
}

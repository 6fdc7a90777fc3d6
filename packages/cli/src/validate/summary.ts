import { codeLabel } from "@mra-circulair/schema";
import type { Dataset, LocalizedText, Target } from "@mra-circulair/types";
import type { Context } from "../context.ts";
import { columns } from "../format/table.ts";

/** The name of an entity list of a Dataset, such as "organisations". */
export type ListName = Exclude<keyof Dataset, "meta">;

/** What a valid Dataset holds, for `validate --summary`. */
export interface DatasetSummary {
  publisher: string;
  license: string;
  publishedAt: string;
  /** The number of records of each list present, in document order. */
  lists: Partial<Record<ListName, number>>;
  declarations: {
    id: string;
    title: LocalizedText;
    /** The organisations that signed this declaration, each counted once. */
    signatories: number;
    targets: Pick<Target, "year" | "value" | "unit" | "status">[];
  }[];
}

/** Summarises a Dataset that has passed validation. */
export function summarise(dataset: Dataset): DatasetSummary {
  const lists: Partial<Record<ListName, number>> = {};
  for (const name of Object.keys(dataset) as (keyof Dataset)[]) {
    const list = dataset[name];
    if (name !== "meta" && Array.isArray(list)) lists[name] = list.length;
  }
  return {
    publisher: dataset.meta.publisher.name,
    license: dataset.meta.license,
    publishedAt: dataset.meta.publishedAt,
    lists,
    declarations: (dataset.declarations ?? []).map((declaration) => ({
      id: declaration.id,
      title: declaration.title,
      signatories: new Set(
        (dataset.signatures ?? []).filter((s) => s.declaration === declaration.id).map((s) => s.organisation),
      ).size,
      targets: declaration.targets.map(({ year, value, unit, status }) => ({ year, value, unit, status })),
    })),
  };
}

/** The summary as indented lines in the user's language. */
export function renderSummary(summary: DatasetSummary, file: string, ctx: Context): string[] {
  const { t, lang } = ctx;
  const rows: string[][] = [
    [t("summary.publisher"), summary.publisher],
    [t("summary.license"), summary.license],
    [t("summary.publishedAt"), summary.publishedAt],
    ...Object.entries(summary.lists).map(([name, count]) => [t(`list.${name as ListName}`), String(count)]),
  ];
  const lines = [t("summary.title", { file }), ...columns(rows).map((line) => `  ${line}`)];
  for (const declaration of summary.declarations) {
    lines.push(
      `  ${t("summary.declaration", { id: declaration.id, title: declaration.title[lang] ?? declaration.title.nl })}`,
    );
    const targets = declaration.targets.map((target) =>
      t("summary.target", {
        year: target.year,
        value: target.value,
        unit: codeLabel("unit", target.unit, lang) ?? target.unit,
        status: codeLabel("target-status", target.status, lang) ?? target.status,
      }),
    );
    const declarationRows = [
      [t("summary.signatories"), String(declaration.signatories)],
      ...targets.map((target, i) => [i === 0 ? t("summary.targets") : "", target]),
    ];
    lines.push(...columns(declarationRows).map((line) => `    ${line}`));
  }
  return lines;
}

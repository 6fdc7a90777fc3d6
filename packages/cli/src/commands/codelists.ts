import { type Codelist, codelistIds, getCodelist } from "@mra-circulair/schema";
import type { Command } from "commander";
import type { CliCommand, Context } from "../context.ts";
import { CliError } from "../errors.ts";
import { columns, table } from "../format/table.ts";
import { examples } from "../help.ts";

function kindOf(list: Codelist, ctx: Context): string {
  return list.open ? ctx.t("codelists.open") : ctx.t("codelists.closed");
}

function listAll(json: boolean, ctx: Context): void {
  const { t, lang } = ctx;
  const lists = codelistIds.map((id) => getCodelist(id));
  if (json) {
    const report = lists.map((l) => ({
      id: l.id,
      version: l.version,
      open: l.open,
      codes: l.codes.length,
      title: l.title,
    }));
    ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const header = [
    t("codelists.column.id"),
    t("codelists.column.kind"),
    t("codelists.column.codes"),
    t("codelists.column.title"),
  ];
  const rows = lists.map((l) => [l.id, kindOf(l, ctx), String(l.codes.length), l.title[lang]]);
  for (const line of table(header, rows, ctx.color.bold)) ctx.out(line);
}

function showOne(id: string, json: boolean, ctx: Context): void {
  const { t, lang, color } = ctx;
  const list = getCodelist(id);
  if (!list) throw new CliError("E_UNKNOWN_CODELIST", "unknown.codelist", { id });
  if (json) {
    ctx.io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return;
  }
  ctx.out(
    color.bold(
      t("codelists.heading", { title: list.title[lang], id: list.id, version: list.version, kind: kindOf(list, ctx) }),
    ),
  );
  ctx.out(list.description[lang]);
  ctx.out("");
  const rows = list.codes.map((c) => [
    c.code,
    c.deprecated ? `${c.label[lang]} ${t("codelists.deprecated")}` : c.label[lang],
  ]);
  const lines = columns(rows);
  list.codes.forEach((c, i) => {
    const line = lines[i] ?? "";
    ctx.out(c.deprecated ? color.dim(line) : line);
    const description = c.description?.[lang];
    if (description) ctx.out(`    ${description}`);
  });
}

/** `mra-circulair codelists`: the codelists, or the codes of one, in the user's language. */
export const codelistsCommand: CliCommand = {
  name: "codelists",
  register(program: Command, ctx: Context) {
    const { t } = ctx;
    program
      .command("codelists")
      .description(t("codelists.description"))
      .argument("[id]", t("codelists.argument"))
      .option("--json", t("option.json"))
      .addHelpText("after", examples(t, "codelists.examples"))
      .action((id: string | undefined, flags: { json?: boolean }) => {
        if (id === undefined) listAll(flags.json === true, ctx);
        else showOne(id, flags.json === true, ctx);
      });
  },
};

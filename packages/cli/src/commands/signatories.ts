import { isCalendarDate, referenceDataset, type Signatory, signatoriesOn } from "@mra-circulair/reference";
import { codeLabel } from "@mra-circulair/schema";
import type { Declaration, Organisation } from "@mra-circulair/types";
import type { Command } from "commander";
import type { CliCommand, Context } from "../context.ts";
import { CliError } from "../errors.ts";
import { cbsCode } from "../format/organisation.ts";
import { table } from "../format/table.ts";
import { examples } from "../help.ts";
import { plural } from "../messages/index.ts";

const KINDS = ["gemeente", "provincie", "vervoerregio"] as const;
const COUNTED_KINDS = [...KINDS, "other"] as const satisfies readonly Organisation["kind"][];

interface SignatoriesFlags {
  on?: string;
  declaration?: string;
  kind?: string;
  json?: boolean;
}

/** Today in the local calendar, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function pickDeclaration(id: string | undefined): Declaration {
  const declarations = referenceDataset.declarations ?? [];
  const found = id === undefined && declarations.length === 1 ? declarations[0] : declarations.find((d) => d.id === id);
  if (!found) {
    const known = declarations.map((d) => d.id).join(", ");
    throw new CliError("E_UNKNOWN_DECLARATION", "unknown.declaration", { id: id ?? "", known });
  }
  return found;
}

function isKind(value: string): value is (typeof KINDS)[number] {
  return (KINDS as readonly string[]).includes(value);
}

function countByKind(signatories: readonly Signatory[]): Partial<Record<Organisation["kind"], number>> {
  const counts: Partial<Record<Organisation["kind"], number>> = {};
  for (const { organisation } of signatories) counts[organisation.kind] = (counts[organisation.kind] ?? 0) + 1;
  return counts;
}

function toJson({ organisation, signature }: Signatory) {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    subregion: organisation.subregion ?? null,
    cbsCode: cbsCode(organisation) ?? null,
    signedOn: signature.signedOn,
    ...(organisation.validTo === undefined ? {} : { validTo: organisation.validTo }),
    ...(organisation.succession === undefined ? {} : { successor: organisation.succession.successor }),
  };
}

function signatories(flags: SignatoriesFlags, ctx: Context): number {
  const { t, lang } = ctx;
  const on = flags.on ?? today();
  if (!isCalendarDate(on)) throw new CliError("E_USAGE", "usage.date", { option: "--on", value: on });
  const kind = flags.kind;
  if (kind !== undefined && !isKind(kind)) {
    throw new CliError("E_USAGE", "usage.choice", { option: "--kind", choices: KINDS.join(", "), value: kind });
  }
  const declaration = pickDeclaration(flags.declaration);
  const list = signatoriesOn(on, { declaration: declaration.id }).filter((s) => !kind || s.organisation.kind === kind);
  const counts = countByKind(list);

  if (flags.json) {
    const report = { on, declaration: declaration.id, count: list.length, counts, signatories: list.map(toJson) };
    ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  if (list.length === 0) {
    ctx.out(t("signatories.none", { date: on }));
    return 0;
  }
  const title = declaration.title[lang] ?? declaration.title.nl;
  ctx.out(ctx.color.bold(t("signatories.title", { declaration: title, date: on })));
  ctx.out("");
  const header = ["name", "cbsCode", "kind", "subregion", "signedOn"] as const;
  const rows = list.map(({ organisation, signature }) => [
    organisation.name,
    cbsCode(organisation) ?? "",
    organisation.kind,
    organisation.subregion ? (codeLabel("subregion", organisation.subregion, lang) ?? organisation.subregion) : "",
    signature.signedOn,
  ]);
  for (const line of table(
    header.map((column) => t(`signatories.column.${column}`)),
    rows,
    ctx.color.bold,
  )) {
    ctx.out(line);
  }
  ctx.out("");
  const perKind = COUNTED_KINDS.filter((k) => counts[k]).map((k) => plural(t, `count.${k}`, counts[k] ?? 0));
  ctx.out(t("signatories.total", { counts: perKind.join(", "), total: list.length }));
  return 0;
}

/** `mra-circulair signatories`: who is bound by the declaration on a date. */
export const signatoriesCommand: CliCommand = {
  name: "signatories",
  register(program: Command, ctx: Context) {
    const { t } = ctx;
    program
      .command("signatories")
      .description(t("signatories.description"))
      .option("--on <date>", t("signatories.option.on"))
      .option("--declaration <id>", t("signatories.option.declaration"))
      .option("--kind <kind>", t("signatories.option.kind"))
      .option("--json", t("option.json"))
      .addHelpText("after", examples(t, "signatories.examples"))
      .action((flags: SignatoriesFlags) => {
        ctx.exitCode = signatories(flags, ctx);
      });
  },
};

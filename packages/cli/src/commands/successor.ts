import { findOrganisation, successionChain } from "@mra-circulair/reference";
import type { Organisation, Succession } from "@mra-circulair/types";
import type { Command } from "commander";
import type { CliCommand, Context } from "../context.ts";
import { CliError } from "../errors.ts";
import { organisationLabel } from "../format/organisation.ts";
import { examples } from "../help.ts";

interface Step {
  from: Organisation;
  to: Organisation;
  succession: Succession;
}

/** The mergers from `organisation` to the one that continues it today, one step per merger. */
function steps(organisation: Organisation): Step[] {
  const result: Step[] = [];
  let from = organisation;
  for (const to of successionChain(organisation.id)) {
    if (!from.succession) break;
    result.push({ from, to, succession: from.succession });
    from = to;
  }
  return result;
}

const brief = (o: Organisation) => ({ id: o.id, name: o.name });

function successor(query: string, flags: { json?: boolean }, ctx: Context): number {
  const { t } = ctx;
  const organisation = findOrganisation(query);
  if (!organisation) throw new CliError("E_UNKNOWN_ORGANISATION", "unknown.organisation", { query });
  const chain = steps(organisation);
  const last = chain.at(-1)?.to;

  if (flags.json) {
    const report = {
      organisation: { ...brief(organisation), ...(organisation.validTo ? { validTo: organisation.validTo } : {}) },
      successor: last ? brief(last) : null,
      steps: chain.map((s) => ({
        from: brief(s.from),
        to: brief(s.to),
        date: s.succession.date,
        type: s.succession.type,
      })),
    };
    ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (chain.length > 0) {
    const links = chain.map((s) =>
      t("successor.link", { to: organisationLabel(s.to), date: s.succession.date, type: s.succession.type }),
    );
    ctx.out([organisationLabel(organisation), ...links].join(" "));
  } else if (organisation.validTo) {
    ctx.out(t("successor.ended", { organisation: organisationLabel(organisation), date: organisation.validTo }));
  } else {
    ctx.out(t("successor.never", { organisation: organisationLabel(organisation) }));
  }
  return 0;
}

/** `mra-circulair successor`: which organisation continues a merged one. */
export const successorCommand: CliCommand = {
  name: "successor",
  register(program: Command, ctx: Context) {
    const { t } = ctx;
    program
      .command("successor")
      .description(t("successor.description"))
      .argument("<organisation>", t("successor.argument"))
      .option("--json", t("option.json"))
      .addHelpText("after", examples(t, "successor.examples"))
      .action((query: string, flags: { json?: boolean }) => {
        ctx.exitCode = successor(query, flags, ctx);
      });
  },
};

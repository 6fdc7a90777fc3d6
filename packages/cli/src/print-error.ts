import type { Context } from "./context.ts";
import type { CliError } from "./errors.ts";

/** Prints an expected failure as one line on stderr: "error [E_READ]: data.json: the file does not exist". */
export function printCliError(ctx: Context, error: CliError): void {
  ctx.err(`${ctx.color.red(ctx.t("error.label"))} [${error.code}]: ${error.render(ctx.t)}`);
}

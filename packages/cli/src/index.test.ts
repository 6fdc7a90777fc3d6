import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./index.ts";
import { COMMANDS } from "./program.ts";
import { capture } from "./testing/capture.ts";

describe("mra-circulair", () => {
  it("names every command in --help, each with an example", async () => {
    for (const lang of ["en", "nl"]) {
      const { code, stdout } = await capture(["--help", "--lang", lang]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^(Usage|Gebruik): mra-circulair/);
      const [commands = "", examples = ""] = stdout.split(/\n(?:Examples|Voorbeelden):\n/);
      for (const { name } of COMMANDS) {
        expect(commands).toMatch(new RegExp(`^ {2}${name}\\b`, "m"));
        expect(examples).toMatch(new RegExp(`^ {2}mra-circulair ${name} `, "m"));
      }
    }
  });

  it("gives examples in each command's --help", async () => {
    for (const { name } of COMMANDS) {
      const { code, stdout } = await capture([name, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toContain(`Examples:\n  mra-circulair ${name}`);
    }
  });

  it("speaks Dutch when LANG starts with nl, and --lang overrides it", async () => {
    expect((await capture(["--help"], { LANG: "nl_NL.UTF-8" })).stdout).toMatch(/^Gebruik: mra-circulair/);
    expect((await capture(["--help", "--lang", "en"], { LANG: "nl_NL.UTF-8" })).stdout).toMatch(/^Usage:/);
    expect((await capture(["help", "validate", "--lang=nl"])).stdout).toContain("Voorbeelden:");
  });

  it("refuses an unknown language with a usage error", async () => {
    const { code, stderr } = await capture(["--lang", "de", "signatories"]);
    expect(code).toBe(2);
    expect(stderr).toContain("[E_USAGE]: unknown language de");
  });

  it("prints the version", async () => {
    const { code, stdout } = await capture(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("shows the help on stderr, exit 2, when no command is given", async () => {
    const { code, stdout, stderr } = await capture([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: mra-circulair");
  });

  it("reports parse errors from the catalogue with E_USAGE and a suggestion", async () => {
    const unknown = await capture(["sucessor", "Weesp"], { LANG: "nl_NL.UTF-8" });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("fout [E_USAGE]: onbekende opdracht sucessor (bedoel je successor?)");
    const option = await capture(["signatories", "--jsn"]);
    expect(option.stderr).toContain("unknown option --jsn (did you mean --json?)");
    expect(option.stderr).toContain('Run "mra-circulair signatories --help" for usage.');
    const missing = await capture(["signatories", "--on"]);
    expect(missing.stderr).toContain("the option --on <date> needs a value");
    expect((await capture(["successor", "Weesp", "Diemen"])).stderr).toContain("too many arguments");
  });

  it("turns an unexpected exception into one line and exit 3; the stack only with MRA_CIRCULAIR_DEBUG=1", async () => {
    const crash = async (env: Record<string, string>) => {
      let stderr = "";
      const code = await run(["successor", "Weesp"], {
        stdout: () => {
          throw new Error("disk on fire\nsecond line");
        },
        stderr: (text) => {
          stderr += text;
        },
        isTTY: false,
        env,
      });
      return { code, stderr };
    };
    const quiet = await crash({});
    expect(quiet.code).toBe(3);
    expect(quiet.stderr).toBe(
      "error [E_INTERNAL]: unexpected internal error: disk on fire\nSet MRA_CIRCULAIR_DEBUG=1 to see the stack trace.\n",
    );
    const debug = await crash({ MRA_CIRCULAIR_DEBUG: "1" });
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/\n {4}at /);
  });

  it("turns a failure while validating into one line and exit 3", async () => {
    let stderr = "";
    const example = fileURLToPath(new URL("../../../examples/mra-example.dataset.json", import.meta.url));
    const code = await run(["validate", example], {
      stdout: () => {
        throw new TypeError("cannot print");
      },
      stderr: (text) => {
        stderr += text;
      },
      isTTY: false,
      env: { LANG: "nl_NL.UTF-8" },
    });
    expect(code).toBe(3);
    expect(stderr).toBe(
      "fout [E_INTERNAL]: onverwachte interne fout: cannot print\nZet MRA_CIRCULAIR_DEBUG=1 om de stack trace te zien.\n",
    );
  });

  it("colours only a terminal, and never when NO_COLOR is set", async () => {
    const output = async (isTTY: boolean, env: Record<string, string>) => {
      let stderr = "";
      const io = {
        stdout: () => {},
        stderr: (text: string) => {
          stderr += text;
        },
      };
      await run(["successor", "Atlantis"], { ...io, isTTY, env });
      return stderr;
    };
    expect(await output(true, {})).toContain("\u001b[");
    expect(await output(true, { NO_COLOR: "1" })).not.toContain("\u001b[");
    expect(await output(false, {})).not.toContain("\u001b[");
  });
});

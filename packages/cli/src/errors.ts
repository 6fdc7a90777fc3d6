import { type MessageArgs, type MessageKey, type Translate, translator } from "./messages/index.ts";

/** Exit codes: valid data, invalid data, unreadable input or bad usage, internal error. */
export const EXIT = { valid: 0, invalid: 1, usage: 2, internal: 3 } as const;

/** The stable codes of the errors the CLI reports; scripts may rely on them, so they are never translated. */
const ERROR_EXIT_CODES = {
  E_USAGE: EXIT.usage,
  E_READ: EXIT.usage,
  E_WRITE: EXIT.usage,
  E_FORMAT: EXIT.usage,
  E_ENTITY_REQUIRED: EXIT.usage,
  E_UNKNOWN_ENTITY: EXIT.usage,
  E_UNKNOWN_ORGANISATION: EXIT.usage,
  E_UNKNOWN_DECLARATION: EXIT.usage,
  E_UNKNOWN_CODELIST: EXIT.usage,
  E_INVALID_INPUT: EXIT.invalid,
  E_INTERNAL: EXIT.internal,
} as const;

/** A stable error code, such as E_READ. */
export type ErrorCode = keyof typeof ERROR_EXIT_CODES;

/** An expected failure: a stable code plus a catalogue message, rendered in the user's language when printed. */
export class CliError<K extends MessageKey = MessageKey> extends Error {
  readonly code: ErrorCode;
  readonly key: K;
  readonly args: MessageArgs<K>;

  constructor(code: ErrorCode, key: K, ...args: MessageArgs<K>) {
    super(`${code}: ${translator("en")(key, ...args)}`);
    this.name = "CliError";
    this.code = code;
    this.key = key;
    this.args = args;
  }

  /** The exit code this error ends the run with. */
  get exitCode(): number {
    return ERROR_EXIT_CODES[this.code];
  }

  /** The message in the language of `t`, without the code. */
  render(t: Translate): string {
    return t(this.key, ...this.args);
  }
}

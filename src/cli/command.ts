import type { ParseArgsOptionsConfig } from 'node:util'

export interface CliIo {
  readonly stdout: (text: string) => void
}

export interface ParsedCommandArgs {
  readonly positionals: readonly string[]
  readonly values: Readonly<Record<string, string | boolean | undefined>>
}

/** One subcommand: its usage line, its options, and what it does. */
export interface Command {
  readonly name: string
  /** `graph FILE [--json] [--stage STAGE] [--region REGION]` */
  readonly usage: string
  readonly summary: string
  readonly options: ParseArgsOptionsConfig
  run(args: ParsedCommandArgs, io: CliIo): void
}
